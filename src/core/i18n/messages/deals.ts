import type { MessageTable } from "../lang";

/**
 * Messages of the deals feature, in the three languages (same keys in each):
 * labels of stages, objections, strengths, moves and positions; the rules
 * behind each classification; pull-back steps; entry explanations; replies.
 * Written in our own words from docs/buying-process.md and docs/objections.md.
 */
export const deals = {
  en: {
    "deals.note.empty": "The note is empty or says nothing to classify.",
    "deals.stage.unknown": '"{value}" is not a buying stage; use one of {choices}.',
    "deals.objection.unknown": '"{value}" is not an objection kind; use one of {choices}.',
    "deals.strength.unknown": '"{value}" is not a strength; use one of {choices}.',

    "deals.stage.problem": "Problem",
    "deals.stage.pain": "Pain",
    "deals.stage.goal": "Goal",
    "deals.stage.requirements": "Requirements",
    "deals.stage.measures": "Measures",
    "deals.stage.solution": "Solution",
    "deals.stage.value": "Value",
    "deals.stage.risk": "Risk",
    "deals.stage.cost": "Cost",

    "deals.objection.strategy": "Strategy",
    "deals.objection.timing": "Timing",
    "deals.objection.team": "Team",
    "deals.objection.price": "Price",
    "deals.objection.authority": "Authority",
    "deals.objection.stall": "Stall",
    "deals.objection.none": "None",

    "deals.strength.revealProblems": "We can reveal hidden problems",
    "deals.strength.unexpectedSolution": "We have an unexpected solution",
    "deals.strength.referenceCases": "We have reference cases",
    "deals.strength.topAccess": "We reach top management",

    "deals.move.scare": "Scare",
    "deals.move.smash": "Smash",
    "deals.move.pull": "Pull",

    "deals.position.leading": "Leading",
    "deals.position.synchronised": "Synchronised",
    "deals.position.following": "Following",

    "deals.rule.stage.default":
      "Nothing in the note goes beyond noticing a problem, so it stays at the first stage.",
    "deals.rule.stage.noticed":
      "The customer has noticed a problem or an opportunity, with no cost felt yet.",
    "deals.rule.stage.noCostYet":
      "The note says the problem costs nothing yet: no losses, no complaints.",
    "deals.rule.stage.painLoss":
      "The problem now costs the customer: losses, penalties, waste or people leaving.",
    "deals.rule.stage.painComplaint":
      "The problem hurts: complaints, or a boss who is upset about it.",
    "deals.rule.stage.ownCostPain":
      "Price as pain: the customer's own costs are too high; no offer of ours is being negotiated.",
    "deals.rule.stage.goalFigure": "The customer names an outcome in figures they want to reach.",
    "deals.rule.stage.goalVision":
      "The customer describes a goal or a vision of where they want to be.",
    "deals.rule.stage.roughNeeds":
      "The customer lists rough wishes for a solution; nothing is fixed yet.",
    "deals.rule.stage.earlyQuote":
      "A quotation asked for early, without a formal evaluation, shows rough requirements.",
    "deals.rule.stage.criteriaSet": "Specifications or evaluation criteria have been fixed.",
    "deals.rule.stage.tenderDrafting": "The customer is still writing the tender or RFQ.",
    "deals.rule.stage.tenderArrived": "A tender or RFQ has gone out to vendors.",
    "deals.rule.stage.vendorsCompared":
      "Vendors' solutions are being compared: tests, demos, pilots or a shortlist.",
    "deals.rule.stage.valueWeighed": "Management is weighing return on investment or payback.",
    "deals.rule.stage.strategicFit": "Management is weighing how the offer fits their strategy.",
    "deals.rule.stage.riskFeared":
      "The customer fears the solution could fail or the change could go wrong.",
    "deals.rule.stage.priceNegotiated": "Our price or terms are under negotiation.",
    "deals.rule.stage.finalPrices":
      "Final prices are set against each other: last offers, best-and-final, price matching.",

    "deals.rule.objection.strategy":
      "The customer says their direction or priorities have changed.",
    "deals.rule.objection.policy": "A standing business policy for the year rules the offer out.",
    "deals.rule.objection.timing":
      "The customer says it is not the right moment and wants to wait.",
    "deals.rule.objection.reorg":
      "The customer has just reorganised and wants things to settle first.",
    "deals.rule.objection.budgetLater":
      "The budget comes later; waiting for it is a matter of timing.",
    "deals.rule.objection.outsideRule":
      "The customer is waiting for an outside rule or policy to settle.",
    "deals.rule.objection.team": "The customer lacks the people or resources to take this on.",
    "deals.rule.objection.price": "The customer finds the offer too expensive or a rival cheaper.",
    "deals.rule.objection.noBudget":
      "There is no budget for it (no change of direction given as the cause).",
    "deals.rule.objection.payback": "The offer misses the customer's payback or return threshold.",
    "deals.rule.objection.quota": "The customer's purchasing quota is used up.",
    "deals.rule.objection.authority":
      "Someone above the contact decides: a boss, the board or head office.",
    "deals.rule.objection.partners": "The decision is shared with partners or shareholders.",
    "deals.rule.objection.bossAway": "The person who signs is away and must be waited for.",
    "deals.rule.objection.stall": "The customer wants to think it over and gives no reason.",
    "deals.rule.objection.order": "The customer ordered or signed: there is no objection.",
    "deals.rule.objection.refusal": "A refusal with no reason given counts as no objection.",
    "deals.rule.objection.proof":
      "Asking for proof — a reference, a trial, a visit — is not an objection.",
    "deals.rule.objection.noObjection": "The note reports no reason not to sign.",
    "deals.rule.objection.decisive":
      "Of the reasons given, the note marks this one as the decisive one.",
    "deals.rule.objection.firstStated":
      "Several reasons and none marked decisive: the first one stated counts.",
    "deals.rule.objection.topicOnly":
      "No reason is stated outright; the note keeps coming back to this subject, so it is read as the reason.",

    "deals.step.deepenProblems":
      "Stay at the problem stage and work through the problem with the customer until it is fully mapped.",
    "deals.step.addHiddenProblems":
      "Bring up problems the customer has not seen and show why they matter more than the known ones.",
    "deals.step.sharpenProblems":
      "Break each problem into causes and effects, so the customer sees we understand it best.",
    "deals.step.traceProblemSource":
      "Find out who helped the customer see these problems; if a competitor did, expect their framing.",
    "deals.step.reframeProblem":
      "Use a reference case to show that the problem they feel is not the real one.",
    "deals.step.reorderPains":
      "Make a pain they underrate feel bigger, so it comes first and the goal changes with it.",
    "deals.step.resetGoal":
      "Propose a different or larger goal — the weaker option; use it only where we are clearly strong.",
    "deals.step.askBasisOfRequirement":
      "For each requirement, ask what it rests on and which goal it serves.",
    "deals.step.problemBehindMeasure":
      "Trace every specification and criterion back to the problem it is meant to solve.",
    "deals.step.askForResearch":
      "Before answering, ask to study their situation and to meet three or more key people.",
    "deals.step.askKeyQuestions":
      "Ask each key person which problem the project must solve, which goals it serves and what must go right.",
    "deals.step.spreadPain":
      "Make the leaders' problems and goals known to more people, so the current tender looks incomplete.",
    "deals.step.redefineCriteria":
      "Propose evaluation criteria that take in what our unexpected solution makes possible.",
    "deals.step.exposeGaps":
      "Show what is wrong or missing in the customer's current position, without pushing our product.",
    "deals.step.valueCaseToTop":
      "Take the case to top management in terms of value: how much further their goals could go.",
    "deals.step.riskCaseToTop": "Show top management the risks hidden in the current choice.",
    "deals.step.showRisks":
      "Lay out the risks that should make the customer slow down and re-check the solution.",
    "deals.step.redefineValue":
      "Redefine the value the customer gets, so price is weighed against more than it is now.",
    "deals.step.raiseRisk":
      "Raise the risks of deciding on price alone, so the customer does not rush to sign.",

    "deals.entry.leading":
      "You came in at the problem stage: the customer's view was formed with you. Keep them on course.",
    "deals.entry.synchronised":
      "You came in late but pulled the customer back behind that point: now move in step with them.",
    "deals.entry.following":
      "You came in after the customer had set off and they are still ahead: the rules were written without you. Pull them back rather than follow.",

    "deals.reply.strategy": "Link the offer to their new direction and find out who owns it now.",
    "deals.reply.timing":
      "Ask what will be different at that time, and what waiting costs them meanwhile.",
    "deals.reply.team":
      "Show how the offer takes work off their people; suggest a small, phased start.",
    "deals.reply.price":
      "Ask what figure would work for them, and talk about value before any discount.",
    "deals.reply.authority":
      "Ask whether the boss usually follows their advice, and what could make the boss say no.",
    "deals.reply.stall": "Ask which concern they are weighing, so it can be discussed now.",
    "deals.reply.none": "No objection voiced: ask for the next commitment.",
    // Faces: the CLI's column and "why", SALES.PULLBACK's strengths, the Deals view.
    "deals.header.stage": "Buying stage",
    "deals.header.objection": "Objection",
    "deals.why": '{rule} Evidence: "{evidence}"',
    "deals.strength.flags":
      "strengths as TRUE/FALSE takes four cells, one per strength in the order {choices}; got {count}.",
    "deals.view.intro":
      "For the row you select in a deal or visit log: where the customer stands, what holds them back, and how to win the deal back.",
    "deals.view.read": "Read selected row",
    "deals.view.reading": "Reading the workbook…",
    "deals.view.source": "{sheet}!{address} · {rows} rows",
    "deals.view.sourceTable": "{table} on {sheet}!{address} · {rows} rows",
    "deals.view.columns": "Columns of the log",
    "deals.view.noRegion": "Select a cell in your deal or visit log, then press Read selected row.",
    "deals.view.noNotes": "Pick the column that holds the notes.",
    "deals.view.notInRow":
      "The selection {address} is not in a data row of {sheet}!{range}. Select a cell below the headers and press Read selected row.",
    "deals.view.row": "Row {row}",
    "deals.view.rowOf": "Row {row} · {client}",
    "deals.view.emptyRow": "Row {row} has no notes to read.",
    "deals.view.stage": "Buying stage",
    "deals.view.stageStep": "Stage {n} of 9",
    "deals.view.objection": "Objection",
    "deals.view.evidence": "Evidence: “{evidence}”",
    "deals.view.pullback": "Pull-back advice",
    "deals.view.strengths": "What we can bring",
    "deals.view.pullTo": "Pull back to {stage}",
    "deals.view.stayAt": "Stay at {stage}",
    "deals.view.move": "Move: {move}",
    "deals.view.entry": "Entry check",
    "deals.view.enteredAt": "We came into this deal at stage",
    "deals.view.notSet": "— Not set —",
    "deals.view.entryHint":
      "The customer's stage when we first came in; remembered for this client.",
    "deals.view.reply": "Recommended reply",
    "deals.view.headersChanged":
      "The columns of {sheet}!{address} changed since they were read; check them below and press the button again.",
    "deals.view.addStage": "Add stage column",
    "deals.view.addObjection": "Add objection column",
    "deals.view.addHint":
      "Adds live SALES.BUYSTAGE or SALES.OBJECTION formulas in the next column beside the log, never over your data; run again to update the column.",
  },
  "zh-Hans": {
    "deals.note.empty": "记录为空,或没有可判断的内容。",
    "deals.stage.unknown": "“{value}”不是采购阶段;请使用以下之一:{choices}。",
    "deals.objection.unknown": "“{value}”不是异议类型;请使用以下之一:{choices}。",
    "deals.strength.unknown": "“{value}”不是可选的优势;请使用以下之一:{choices}。",

    "deals.stage.problem": "问题",
    "deals.stage.pain": "痛苦",
    "deals.stage.goal": "目标",
    "deals.stage.requirements": "要求",
    "deals.stage.measures": "措施",
    "deals.stage.solution": "方案",
    "deals.stage.value": "价值",
    "deals.stage.risk": "风险",
    "deals.stage.cost": "成本",

    "deals.objection.strategy": "战略",
    "deals.objection.timing": "时机",
    "deals.objection.team": "团队",
    "deals.objection.price": "价格",
    "deals.objection.authority": "决策权",
    "deals.objection.stall": "拖延",
    "deals.objection.none": "无异议",

    "deals.strength.revealProblems": "能揭示隐藏问题",
    "deals.strength.unexpectedSolution": "有出人意料的方案",
    "deals.strength.referenceCases": "有参照系",
    "deals.strength.topAccess": "能接触高层",

    "deals.move.scare": "吓",
    "deals.move.smash": "砸",
    "deals.move.pull": "拉",

    "deals.position.leading": "领先",
    "deals.position.synchronised": "同步",
    "deals.position.following": "跟随",

    "deals.rule.stage.default": "记录只显示客户注意到问题,没有更进一步,因此停在第一阶段。",
    "deals.rule.stage.noticed": "客户注意到一个问题或机会,还没有感到代价。",
    "deals.rule.stage.noCostYet": "记录说明问题暂时没有代价:没有损失,也没有抱怨。",
    "deals.rule.stage.painLoss": "问题已经让客户付出代价:损失、罚款、浪费或人员流失。",
    "deals.rule.stage.painComplaint": "问题已经让人难受:有投诉,或老板为此不满。",
    "deals.rule.stage.ownCostPain": "价格作为痛苦:是客户自己的成本太高,并非在谈我们的报价。",
    "deals.rule.stage.goalFigure": "客户用数字说出想要达到的结果。",
    "deals.rule.stage.goalVision": "客户描述了目标或愿景。",
    "deals.rule.stage.roughNeeds": "客户列出对方案的粗略要求,尚未确定。",
    "deals.rule.stage.earlyQuote": "早期索取报价、尚无正式评估,说明还在提要求阶段。",
    "deals.rule.stage.criteriaSet": "规格或评估标准已经确定。",
    "deals.rule.stage.tenderDrafting": "客户还在编写招标文件或询价文件。",
    "deals.rule.stage.tenderArrived": "招标文件或询价文件已经发给供应商。",
    "deals.rule.stage.vendorsCompared": "正在比较各家方案:测试、演示、试点或入围名单。",
    "deals.rule.stage.valueWeighed": "管理层在衡量投资回报或回本周期。",
    "deals.rule.stage.strategicFit": "管理层在衡量方案与公司战略是否契合。",
    "deals.rule.stage.riskFeared": "客户担心方案失败或变革出问题。",
    "deals.rule.stage.priceNegotiated": "正在谈我们的价格或条件。",
    "deals.rule.stage.finalPrices": "最终价格放在一起比:最后报价、最终出价、要求跟价。",

    "deals.rule.objection.strategy": "客户表示公司方向或重点已经改变。",
    "deals.rule.objection.policy": "公司今年的既定政策把这项采购排除在外。",
    "deals.rule.objection.timing": "客户认为现在时机不对,想再等等。",
    "deals.rule.objection.reorg": "客户刚做完组织调整,想等稳定下来。",
    "deals.rule.objection.budgetLater": "预算以后才到,等预算属于时机问题。",
    "deals.rule.objection.outsideRule": "客户在等外部规定或政策明确。",
    "deals.rule.objection.team": "客户缺少人手或资源来承接。",
    "deals.rule.objection.price": "客户觉得太贵,或对手更便宜。",
    "deals.rule.objection.noBudget": "没有这笔预算(并非因方向调整)。",
    "deals.rule.objection.payback": "方案达不到客户的回本或回报门槛。",
    "deals.rule.objection.quota": "客户的采购额度已经用完。",
    "deals.rule.objection.authority": "由联系人之上的人决定:老板、董事会或总部。",
    "deals.rule.objection.partners": "决定要与合伙人或股东共同作出。",
    "deals.rule.objection.bossAway": "签字的人不在,需要等他回来。",
    "deals.rule.objection.stall": "客户说要考虑,但没有给出理由。",
    "deals.rule.objection.order": "客户已经下单或签约,没有异议。",
    "deals.rule.objection.refusal": "没有理由的拒绝,按无异议处理。",
    "deals.rule.objection.proof": "要求证明(参考客户、试用、参观)不算异议。",
    "deals.rule.objection.noObjection": "记录中没有不签的理由。",
    "deals.rule.objection.decisive": "几条理由中,记录标明这一条是关键。",
    "deals.rule.objection.firstStated": "有几条理由且没有标明关键,取最先说出的一条。",
    "deals.rule.objection.topicOnly": "记录没有直接说出理由,但反复提到这一方面,因此按此理解。",

    "deals.step.deepenProblems": "留在问题阶段,和客户一起把问题梳理完整。",
    "deals.step.addHiddenProblems": "提出客户还没看到的问题,说明它们比已知的问题更要紧。",
    "deals.step.sharpenProblems": "把每个问题拆成原因和后果,让客户看到我们最懂这个问题。",
    "deals.step.traceProblemSource": "弄清是谁帮客户发现了这些问题;如果是对手,要预料到对手的框架。",
    "deals.step.reframeProblem": "用参照案例说明,客户感到的问题并不是真正的问题。",
    "deals.step.reorderPains": "放大客户低估的痛点,让它排到前面,目标也随之改变。",
    "deals.step.resetGoal": "提出不同或更高的目标——这是下策,只在我们明显占优时用。",
    "deals.step.askBasisOfRequirement": "逐条问清每项要求的依据,以及它服务于哪个目标。",
    "deals.step.problemBehindMeasure": "把每条规格和标准追溯到它要解决的问题。",
    "deals.step.askForResearch": "答复之前,先要求调研,并约见三位以上关键人物。",
    "deals.step.askKeyQuestions":
      "问每位关键人物:项目最要解决什么问题、要达到什么目标、关键要做到什么。",
    "deals.step.spreadPain": "让更多人了解领导的难题和目标,使现有标书显得不完整。",
    "deals.step.redefineCriteria": "提出新的评估标准,把我们意想不到的方案所能带来的纳入进去。",
    "deals.step.exposeGaps": "指出客户当前做法的错漏之处,而不是推销产品。",
    "deals.step.valueCaseToTop": "把项目带到高层面前,从价值谈起:他们的目标还能走多远。",
    "deals.step.riskCaseToTop": "让高层看到当前选择里隐藏的风险。",
    "deals.step.showRisks": "摆出应让客户放慢脚步、重新审视方案的风险。",
    "deals.step.redefineValue": "重新定义客户能得到的价值,让价格和更多东西一起衡量。",
    "deals.step.raiseRisk": "指出只看价格做决定的风险,让客户不急于签约。",

    "deals.entry.leading":
      "你在问题阶段就进入了:客户的看法是和你一起形成的。要做的是让客户不偏离方向。",
    "deals.entry.synchronised": "你进入得晚,但已把客户拉回到进入点之前:现在与客户同步前进。",
    "deals.entry.following":
      "你进入时客户已经出发,而且仍在前面:规则是在你之前定下的。应该把客户往回拉,而不是跟着走。",

    "deals.reply.strategy": "把方案和客户的新方向联系起来,并找到现在负责这个方向的人。",
    "deals.reply.timing": "问清到那时会有什么不同,以及等待期间会损失什么。",
    "deals.reply.team": "说明方案如何替他们分担工作;建议从小范围分阶段开始。",
    "deals.reply.price": "问客户多少合适,先谈价值,再谈折扣。",
    "deals.reply.authority": "问老板通常是否听他的建议,以及什么会让老板不同意。",
    "deals.reply.stall": "问客户在权衡哪一点顾虑,争取当场把它谈清。",
    "deals.reply.none": "客户没有异议:提出下一步的承诺请求。",
    "deals.header.stage": "采购阶段",
    "deals.header.objection": "异议",
    "deals.why": "{rule}依据:“{evidence}”",
    "deals.strength.flags":
      "用 TRUE/FALSE 表示优势时需要四个单元格,依次对应 {choices};实际为 {count} 个。",
    "deals.view.intro":
      "针对你在商机或拜访记录中选中的那一行:客户走到了哪一步、卡在哪里,以及如何把单子拉回来。",
    "deals.view.read": "读取选中行",
    "deals.view.reading": "正在读取工作簿…",
    "deals.view.source": "{sheet}!{address} · {rows} 行",
    "deals.view.sourceTable": "{sheet}!{address} 上的 {table} · {rows} 行",
    "deals.view.columns": "记录的列",
    "deals.view.noRegion": "请在商机或拜访记录中选中一个单元格,然后点击“读取选中行”。",
    "deals.view.noNotes": "请选择存放记录内容的列。",
    "deals.view.notInRow":
      "选中的 {address} 不在 {sheet}!{range} 的数据行中。请选中表头下方的单元格,再点击“读取选中行”。",
    "deals.view.row": "第 {row} 行",
    "deals.view.rowOf": "第 {row} 行 · {client}",
    "deals.view.emptyRow": "第 {row} 行没有可读取的记录。",
    "deals.view.stage": "采购阶段",
    "deals.view.stageStep": "第 {n} 阶段(共 9 个)",
    "deals.view.objection": "异议",
    "deals.view.evidence": "依据:“{evidence}”",
    "deals.view.pullback": "拉回建议",
    "deals.view.strengths": "我们的优势",
    "deals.view.pullTo": "拉回到{stage}阶段",
    "deals.view.stayAt": "停留在{stage}阶段",
    "deals.view.move": "手法:{move}",
    "deals.view.entry": "进入时机",
    "deals.view.enteredAt": "我们进入这个商机时客户所处的阶段",
    "deals.view.notSet": "— 未设置 —",
    "deals.view.entryHint": "我们刚进入时客户所处的阶段;按客户记住。",
    "deals.view.reply": "建议回应",
    "deals.view.headersChanged":
      "{sheet}!{address} 的列在读取后有变动;请在下方核对后再点一次按钮。",
    "deals.view.addStage": "添加阶段列",
    "deals.view.addObjection": "添加异议列",
    "deals.view.addHint":
      "在记录旁的下一列写入实时的 SALES.BUYSTAGE 或 SALES.OBJECTION 公式,绝不覆盖你的数据;再次运行即更新该列。",
  },
  "zh-Hant": {
    "deals.note.empty": "紀錄為空,或沒有可判斷的內容。",
    "deals.stage.unknown": "「{value}」不是採購階段;請使用以下之一:{choices}。",
    "deals.objection.unknown": "「{value}」不是異議類型;請使用以下之一:{choices}。",
    "deals.strength.unknown": "「{value}」不是可選的優勢;請使用以下之一:{choices}。",

    "deals.stage.problem": "問題",
    "deals.stage.pain": "痛苦",
    "deals.stage.goal": "目標",
    "deals.stage.requirements": "要求",
    "deals.stage.measures": "措施",
    "deals.stage.solution": "方案",
    "deals.stage.value": "價值",
    "deals.stage.risk": "風險",
    "deals.stage.cost": "成本",

    "deals.objection.strategy": "戰略",
    "deals.objection.timing": "時機",
    "deals.objection.team": "團隊",
    "deals.objection.price": "價格",
    "deals.objection.authority": "決策權",
    "deals.objection.stall": "拖延",
    "deals.objection.none": "無異議",

    "deals.strength.revealProblems": "能揭示隱藏問題",
    "deals.strength.unexpectedSolution": "有出人意料的方案",
    "deals.strength.referenceCases": "有參照系",
    "deals.strength.topAccess": "能接觸高層",

    "deals.move.scare": "嚇",
    "deals.move.smash": "砸",
    "deals.move.pull": "拉",

    "deals.position.leading": "領先",
    "deals.position.synchronised": "同步",
    "deals.position.following": "跟隨",

    "deals.rule.stage.default": "紀錄只顯示客戶注意到問題,沒有更進一步,因此停在第一階段。",
    "deals.rule.stage.noticed": "客戶注意到一個問題或機會,還沒有感到代價。",
    "deals.rule.stage.noCostYet": "紀錄說明問題暫時沒有代價:沒有損失,也沒有抱怨。",
    "deals.rule.stage.painLoss": "問題已經讓客戶付出代價:損失、罰款、浪費或人員流失。",
    "deals.rule.stage.painComplaint": "問題已經讓人難受:有客訴,或老闆為此不滿。",
    "deals.rule.stage.ownCostPain": "價格作為痛苦:是客戶自己的成本太高,並非在談我們的報價。",
    "deals.rule.stage.goalFigure": "客戶用數字說出想要達到的結果。",
    "deals.rule.stage.goalVision": "客戶描述了目標或願景。",
    "deals.rule.stage.roughNeeds": "客戶列出對方案的粗略要求,尚未確定。",
    "deals.rule.stage.earlyQuote": "早期索取報價、尚無正式評估,表示還在提要求階段。",
    "deals.rule.stage.criteriaSet": "規格或評估標準已經確定。",
    "deals.rule.stage.tenderDrafting": "客戶還在撰寫招標文件或詢價文件。",
    "deals.rule.stage.tenderArrived": "招標文件或詢價文件已經發給廠商。",
    "deals.rule.stage.vendorsCompared": "正在比較各家方案:測試、展示、試點或入圍名單。",
    "deals.rule.stage.valueWeighed": "管理層在衡量投資報酬或回本期。",
    "deals.rule.stage.strategicFit": "管理層在衡量方案與公司策略是否契合。",
    "deals.rule.stage.riskFeared": "客戶擔心方案失敗或變革出問題。",
    "deals.rule.stage.priceNegotiated": "正在談我們的價格或條件。",
    "deals.rule.stage.finalPrices": "最終價格放在一起比:最後報價、最終出價、要求比照價格。",

    "deals.rule.objection.strategy": "客戶表示公司方向或重點已經改變。",
    "deals.rule.objection.policy": "公司今年的既定政策把這項採購排除在外。",
    "deals.rule.objection.timing": "客戶認為現在時機不對,想再等等。",
    "deals.rule.objection.reorg": "客戶剛完成組織調整,想等穩定下來。",
    "deals.rule.objection.budgetLater": "預算之後才到,等預算屬於時機問題。",
    "deals.rule.objection.outsideRule": "客戶在等外部規定或政策明朗。",
    "deals.rule.objection.team": "客戶缺少人手或資源來承接。",
    "deals.rule.objection.price": "客戶覺得太貴,或對手更便宜。",
    "deals.rule.objection.noBudget": "沒有這筆預算(並非因方向調整)。",
    "deals.rule.objection.payback": "方案達不到客戶的回本或報酬門檻。",
    "deals.rule.objection.quota": "客戶的採購額度已經用完。",
    "deals.rule.objection.authority": "由聯絡人之上的人決定:老闆、董事會或總部。",
    "deals.rule.objection.partners": "決定要與合夥人或股東共同作出。",
    "deals.rule.objection.bossAway": "簽字的人不在,需要等他回來。",
    "deals.rule.objection.stall": "客戶說要考慮,但沒有給出理由。",
    "deals.rule.objection.order": "客戶已經下單或簽約,沒有異議。",
    "deals.rule.objection.refusal": "沒有理由的拒絕,視為無異議。",
    "deals.rule.objection.proof": "要求證明(參考客戶、試用、參觀)不算異議。",
    "deals.rule.objection.noObjection": "紀錄中沒有不簽的理由。",
    "deals.rule.objection.decisive": "幾個理由中,紀錄標明這一個是關鍵。",
    "deals.rule.objection.firstStated": "有幾個理由且沒有標明關鍵,取最先說出的一個。",
    "deals.rule.objection.topicOnly": "紀錄沒有直接說出理由,但反覆提到這一方面,因此依此理解。",

    "deals.step.deepenProblems": "留在問題階段,和客戶一起把問題梳理完整。",
    "deals.step.addHiddenProblems": "提出客戶還沒看到的問題,說明它們比已知的問題更要緊。",
    "deals.step.sharpenProblems": "把每個問題拆成原因和後果,讓客戶看到我們最懂這個問題。",
    "deals.step.traceProblemSource": "弄清是誰幫客戶發現了這些問題;如果是對手,要預料到對手的框架。",
    "deals.step.reframeProblem": "用參照案例說明,客戶感到的問題並不是真正的問題。",
    "deals.step.reorderPains": "放大客戶低估的痛點,讓它排到前面,目標也隨之改變。",
    "deals.step.resetGoal": "提出不同或更高的目標——這是下策,只在我們明顯占優時用。",
    "deals.step.askBasisOfRequirement": "逐條問清每項要求的依據,以及它服務於哪個目標。",
    "deals.step.problemBehindMeasure": "把每條規格和標準追溯到它要解決的問題。",
    "deals.step.askForResearch": "答覆之前,先要求調研,並約見三位以上關鍵人物。",
    "deals.step.askKeyQuestions":
      "問每位關鍵人物:專案最要解決什麼問題、要達到什麼目標、關鍵要做到什麼。",
    "deals.step.spreadPain": "讓更多人了解主管的難題和目標,使現有標案顯得不完整。",
    "deals.step.redefineCriteria": "提出新的評估標準,把我們意想不到的方案所能帶來的納入進去。",
    "deals.step.exposeGaps": "指出客戶目前做法的錯漏之處,而不是推銷產品。",
    "deals.step.valueCaseToTop": "把專案帶到高層面前,從價值談起:他們的目標還能走多遠。",
    "deals.step.riskCaseToTop": "讓高層看到目前選擇裡隱藏的風險。",
    "deals.step.showRisks": "擺出應讓客戶放慢腳步、重新審視方案的風險。",
    "deals.step.redefineValue": "重新定義客戶能得到的價值,讓價格和更多東西一起衡量。",
    "deals.step.raiseRisk": "指出只看價格做決定的風險,讓客戶不急著簽約。",

    "deals.entry.leading":
      "你在問題階段就進入了:客戶的看法是和你一起形成的。要做的是讓客戶不偏離方向。",
    "deals.entry.synchronised": "你進入得晚,但已把客戶拉回到進入點之前:現在與客戶同步前進。",
    "deals.entry.following":
      "你進入時客戶已經出發,而且仍在前面:規則是在你之前定下的。應該把客戶往回拉,而不是跟著走。",

    "deals.reply.strategy": "把方案和客戶的新方向連結起來,並找到現在負責這個方向的人。",
    "deals.reply.timing": "問清到那時會有什麼不同,以及等待期間會損失什麼。",
    "deals.reply.team": "說明方案如何替他們分擔工作;建議從小範圍分階段開始。",
    "deals.reply.price": "問客戶多少合適,先談價值,再談折扣。",
    "deals.reply.authority": "問老闆通常是否聽他的建議,以及什麼會讓老闆不同意。",
    "deals.reply.stall": "問客戶在權衡哪一點顧慮,爭取當場把它談清。",
    "deals.reply.none": "客戶沒有異議:提出下一步的承諾請求。",
    "deals.header.stage": "採購階段",
    "deals.header.objection": "異議",
    "deals.why": "{rule}依據:「{evidence}」",
    "deals.strength.flags":
      "以 TRUE/FALSE 表示優勢時需要四個儲存格,依序對應 {choices};實際為 {count} 個。",
    "deals.view.intro":
      "針對你在商機或拜訪紀錄中選取的那一列:客戶走到了哪一步、卡在哪裡,以及如何把案子拉回來。",
    "deals.view.read": "讀取選取列",
    "deals.view.reading": "正在讀取活頁簿…",
    "deals.view.source": "{sheet}!{address} · {rows} 列",
    "deals.view.sourceTable": "{sheet}!{address} 上的 {table} · {rows} 列",
    "deals.view.columns": "紀錄的欄",
    "deals.view.noRegion": "請在商機或拜訪紀錄中選取一個儲存格,然後按「讀取選取列」。",
    "deals.view.noNotes": "請選擇存放紀錄內容的欄。",
    "deals.view.notInRow":
      "選取的 {address} 不在 {sheet}!{range} 的資料列中。請選取標題下方的儲存格,再按「讀取選取列」。",
    "deals.view.row": "第 {row} 列",
    "deals.view.rowOf": "第 {row} 列 · {client}",
    "deals.view.emptyRow": "第 {row} 列沒有可讀取的紀錄。",
    "deals.view.stage": "採購階段",
    "deals.view.stageStep": "第 {n} 階段(共 9 個)",
    "deals.view.objection": "異議",
    "deals.view.evidence": "依據:「{evidence}」",
    "deals.view.pullback": "拉回建議",
    "deals.view.strengths": "我們的優勢",
    "deals.view.pullTo": "拉回到{stage}階段",
    "deals.view.stayAt": "停留在{stage}階段",
    "deals.view.move": "手法:{move}",
    "deals.view.entry": "進入時機",
    "deals.view.enteredAt": "我們進入這個商機時客戶所處的階段",
    "deals.view.notSet": "— 未設定 —",
    "deals.view.entryHint": "我們剛進入時客戶所處的階段;依客戶記住。",
    "deals.view.reply": "建議回應",
    "deals.view.headersChanged":
      "{sheet}!{address} 的欄在讀取後有變動;請在下方核對後再按一次按鈕。",
    "deals.view.addStage": "新增階段欄",
    "deals.view.addObjection": "新增異議欄",
    "deals.view.addHint":
      "在紀錄旁的下一欄寫入即時的 SALES.BUYSTAGE 或 SALES.OBJECTION 公式,絕不覆寫你的資料;再次執行即更新該欄。",
  },
} satisfies MessageTable<string>;
