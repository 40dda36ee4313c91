import type { StageKey } from "../types";
import type { Lexicon } from "./types";

/**
 * Simplified Chinese cues for the buying stage (docs/buying-process.md).
 * The Traditional lexicon is generated from this file (scripts/gen-deals-hant.ts)
 * plus the Traditional-only words in `stage.zh-Hant.extra.ts`.
 * Later-stage patterns are narrow on purpose: the classifier keeps the latest
 * stage shown, so a loose late pattern would swallow earlier notes.
 */
export const STAGE_ZH_HANS: Lexicon<StageKey> = {
  macros: {
    // Documents that carry a tender or a request for quotation.
    DOC: [
      "招标(文件|书)?|标书|投标文件|询价(文件|单|函)|比稿(文件|要求|简报|brief)|比稿|采购需求书?",
      "需求(说明书?|规格书|书)|征选(条件|办法|文件)|邀标(书|文件)?|技术规格书|公告|简报|RFP|RFQ|RFI",
      "brief",
    ],
    N: "[\\d一二两三四五六七八九十百千万半几]",
    // Wanting words that make a figure an outcome the customer is after.
    WANT: "希望|要|想|目标|计划|争取|打算|承诺|愿景|定了|方向|力争|期望|vision|target|goal|明年|未来|年内|年底前",
    RIVALS: [
      "[\\d一二两三四五六七八九十几]+家|另(一|外)?.{0,3}家|对手|竞品|竞争对手|同时在测|并排|对比|比较",
      "比选|入围|候选|复选|短名单|shortlist|各自|分别|逐一|轮流|剩我们",
    ],
    // Words of fear and worry (risk stage, when tied to the change — see CHANGE).
    FEAR: "担心|担忧|(^|[^恐哪])怕|万一|风险|不稳妥|不放心|没底|出岔子|顾虑|靠不靠谱|稳不稳",
    // Words that tie a worry to the solution or the change it brings, not to today's losses.
    CHANGE:
      "万一|换|新|上线|切换|导入|我们|方案|系统|供应商|改用|改由|迁移|转|搬|交给|第一次|首次|合作|项目|推下去|实施|安装|用不惯|改成",
    PRICE: "单价|总价|价格|房价|人天(费用)?|服务费|费率|许可证?|授权费|年费|报价|费用|价",
  },
  cues: [
    // 1 问题 — noticed, no cost felt yet (hints only: problem is also the default).
    {
      kind: "problem",
      rule: "stage.noticed",
      strength: 1,
      re: [
        "注意到|发现|看到|提了一句|随口(说|提)|闲聊|私下聊|觉得.{0,8}(有意思|可能|也许|以后|可以|有点)",
        "(也许|可能|或许)(是个|是条|是一个)?(方向|趋势|机会|新渠道|需求|用得上)|趋势",
        "值得(留意|关注|观察|看看)|留意|观察看看|以后可以考虑|用得上|有点(旧|乱|绕|麻烦)",
      ],
    },
    {
      kind: "problem",
      rule: "stage.noCostYet",
      strength: 1,
      negatable: false,
      re: [
        "(目前|现在|暂时|倒也|都)(还)?(很|算)?(稳|正常|没问题|没出过问题|还行|过得去|能按时|ok|OK)",
        "看不出(变化|影响)|不觉得是什么大事|没(有)?受(到)?影响|好好的|过得去|还OK|还ok",
        // Still watching it: no cost felt yet.
        "(还在|仍在|先|继续)(观察|观望)",
      ],
    },

    // 2 痛苦 — losses, complaints, an upset boss.
    {
      kind: "pain",
      rule: "stage.painLoss",
      re: [
        "多付(了)?|错帐|错账|约谈|出(了|过)?(大)?事(故)?|(单|订单|客户|生意|合同)[^,。;]{0,10}丢了|亏损",
        "赔本|损耗|失控|乱成一团|一团糟|混乱|忙不过来|顶不住|扛不住|被罚|被扣|罚款|诉讼|起诉|召回|拒付",
        "扣款|差错|事故|返修",
        "(订单|销量|业绩|营收|利润|毛利|客流|询盘)(量)?.{0,4}(下滑|下降了|掉了|少了|跌了)|下滑",
        "少了.{0,4}(万|成|%)|压力山大|差了.{0,6}(万|千|百)|索赔|停了.{0,4}(天|周)|交不了货|交不出|断供",
        "积压|爆仓|错发|漏发|加班|焦头烂额|疲于应付|吃不消|招不到|留不住|损失|亏(钱|损|本|了)",
        "赔(了|偿|款)|罚(单|款|了)|扣(了)?(款|尾款|钱|分)|报废|跌价|浪费|打水漂|白做|白花",
        "丢(了|过)?({N}+(个|家|笔|张))?(大|老|重点|核心)?(单|客户|订单|生意)|流失|(走|离职)了(一半|{N}+)|带走|退货|返工|补发|(多|白)花了",
        "花了.{0,8}(万|千)|吃掉|压得很薄|推迟|延误|拖延了|停线了|停产了",
        "被.{0,8}(拒收|退回|投诉|罚|扣|批评|点名|reject)|拖(了)?后腿|越来越(高|多|差|严重|慢)|对不上",
        "答不上来|不来了",
      ],
    },
    {
      kind: "pain",
      rule: "stage.painComplaint",
      re: [
        "拍(了)?桌子|骂|大发雷霆|火大|震怒|不悦|脸色(很)?难看|挨批|抱怨|投诉|客诉|差评|不满",
        "(很|非常|特别)?(不高兴|不爽|恼火|郁闷|头疼|头痛|生气|窝火)|发火|发了火|追责|问责|追问|质问|点名",
        "批评|过问|关切|压力(很|太)?大|坐不住",
      ],
    },
    {
      kind: "pain",
      rule: "stage.ownCostPain",
      re: [
        "(毛利|利润)(率)?.{0,4}(没了|被吃|很薄|太低|下滑|缩水)",
        "(原材料|材料|能源|电|房租|租金|进价|采购价)(的)?(价格|价|费|成本)?.{0,4}(涨|太高|上升|翻倍)",
        "(利润|毛利|margins?)[^,。;]{0,4}(被)?(压|挤|吃掉)|(成本|费用|开销|支出|花费|油价|costs?|bills?|freight|shipping|人工|原料|纸价|运费|物流费|配送费)(都|也|一路|越算越|一直)?.{0,8}(太高|偏高|涨|上升|翻倍|吓人|吃掉|增加|多了)",
      ],
    },

    // 3 目标 — what they want to achieve, a vision, a target figure.
    {
      kind: "goal",
      rule: "stage.goalFigure",
      context: "{WANT}",
      re: [
        "从\\s*{N}.{0,14}(降|提|提升|提高|增加|增长|减少|缩短|压缩|做|涨|升|扩|拉)(到|至)(?!了)",
        "(降|降低|提|提升|提高|增加|减少|缩短|压|压缩|控制|做|达|达到|扩|拉)(到|至|在)\\s*{N}",
        "翻(一|两)?(倍|番)|{N}+\\s*(分钟|小时|秒|个?工作日)(以)?内",
        "(减少|降低|提升|提高|增加|增长|成长|压缩)(一半|{N}+\\s*(成|%|个百分点))|占.{0,12}{N}+\\s*%",
      ],
    },
    {
      kind: "goal",
      rule: "stage.goalVision",
      re: [
        "目标(?!人群|客户|市场|用户|受众)(是|:|定|很清楚)|愿景|vision|定了(方向|目标)",
        "(方向|目标)(讲|说|定)(得)?清楚|(成为|做成|打造成?)(.{0,16})(最大|首选|第一|龙头|标杆|领先|加分)",
      ],
    },
    { kind: "goal", rule: "stage.goalFigure", strength: 1, re: "{N}+\\s*年(内|后)" },

    // 4 要求 — rough wishes for a solution; an early quotation.
    {
      kind: "requirements",
      rule: "stage.roughNeeds",
      re: [
        "需求(清单|是|有|:)|列了.{0,6}(需求|几点|几条|要求|想法|功能|清单)|功能(清单|列表|需求)|提了几(个|点|条)|几(点|条)(想法|要求)",
        "(要|必须|需要|至少要)(能|可以)|得(要)?能",
        "能(对接|接小批量|支持|处理|管好|查|印|重复使用|连起来|和.{0,8}连)",
        "要(支持|对接|结实|环保|有质感|有几个|有移动端)|要有(?!一半|{N}+\\s*(%|成))",
        "最好(都)?(能|有|是|离|在|可以|线上|结合)|得满足|大致(得|要|是)",
        // Capabilities wanted of the product (not an outcome figure, which is goal).
        "(想要|需要|要求|希望).{0,16}(能|可以)(实时|自动|同时)?(支持|对接|打通|接入|导出|扫码|审批)|(支持|support)(mobile|手机|移动端|app|APP|sso|SSO|单点登录|多语言|多仓|离线)|(新|这套|这个)(系统|软件|平台|工具)(要|能|可以)?(support|兼容|跑在)|实时(看到|查看|显示)",
        "(具体|细节|规格|尺寸|材质|数量|量|时间|预算).{0,10}(还没|还在|未|都还没)(定|想|排|确定|细想|算)",
        "其他(功能)?(再说|以后再)|其余.{0,8}再(讨论|说)|别的还没细想",
        "想(要|换|做|搞|办|上|找|给)(一套|一个|一种|一轮|一家|一位|一款|一批|个|套|种|家|款|在)|先听听",
        "rough proposal|wish ?list",
      ],
    },
    {
      kind: "requirements",
      rule: "stage.earlyQuote",
      re: [
        "(要|让|请|叫)(我们)?(先)?(报|出|发|给)(个|一份|一个)?(报价|价格)|询价(?!文件|单|函)",
        "(大概|大致|粗略)?估(一下|个|算)?.{0,4}(费用|价格|价钱|预算|成本|多少钱)",
        "大概(要|得)?(花)?多少(钱)?|(报|估)(个|一个|一下)(大概|初步)?(的)?价|(报|估)(大概|初步)(的)?价",
        "报价参考|参考价|大概(的)?(价格|报价|费用)|(给|出)(个|一个)?(大概|初步|粗略)(的)?(报价|价格|预算)",
        "先(报|给|出)(个)?(价|报价)|报价看看",
        // A price list asked for early is a rough quotation (final price sheets are cost).
        "(发|给|要|拿|提供|寄|索取)(我们|他们|客户|一下)?(一份|份|个|张)?.{0,6}(价目表|价格表|报价单|price ?list)",
      ],
    },

    // 5 措施 — specifications, evaluation criteria, a tender being written.
    {
      kind: "measures",
      rule: "stage.criteriaSet",
      re: [
        "(评估|评分|评选|评价|打分|考核|验收|筛选|准入|征选|甄选|选型|审核|稽核|评标)(标准|办法|表|方式|规则|条件|细则|指标|体系|矩阵|清单)",
        "权重|各占|\\d+\\s*%\\s*[、,;]\\s*[^\\d、,;]{1,8}\\s*\\d+\\s*%|必选|可选|硬指标|必要条件",
        "(须|必须)(通过|达到|具备|符合)",
      ],
    },
    {
      kind: "measures",
      rule: "stage.criteriaSet",
      re: [
        "(规格|规范|参数|技术要求|功能点|清单|checklist|spec|图纸)(书|表)?.{0,12}(定稿|定了|定好|定下|确定了|完成了|写好|交给|敲定)",
        "(定稿|定下了?|敲定|确定了|细化成|完成了?|编好了?|写好了?|拟好了?|制定了|做好了?)(.{0,12})(规格|规范|参数|技术要求|功能点|checklist|spec|清单|标准|指标)",
        "(技术协议|技术规格|参数|指标).{0,10}(定下来|写进去|写进|列入|写入)",
      ],
    },
    { kind: "measures", rule: "stage.criteriaSet", strength: 1, re: "不(低|少)于\\s*\\d" },
    {
      kind: "measures",
      rule: "stage.tenderDrafting",
      re: [
        "(正在|在|还在)(研拟|制定|拟定|起草|编写|编制|写)[^,。;]{0,8}(规格|标准|指标|规范|要求书|评分)",
        "(正在|在|还在|开始|着手|负责)(写|起草|草拟|拟|编写|编制|编|准备|制定|整理).{0,12}({DOC})",
        "(起草|草拟|拟定|编制|编写)(中)?.{0,12}({DOC})",
        // About to send it: still the customer's draft, not yet a tender out.
        "(准备|打算|计划|将要|即将)(把)?.{0,4}({DOC}).{0,4}(发|寄|送)(给|到|出)",
        "({DOC}).{0,12}(还在|正在|在)(写|起草|拟|编|改|修改|走流程|会签|审|审核|审批)",
        "({DOC}).{0,16}(还没|尚未|未|没)(发|公告|公布|发布|对外|挂网)",
        "({DOC}).{0,20}(下(个)?(月|周)|月底|预计).{0,6}才(会)?(发|公告|公布|发布|挂网|编)",
        "(预计|下(个)?(月|周)|月底).{0,8}才?(对外)?(发布|公告|公布|发出|挂网)",
      ],
    },

    // 6 方案 — vendors' solutions evaluated: tender arrived, tests, demos compared, shortlists.
    {
      kind: "solution",
      rule: "stage.tenderArrived",
      re: [
        "(收到|拿到|接到|领到|发来|送来)(了)?.{0,14}({DOC}|邀请)",
        "({DOC}).{0,10}(到了|发来了|已发出|发出了|发给了|已经发|挂网了|已公告|公告了)|邀标",
        // Sent out to several vendors (sending it is what makes it a tender out, not a draft).
        "(已|已经)(把)?.{0,6}({DOC}).{0,4}(发|寄|送)(给|到)(了)?.{0,8}([\\d一二两三四五六七八九十几多各]+家|供应商|厂商|厂家|我们)",
        "(比稿|招标|投标|竞标|比选)(开始|启动|阶段)|(递交|提交|投)(技术标|商务标|标书)",
        "[\\d一二两三四五六七八九十几]+家.{0,8}(也)?(拿到|收到)了",
        "({DOC}).{0,6}(已|已经)(发|寄|送)(给|到|出)",
      ],
    },
    {
      kind: "solution",
      rule: "stage.vendorsCompared",
      unless: "才能|才可以|才会|将会|以后|之后才|届时",
      re: [
        "(正式)?(评标(?!办法|标准|细则|规则|方法)|开标|述标)|正式(评估|评审|评比|比选|评选|测试|对比)",
        "有{N}+家(参加|参与|投标|竞标|入围|进入)|入围|短名单|shortlist|候选(厂商|供应商|名单|厂家)|复选",
        "进入(正式)?(比选|评审|演示|测试|概念验证|POC|试用)|正式比选|缩小到|评审会|讲标",
        "(并排|同时)(摆|测)|送(进|到).{0,8}(实验室|测试)|概念验证|POC|site inspection",
      ],
    },
    {
      kind: "solution",
      rule: "stage.vendorsCompared",
      context: "{RIVALS}",
      re: [
        "测试|测|试用|试点|试讲|试坐|试菜|试吃|试产|打样|验证|pilot|demo|演示|展示|提案|简报|路演|答辩",
        "实地(看|考察|勘察)|考察|样品|样件|比稿",
      ],
    },

    // 7 价值 — top management weighing return and strategic fit.
    {
      kind: "value",
      rule: "stage.valueWeighed",
      re: [
        "(多赚|赚回|省下|省)多少|(什么时候|多久|几年)(能|可以)?(收回|回本|回收|赚回)|收回(来|成本|投资)",
        "ROI|投资回报|投入产出|投资报酬|投报|回本|回收期|payback|business case|值不值|值得不值得|是否值得",
        "值得(这样)?投|效益|回报|(有|带来|创造|体现|衡量|评估|算|看)(多大|什么|多少)?(的)?.{0,4}价值",
        "价值(多大|几何|如何|在哪)|多久回本|能省(多少|下|{N}+)",
        "(有多大|带来多少|带来什么|换来多少)(的)?(帮助|价值|回报|收入|贡献|新客户|效益|支撑)?|贡献",
      ],
    },
    {
      kind: "value",
      rule: "stage.strategicFit",
      re: [
        "(战略|策略|定位|品牌升级|发展方向).{0,8}(意义|是否|合不合|一致|匹配|符合|契合|支撑|支持)",
        "(是否|能不能|合不合|符不符合).{0,14}(战略|策略|定位|方向)|strategy|strategic",
      ],
    },

    // 8 风险 — fear of the solution failing or of the change it brings.
    // A worry about today's losses is pain; a worry tied to the change is risk (strong), otherwise a hint.
    { kind: "risk", rule: "stage.riskFeared", context: "{CHANGE}", re: "{FEAR}" },
    { kind: "risk", rule: "stage.riskFeared", strength: 1, re: "{FEAR}" },
    {
      kind: "risk",
      rule: "stage.riskFeared",
      re: "兜底|应急(预案|方案)?|备用(场地|方案|供应商)|备援|回滚|rollback|抵触|阻力",
    },

    // 9 成本 — our price and terms negotiated, final prices compared.
    {
      kind: "cost",
      rule: "stage.priceNegotiated",
      re: [
        "砍价|压价|杀价|讨价还价|还价|议价|降价|再降|(降|便宜)\\s*{N}+\\s*(%|个点|点|成|块|元)",
        "让(了)?\\s*{N}+\\s*(个)?点|让利|打(个)?[\\d一二两三四五六七八九]+折",
        "[\\d一二两三四五六七八九](\\.\\d)?折|折扣|返点|返利|账期",
        "付款(期|方式|条件|周期)?.{0,6}(延|改|从|到|按)|尾款.{0,8}(改|延|晚|分期|比例|之后)",
        "(改|延).{0,6}尾款|定金|预付|月结\\d+天|({PRICE}).{0,10}从.{0,10}(降|减|砍)(到|至)",
        "(降|减)(到|至).{0,4}(跟|和).{0,8}(一样|持平)|(降|减)(到|至)(同样|一样|相同)的?(价|价格)",
        "我们的(报价|价格|单价)比[^,。;]{0,8}(高|贵)|(要求|希望|要|想).{0,6}(便宜|优惠|打折|降价)",
        "卡在价格|(在)?谈价(格|钱)?|价格谈判|差额|(价格|报价).{0,4}对齐|对齐.{0,6}(价格|报价)",
        "(不然|否则)(就)?.{0,6}(签|给|找|换)(了)?(对方|他们|别家|另一家)|价格(还)?(要|得)再谈",
      ],
    },
    {
      kind: "cost",
      rule: "stage.priceNegotiated",
      strength: 1,
      re: "免费|不另收费|打包进来|包进来",
    },
    {
      kind: "cost",
      rule: "stage.finalPrices",
      re: [
        "(最终|最后|最新)(一轮|几家|{N}+家|的|一次)*(报价|价格表?|价|出价|折扣|谈判|议价)",
        "(价格|报价)(表|单)?.{0,6}(放在一起|摆在一起|并排|比一比)|(比照|看齐|对标).{0,8}(价格|报价|价)",
        "跟(着)?.{0,6}(最低|对方|另一家|他们)的?(价|价格)|最后(一轮|的)?(谈判|议价|折扣)|跟价|(?<!自动|在线|能|可以)比价",
        "best and final|BAFO|final price",
        // A rival's lower price and a request to match it.
        "(低|便宜)[^。]{0,12}(能不能|能否|可不可以|肯不肯|愿不愿意)跟(?!进)",
      ],
    },
  ],
};
