import type { MessageTable } from "../lang";

/** Messages of the clients feature, in the three languages (same keys in each). */
export const clients = {
  en: {
    // Labels
    "clients.tier.new": "New",
    "clients.role.receptive": "Receptive",
    "clients.role.dissatisfied": "Dissatisfied",
    "clients.role.power": "Power",
    "clients.level.acquaintance": "Acquaintance",
    "clients.level.dating": "Dating",
    "clients.level.partner": "Partner",
    "clients.level.ally": "Ally",
    "clients.depth.deep": "Deep",
    "clients.depth.frequent": "Frequent",
    "clients.depth.light": "Light",
    "clients.depth.none": "None",
    "clients.scope.individual": "Individual",
    "clients.scope.department": "Department",
    "clients.scope.company": "Company",
    "clients.stage.new-toy": "New toy",
    "clients.stage.learning": "Learning",
    "clients.stage.effectiveness": "Effectiveness",
    "clients.outcome.order": "Order",
    "clients.outcome.advance": "Advance",
    "clients.outcome.continuation": "Continuation",
    "clients.outcome.no-sale": "No-sale",
    "clients.flag.never-visited": "Never visited",
    "clients.flag.overdue": "Overdue",
    "clients.flag.third-visit": "3+ visits, no order",
    "clients.flag.stalled": "Continuations in a row",
    "clients.flag.learning-stage": "Learning stage: stay close",
    "clients.flag.power-not-reached": "Power not reached",
    "clients.flag.single-contact": "Single contact",
    "clients.allCovered": "All roles covered",
    // Clients table
    "clients.col.client": "Client",
    "clients.col.tier": "Tier",
    "clients.col.value": "Value",
    "clients.col.visits": "Visits this year",
    "clients.col.lastVisit": "Last visit",
    "clients.col.nextVisit": "Next visit",
    "clients.col.overdueDays": "Days overdue",
    "clients.col.lastOutcome": "Last outcome",
    "clients.col.streak": "Continuations in a row",
    "clients.col.flags": "Flags",
    "clients.madeBy":
      "Written by Advance (Clients). Run it again to refresh; your own columns are kept.",
    "clients.matchRule":
      "Client names match when they agree after ignoring full-/half-width forms, spaces, punctuation, letter case and these endings: {suffixes}.",
    // Input problems
    "clients.sharesOrder":
      "b_share ({b}) must be at least a_share ({a}): tier B starts where tier A ends.",
    "clients.badValue":
      '"{value}" is not an amount; write a number such as 1280000, 1,280,000 or 128万.',
    "clients.badDate": '"{value}" is not a date; use a date cell or YYYY-MM-DD.',
    "clients.valuesCell":
      'values: cell {index} holds "{value}", which is not a number; clear it or enter the amount.',
    "clients.unknownTier": 'tier must be A, B, C or new (新客户); got "{value}".',
    "clients.cadenceShape":
      "cadence must be one number of days, or 3 cells with the days for A, B and C (a 4th for new clients); got {count} cells.",
    "clients.noLastVisit":
      "last_visit is blank: the client has not been visited yet, so a visit is due now.",
    "clients.unknownRole":
      '"{value}" is not a buyer role; use receptive (接纳者), dissatisfied (不满者) or power (权力者), in any of the three languages.',
    "clients.noClientColumn":
      "no client-name column found (客户名称 / 客戶名稱 / Client / Customer); the headers are: {headers}.",
    "clients.visitColumnsMissing":
      "the visit log needs a date column (日期 / 拜访日期 / Date) and a client column (客户名称 / Client); the headers are: {headers}.",
    "clients.blankClient": "row {row}: no client name; the row is skipped.",
    "clients.badValueAt":
      'row {row}, {column}: "{value}" is not an amount; the client is ranked as having no value.',
    "clients.badDateAt": 'row {row}, {column}: "{value}" is not a date; it is ignored.',
    "clients.unknownTierAt":
      'row {row}, {column}: "{value}" is not a tier (A, B, C or new); the tier is computed from the value.',
    "clients.unknownRoleAt":
      'row {row}, {column}: "{value}" is not a buyer role (receptive, dissatisfied, power); it is ignored.',
    "clients.unknownLevelAt":
      'row {row}, {column}: "{value}" is not a relationship level (acquaintance, dating, partner, ally); it is ignored.',
    "clients.unknownDepthAt":
      'row {row}, {column}: "{value}" is not a contact depth (deep, frequent, light, none); it is ignored.',
    "clients.unknownStageAt":
      'row {row}, {column}: "{value}" is not an implementation stage (new toy, learning, effectiveness); it is ignored.',
    "clients.unknownOutcomeAt":
      'row {row}, {column}: "{value}" is not a visit outcome (order, advance, continuation, no-sale); the notes are read instead.',
    // Command line
    "clients.cli.needFile":
      "clients needs one CLIENTS_FILE (.csv or .xlsx); see `advance clients --help`.",
    "clients.cli.jsonOrOut": "use --json or --out, not both.",
    "clients.cli.badAsOf": '--as-of "{value}" is not a date; write YYYY-MM-DD.',
    "clients.cli.warning": "warning: {text}",
    "clients.cli.moreWarnings": "{count} more warnings like these were not shown.",
    "clients.cli.unmatched":
      "{count} client name(s) in {file} match no client in the list: {names}. {rule}",
    "clients.cli.blankName": "(blank)",
    "clients.cli.visitCount": "{name} ({count} visit(s))",
    "clients.cli.merged": "these names are read as one client: {names}.",
    "clients.cli.undated": "{count} visit(s) without a readable date were not counted.",
    "clients.cli.future": "{count} visit(s) dated after {date} were not counted.",
    "clients.cli.noValueColumn":
      "no value column found (销售额 / Revenue / 潜力 / Potential); clients without a tier of their own are C. Name the column with --value-column.",
    "clients.cli.dueTitle": "Due by {date}: {due} of {total} clients, by tier, most overdue first",
    "clients.cli.nothingDue": "No client is due by {date} ({total} clients).",
    "clients.cli.wrote": "Wrote {count} clients to {file}.",
  },
  "zh-Hans": {
    "clients.tier.new": "新客户",
    "clients.role.receptive": "接纳者",
    "clients.role.dissatisfied": "不满者",
    "clients.role.power": "权力者",
    "clients.level.acquaintance": "认识",
    "clients.level.dating": "约会",
    "clients.level.partner": "伙伴",
    "clients.level.ally": "同盟",
    "clients.depth.deep": "深接触",
    "clients.depth.frequent": "多接触",
    "clients.depth.light": "浅接触",
    "clients.depth.none": "不接触",
    "clients.scope.individual": "个人级",
    "clients.scope.department": "部门级",
    "clients.scope.company": "公司级",
    "clients.stage.new-toy": "新玩具期",
    "clients.stage.learning": "学习期",
    "clients.stage.effectiveness": "收效期",
    "clients.outcome.order": "成交",
    "clients.outcome.advance": "晋级",
    "clients.outcome.continuation": "暂时中断",
    "clients.outcome.no-sale": "没有成交",
    "clients.flag.never-visited": "从未拜访",
    "clients.flag.overdue": "逾期未访",
    "clients.flag.third-visit": "拜访三次未成交",
    "clients.flag.stalled": "连续暂时中断",
    "clients.flag.learning-stage": "学习期:需紧密跟进",
    "clients.flag.power-not-reached": "未接触权力者",
    "clients.flag.single-contact": "单线联系",
    "clients.allCovered": "角色已全部覆盖",
    "clients.col.client": "客户",
    "clients.col.tier": "等级",
    "clients.col.value": "金额",
    "clients.col.visits": "本年拜访次数",
    "clients.col.lastVisit": "最后拜访",
    "clients.col.nextVisit": "下次拜访",
    "clients.col.overdueDays": "逾期天数",
    "clients.col.lastOutcome": "最近结果",
    "clients.col.streak": "连续暂时中断",
    "clients.col.flags": "提示",
    "clients.madeBy": "由 Advance(客户)生成。再次运行即可刷新;您自己添加的列会保留。",
    "clients.matchRule":
      "客户名称在忽略全角/半角、空格、标点、大小写以及以下后缀后相同即视为同一客户:{suffixes}。",
    "clients.sharesOrder": "b_share({b})不能小于 a_share({a}):B 类从 A 类结束处开始。",
    "clients.badValue": "“{value}”不是金额;请填写数字,如 1280000、1,280,000 或 128万。",
    "clients.badDate": "“{value}”不是日期;请使用日期单元格或 YYYY-MM-DD 格式。",
    "clients.valuesCell": "values:第 {index} 个单元格为“{value}”,不是数字;请清空或填写金额。",
    "clients.unknownTier": "tier 必须是 A、B、C 或 new(新客户),当前为“{value}”。",
    "clients.cadenceShape":
      "cadence 必须是一个天数,或 3 个单元格依次填写 A、B、C 类的天数(第 4 个为新客户);当前为 {count} 个单元格。",
    "clients.noLastVisit": "last_visit 为空:该客户尚未拜访过,应立即拜访。",
    "clients.unknownRole":
      "“{value}”不是买方角色;请使用接纳者、不满者或权力者(简体、繁体或英文均可)。",
    "clients.noClientColumn":
      "找不到客户名称列(客户名称 / 客戶名稱 / Client / Customer);现有表头:{headers}。",
    "clients.visitColumnsMissing":
      "拜访记录需要日期列(日期 / 拜访日期 / Date)和客户列(客户名称 / Client);现有表头:{headers}。",
    "clients.blankClient": "第 {row} 行:没有客户名称,已跳过。",
    "clients.badValueAt": "第 {row} 行“{column}”:“{value}”不是金额;该客户按无金额排名。",
    "clients.badDateAt": "第 {row} 行“{column}”:“{value}”不是日期,已忽略。",
    "clients.unknownTierAt":
      "第 {row} 行“{column}”:“{value}”不是等级(A、B、C 或新客户);按金额计算等级。",
    "clients.unknownRoleAt":
      "第 {row} 行“{column}”:“{value}”不是买方角色(接纳者、不满者、权力者),已忽略。",
    "clients.unknownLevelAt":
      "第 {row} 行“{column}”:“{value}”不是关系级别(认识、约会、伙伴、同盟),已忽略。",
    "clients.unknownDepthAt":
      "第 {row} 行“{column}”:“{value}”不是接触深度(深接触、多接触、浅接触、不接触),已忽略。",
    "clients.unknownStageAt":
      "第 {row} 行“{column}”:“{value}”不是实施阶段(新玩具期、学习期、收效期),已忽略。",
    "clients.unknownOutcomeAt":
      "第 {row} 行“{column}”:“{value}”不是拜访结果(成交、晋级、暂时中断、没有成交);改为根据拜访内容判断。",
    "clients.cli.needFile":
      "clients 需要一个 CLIENTS_FILE(.csv 或 .xlsx);请查看 `advance clients --help`。",
    "clients.cli.jsonOrOut": "--json 和 --out 只能选其一。",
    "clients.cli.badAsOf": "--as-of“{value}”不是日期;请写成 YYYY-MM-DD。",
    "clients.cli.warning": "警告:{text}",
    "clients.cli.moreWarnings": "另有 {count} 条类似警告未显示。",
    "clients.cli.unmatched": "{file} 中有 {count} 个客户名称在客户列表中找不到:{names}。{rule}",
    "clients.cli.blankName": "(空白)",
    "clients.cli.visitCount": "{name}({count} 次拜访)",
    "clients.cli.merged": "以下名称被视为同一客户:{names}。",
    "clients.cli.undated": "{count} 条拜访记录没有可识别的日期,未计入。",
    "clients.cli.future": "{count} 条拜访记录的日期晚于 {date},未计入。",
    "clients.cli.noValueColumn":
      "找不到金额列(销售额 / Revenue / 潜力 / Potential);未自行标注等级的客户均为 C 类。请用 --value-column 指定列名。",
    "clients.cli.dueTitle": "截至 {date} 应拜访:{due} / {total} 个客户,按等级、逾期天数排序",
    "clients.cli.nothingDue": "截至 {date} 没有需要拜访的客户(共 {total} 个客户)。",
    "clients.cli.wrote": "已将 {count} 个客户写入 {file}。",
  },
  "zh-Hant": {
    "clients.tier.new": "新客戶",
    "clients.role.receptive": "接納者",
    "clients.role.dissatisfied": "不滿者",
    "clients.role.power": "權力者",
    "clients.level.acquaintance": "認識",
    "clients.level.dating": "約會",
    "clients.level.partner": "夥伴",
    "clients.level.ally": "同盟",
    "clients.depth.deep": "深接觸",
    "clients.depth.frequent": "多接觸",
    "clients.depth.light": "淺接觸",
    "clients.depth.none": "不接觸",
    "clients.scope.individual": "個人級",
    "clients.scope.department": "部門級",
    "clients.scope.company": "公司級",
    "clients.stage.new-toy": "新玩具期",
    "clients.stage.learning": "學習期",
    "clients.stage.effectiveness": "收效期",
    "clients.outcome.order": "成交",
    "clients.outcome.advance": "晉級",
    "clients.outcome.continuation": "暫時中斷",
    "clients.outcome.no-sale": "沒有成交",
    "clients.flag.never-visited": "從未拜訪",
    "clients.flag.overdue": "逾期未訪",
    "clients.flag.third-visit": "拜訪三次未成交",
    "clients.flag.stalled": "連續暫時中斷",
    "clients.flag.learning-stage": "學習期:需緊密跟進",
    "clients.flag.power-not-reached": "未接觸權力者",
    "clients.flag.single-contact": "單線聯繫",
    "clients.allCovered": "角色已全部覆蓋",
    "clients.col.client": "客戶",
    "clients.col.tier": "等級",
    "clients.col.value": "金額",
    "clients.col.visits": "本年拜訪次數",
    "clients.col.lastVisit": "最後拜訪",
    "clients.col.nextVisit": "下次拜訪",
    "clients.col.overdueDays": "逾期天數",
    "clients.col.lastOutcome": "最近結果",
    "clients.col.streak": "連續暫時中斷",
    "clients.col.flags": "提示",
    "clients.madeBy": "由 Advance(客戶)產生。再次執行即可重新整理;您自行新增的欄會保留。",
    "clients.matchRule":
      "客戶名稱在忽略全形/半形、空格、標點、大小寫以及以下後綴後相同即視為同一客戶:{suffixes}。",
    "clients.sharesOrder": "b_share({b})不能小於 a_share({a}):B 類從 A 類結束處開始。",
    "clients.badValue": "「{value}」不是金額;請填寫數字,如 1280000、1,280,000 或 128萬。",
    "clients.badDate": "「{value}」不是日期;請使用日期儲存格或 YYYY-MM-DD 格式。",
    "clients.valuesCell": "values:第 {index} 個儲存格為「{value}」,不是數字;請清空或填寫金額。",
    "clients.unknownTier": "tier 必須是 A、B、C 或 new(新客戶),目前為「{value}」。",
    "clients.cadenceShape":
      "cadence 必須是一個天數,或 3 個儲存格依序填寫 A、B、C 類的天數(第 4 個為新客戶);目前為 {count} 個儲存格。",
    "clients.noLastVisit": "last_visit 為空:該客戶尚未拜訪過,應立即拜訪。",
    "clients.unknownRole":
      "「{value}」不是買方角色;請使用接納者、不滿者或權力者(簡體、繁體或英文皆可)。",
    "clients.noClientColumn":
      "找不到客戶名稱欄(客户名称 / 客戶名稱 / Client / Customer);現有標題:{headers}。",
    "clients.visitColumnsMissing":
      "拜訪記錄需要日期欄(日期 / 拜訪日期 / Date)與客戶欄(客戶名稱 / Client);現有標題:{headers}。",
    "clients.blankClient": "第 {row} 列:沒有客戶名稱,已略過。",
    "clients.badValueAt": "第 {row} 列「{column}」:「{value}」不是金額;該客戶以無金額排名。",
    "clients.badDateAt": "第 {row} 列「{column}」:「{value}」不是日期,已忽略。",
    "clients.unknownTierAt":
      "第 {row} 列「{column}」:「{value}」不是等級(A、B、C 或新客戶);依金額計算等級。",
    "clients.unknownRoleAt":
      "第 {row} 列「{column}」:「{value}」不是買方角色(接納者、不滿者、權力者),已忽略。",
    "clients.unknownLevelAt":
      "第 {row} 列「{column}」:「{value}」不是關係級別(認識、約會、夥伴、同盟),已忽略。",
    "clients.unknownDepthAt":
      "第 {row} 列「{column}」:「{value}」不是接觸深度(深接觸、多接觸、淺接觸、不接觸),已忽略。",
    "clients.unknownStageAt":
      "第 {row} 列「{column}」:「{value}」不是實施階段(新玩具期、學習期、收效期),已忽略。",
    "clients.unknownOutcomeAt":
      "第 {row} 列「{column}」:「{value}」不是拜訪結果(成交、晉級、暫時中斷、沒有成交);改依拜訪內容判斷。",
    "clients.cli.needFile":
      "clients 需要一個 CLIENTS_FILE(.csv 或 .xlsx);請參閱 `advance clients --help`。",
    "clients.cli.jsonOrOut": "--json 與 --out 只能擇一。",
    "clients.cli.badAsOf": "--as-of「{value}」不是日期;請寫成 YYYY-MM-DD。",
    "clients.cli.warning": "警告:{text}",
    "clients.cli.moreWarnings": "另有 {count} 則類似警告未顯示。",
    "clients.cli.unmatched": "{file} 中有 {count} 個客戶名稱在客戶清單中找不到:{names}。{rule}",
    "clients.cli.blankName": "(空白)",
    "clients.cli.visitCount": "{name}({count} 次拜訪)",
    "clients.cli.merged": "以下名稱被視為同一客戶:{names}。",
    "clients.cli.undated": "{count} 筆拜訪記錄沒有可辨識的日期,未計入。",
    "clients.cli.future": "{count} 筆拜訪記錄的日期晚於 {date},未計入。",
    "clients.cli.noValueColumn":
      "找不到金額欄(銷售額 / Revenue / 潛力 / Potential);未自行標註等級的客戶皆為 C 類。請用 --value-column 指定欄名。",
    "clients.cli.dueTitle": "截至 {date} 應拜訪:{due} / {total} 個客戶,依等級、逾期天數排序",
    "clients.cli.nothingDue": "截至 {date} 沒有需要拜訪的客戶(共 {total} 個客戶)。",
    "clients.cli.wrote": "已將 {count} 個客戶寫入 {file}。",
  },
} satisfies MessageTable<string>;
