/**
 * The sample visit log: about two hundred visits of 2026 by seven reps, each account's
 * visits telling one deal's story (first meeting, demo, trial, quote, order — or a
 * lost bid). Reps write in their own language: 简体, 繁體 (the Taiwan and Hong Kong
 * rep) or English (the South-East Asia rep), sometimes mixed. The log spells some
 * client names shorter than the client list does, as logs do; a few notes are blank
 * placeholders ("-", "n/a") and one starts with "=", which must stay text.
 * All companies, people and events are invented for the product.
 */

export interface SampleVisit {
  /** ISO date of the visit. */
  readonly date: string;
  /** The client as the rep wrote it in the log. */
  readonly client: string;
  readonly contact: string;
  readonly notes: string;
  readonly next: string;
  readonly rep: string;
}

type Row = readonly [date: string, contact: string, notes: string, next: string];

function account(client: string, rep: string, rows: readonly Row[]): SampleVisit[] {
  return rows.map(([date, contact, notes, next]) => ({ date, client, contact, notes, next, rep }));
}

const hengyue = account("苏州恒岳精密制造有限公司", "王磊", [
  [
    "2026-03-04",
    "沈晓东",
    "沈经理带我看了成品仓现场。人工拣货差错率高,旺季每天加班到十点,他很头疼。",
    "整理现场问题清单,下周发给沈经理",
  ],
  [
    "2026-03-12",
    "沈晓东",
    "和沈经理过了一遍问题清单和初步思路,他认可先从成品仓做起,约定3月19日下午请信息部钱主管一起开需求会。",
    "准备需求调研提纲",
  ],
  [
    "2026-03-19",
    "钱敏",
    "需求会上梳理了和MES、ERP的接口。钱主管担心接口工作量太大,要我们周五前交一份接口清单。",
    "周五前提交接口清单",
  ],
  [
    "2026-03-27",
    "钱敏",
    "送去接口清单,钱主管基本认可,答应4月2日安排我们的工程师进厂测试无线网络覆盖。",
    "协调工程师4月2日进场",
  ],
  [
    "2026-04-09",
    "沈晓东",
    "现场勘测做完,向沈经理汇报方案框架。他说方向没问题,但立项要周总点头。",
    "请沈经理引荐周总",
  ],
  [
    "2026-04-16",
    "沈晓东",
    "沈经理同意带我们见周总,时间定在4月23日上午10点,他会先把方案亮点跟周总提一下。",
    "准备给周总的15分钟汇报",
  ],
  [
    "2026-04-23",
    "周建国",
    "给周总汇报,他最关心投资回报和上线周期。周总定了5月8日由他主持内部评审,请财务和物流一起参加。",
    "做ROI测算,评审前发给沈经理",
  ],
  [
    "2026-05-08",
    "周建国",
    "内部评审会上讲了方案。财务对三年回本有疑问;会后周总让沈经理牵头做AGV试点,试点费用客户承担一半。",
    "出试点计划",
  ],
  [
    "2026-05-20",
    "钱敏",
    "试点数据接口调通,钱主管答应每周五把试点数据导出来发给我们。",
    "每周整理试点效果",
  ],
  [
    "2026-06-02",
    "沈晓东",
    "试点中期检查。班组长反馈好,叉车司机有抵触情绪,担心岗位被替代。",
    "准备叉车司机转岗培训的建议",
  ],
  [
    "2026-06-15",
    "沈晓东",
    "两台AGV在成品仓跑了三周,拣货效率提升约三成,差错为零。沈经理已把数据报给周总。",
    "准备正式报价",
  ],
  [
    "2026-07-02",
    "周建国",
    "正式报价386万,周总嫌高,要求压到350万以内。我说回去申请。",
    "向公司申请特价",
  ],
  [
    "2026-07-14",
    "周建国",
    "特价批下来,最终362万含三年运维。周总当场签了合同,首付款30%下周到账。",
    "启动项目交付",
  ],
  ["2026-08-06", "钱敏", "实施启动会,钱主管牵头成立项目组,每周二开例会。", "提交实施计划"],
  [
    "2026-09-10",
    "钱敏",
    "上线第一个月回访,钱主管反馈接口稳定,有几张报表要改。",
    "安排实施顾问改报表",
  ],
  [
    "2026-10-20",
    "沈晓东",
    "沈经理提到二期原料仓也想上系统,答应11月4日上午带我们看原料仓现场。",
    "准备原料仓调研表",
  ],
  [
    "2026-11-13",
    "沈晓东",
    "原料仓看完。沈经理说会把改造写进明年预算申请,结果要等12月。",
    "12月中旬再跟进",
  ],
]);

const dongpu = account("上海东浦物流集团", "陈静", [
  [
    "2026-03-06",
    "刘婷",
    "第一次正式拜访仓储部。刘主管抱怨现有WMS经常卡顿,每次盘点要停业务两天。",
    "发盘点案例资料",
  ],
  [
    "2026-03-18",
    "刘婷",
    "给刘主管演示了盘点模块,她很感兴趣,答应3月25日带三位班组长来展厅看实物。",
    "准备展厅演示",
  ],
  [
    "2026-03-25",
    "刘婷",
    "展厅参观顺利,班组长对RF枪拣货评价很好。刘主管说会找机会向黄总监汇报。",
    "等刘主管消息",
  ],
  [
    "2026-04-02",
    "刘婷",
    "刘主管不在,和两位班组长聊了半小时,了解到夜班拣货最缺人手。",
    "下周再约刘主管",
  ],
  [
    "2026-04-08",
    "马骏",
    "拜访采购部马经理。集团今年采购都要走招标,我们要先进供应商库。",
    "准备入库资料",
  ],
  [
    "2026-04-20",
    "马骏",
    "入库资料已交,马经理确认4月底前把我们列入WMS项目的邀标名单。",
    "关注招标公告",
  ],
  [
    "2026-05-12",
    "黄志强",
    "第一次见到黄总监,只给了20分钟,态度一般,说现有供应商也在做升级方案。",
    "了解现有供应商的升级内容",
  ],
  ["2026-05-28", "刘婷", "刘主管透露对手报价比我们低15%,建议我们突出实施周期短。", "调整投标策略"],
  ["2026-06-18", "马骏", "递交投标文件。马经理说7月初评标。", "等评标结果"],
  [
    "2026-07-08",
    "马骏",
    "评标结果出来,项目给了原供应商做升级,我们排第二。马经理说明年新仓还可以再参与。",
    "复盘丢单原因",
  ],
  [
    "2026-09-16",
    "刘婷",
    "刘主管说升级后卡顿还在,问能不能先做一个自动化盘点的小项目。我说回去跟经理商量。",
    "申请小项目资源",
  ],
  [
    "2026-10-13",
    "刘婷",
    "小项目方案交流,刘主管同意10月27日起在嘉定仓做为期一周的盘点测试。",
    "准备测试设备",
  ],
  [
    "2026-11-16",
    "刘婷",
    "盘点测试完成,准确率99.8%。刘主管答应把测试报告交给黄总监,争取上12月的预算会。",
    "补充测试报告的成本对比",
  ],
]);

const yunxi = account("杭州云汐电商供应链", "陈静", [
  [
    "2026-03-10",
    "许佳",
    "双11前要扩一条分拣线,许经理已经拿到预算,让我们两周内给方案和报价。",
    "两周内出方案",
  ],
  ["2026-03-24", "许佳", "方案汇报,许经理很满意,约了3月31日请吴总一起听。", "按吴总关注点调整方案"],
  [
    "2026-03-31",
    "吴昊",
    "吴总听完方案,要求8月底前必须上线,同意4月8日去苏州看我们的客户现场。",
    "联系苏州恒岳安排参观",
  ],
  [
    "2026-04-08",
    "吴昊",
    "陪吴总参观苏州现场,吴总说就按这个标准做,回杭州后让法务审合同,约定4月15日签约。",
    "准备合同",
  ],
  ["2026-04-15", "吴昊", "签约:分拣线加WMS扩容,合同金额268万,预付款40%。", "下生产单"],
  ["2026-05-06", "许佳", "设备生产排期确认,许经理要求每周发一次进度。", "每周五发进度"],
  ["2026-06-03", "许佳", "设备进场协调会。许经理要求增加一个退货分拣口。", "评估变更的工期和费用"],
  ["2026-06-17", "许佳", "变更方案确认,许经理签了变更单,增加18万。", "更新施工图"],
  [
    "2026-07-08",
    "许佳",
    "安装过半。许经理要求双11前加做一轮压力测试,定在8月12日。",
    "准备压测脚本",
  ],
  [
    "2026-08-26",
    "吴昊",
    "分拣线按期上线,吴总很满意,说明年上海仓也考虑用我们。",
    "年底前把上海仓的思路发给吴总",
  ],
  ["2026-09-15", "吴昊", "吴总付清了尾款。", "-"],
  [
    "2026-10-29",
    "许佳",
    "双11保障,系统运行平稳。许经理介绍了上海仓负责人,约了11月18日见面。",
    "准备上海仓交流材料",
  ],
]);

const haisheng = account("宁波海晟包装材料股份有限公司", "王磊", [
  [
    "2026-03-09",
    "何丽华",
    "何主管说包材仓库位混乱,找货全靠老员工记忆。介绍了货位管理。",
    "发货位管理资料",
  ],
  ["2026-03-23", "何丽华", "送资料,顺便看了仓库。何主管说孙厂长最近忙,不好约。", "等机会见孙厂长"],
  [
    "2026-04-14",
    "何丽华",
    "何主管同意把我们的方案放进4月20日的生产例会,会前先跟孙厂长打招呼。",
    "准备例会上的15分钟介绍",
  ],
  [
    "2026-04-20",
    "孙立",
    "例会上讲了15分钟,孙厂长只问了价格,说今年预算紧。",
    "给一个分期付款的报价",
  ],
  [
    "2026-05-19",
    "孙立",
    "孙厂长说今年预算砍了,仓库改造推到明年,项目肯定要做。",
    "9月再跟进明年预算",
  ],
  ["2026-09-22", "何丽华", "何主管说明年预算在编,要我们给一个分期方案参考。", "出分期方案"],
  [
    "2026-10-27",
    "孙立",
    "孙厂长看了分期方案,同意把一期20万列入明年预算,并安排11月10日带财务来看样板仓。",
    "安排样板仓参观",
  ],
]);

const xinrui = account("无锡新锐汽车零部件有限公司", "李娜", [
  [
    "2026-03-05",
    "赵雪",
    "采购部赵雪介绍了今年的物流设备采购计划,包括线边仓的AGV配送。",
    "发AGV资料给赵雪",
  ],
  [
    "2026-03-17",
    "唐鹏",
    "唐主管说线边配送靠叉车,经常断料停线。他愿意帮我们,但决策在郑总监。",
    "请唐主管安排演示",
  ],
  ["2026-04-02", "唐鹏", "唐主管安排4月9日在车间做一次AGV配送演示。", "运一台演示车过去"],
  ["2026-04-09", "唐鹏", "演示顺利,郑总监路过看了十分钟,没表态。", "争取单独见郑总监"],
  [
    "2026-04-28",
    "郑凯",
    "见到郑总监。他直说更信任日系品牌,我们没有汽车行业的大客户案例。",
    "找汽车行业的参考客户",
  ],
  [
    "2026-05-21",
    "郑凯",
    "带他们去看了常州的汽车零部件客户,郑总监问得很细,回来后同意6月先试用一台AGV。",
    "准备试用协议",
  ],
  ["2026-06-04", "唐鹏", "=试用设备到厂,唐主管安排了两名操作工参加培训", "跟踪试用数据"],
  [
    "2026-07-15",
    "唐鹏",
    "试用一个月,断料次数明显下降。唐主管写了试用报告交给郑总监。",
    "约郑总监谈采购",
  ],
  ["2026-08-05", "郑凯", "郑总监说集团决定统一采购日系品牌,这次不考虑我们了。", "保持联系"],
  [
    "2026-10-09",
    "赵雪",
    "赵雪说日系设备交期延误,线边仓可能先租几台应急,问我们有没有租赁。",
    "出租赁方案",
  ],
  ["2026-11-10", "赵雪", "租赁报价发给赵雪,她说下周回复。", "下周跟进"],
]);

const liankang = account("上海联康医药流通有限公司", "李娜", [
  [
    "2026-03-13",
    "田甜",
    "GSP检查要求温湿度全程记录,田主管对我们的温湿度监控模块很感兴趣。",
    "发模块说明",
  ],
  ["2026-04-03", "田甜", "田主管答应4月10日带我们见物流中心冯总。", "准备给冯总的介绍"],
  [
    "2026-04-10",
    "冯波",
    "冯总听了介绍,说现在的系统是集团统一的,改动要走集团信息部。",
    "了解集团信息部的流程",
  ],
  ["2026-05-15", "冯波", "冯总同意先在冷库做温湿度监控的小项目,签了12万的合同。", "安排安装"],
  [
    "2026-06-12",
    "田甜",
    "安装时田主管要求每个冷库加一个备用探头,当场签了2.4万的增补合同。",
    "补发探头",
  ],
  ["2026-07-09", "田甜", "小项目验收通过,田主管说药监检查时已经用上了。", "-"],
  [
    "2026-09-18",
    "冯波",
    "冯总说集团明年要换WMS,会推荐我们,答应10月14日安排我们见集团信息部。",
    "准备集团层面的方案",
  ],
  ["2026-10-14", "冯波", "和集团信息部交流,对方要先做内部需求调研,年前不会立项。", "保持联系"],
  ["2026-11-18", "冯波", "冯总来电,集团信息部邀请我们1月8日参加需求调研会。", "准备调研会材料"],
]);

const jinling = account("南京金陵冷链物流有限公司", "王磊", [
  [
    "2026-04-07",
    "韩东",
    "电话约访后第一次上门。韩经理说冷库人员流动大,培训成本高。",
    "发简易操作界面的演示视频",
  ],
  ["2026-05-06", "韩东", "韩经理不在,资料留给了前台。", "再约"],
  ["2026-06-09", "韩东", "韩经理说公司被收购,新股东要求全部切到集团系统,我们这个项目取消了。", "-"],
]);

const hefeng = account("嘉兴禾丰食品", "李娜", [
  [
    "2026-05-12",
    "邵芳",
    "展会上认识的邵经理,上门拜访。仓库不大,主要想了解条码管理。",
    "出轻量版方案",
  ],
  ["2026-06-23", "邵芳", "报了轻量版条码方案8.6万。邵经理说要等曹总出差回来再定。", "7月再问"],
  ["2026-08-18", "邵芳", "邵经理说曹总看了报价,觉得用Excel管着也够,不打算上系统了。", "-"],
  [
    "2026-10-22",
    "邵芳",
    "邵经理主动来电,新仓库明年投用,想重新看方案,约了10月29日上门。",
    "带新仓库的方案过去",
  ],
  ["2026-10-29", "邵芳", "新仓库图纸拿到了,邵经理说这次曹总会亲自参加下次交流。", "等邵经理约时间"],
]);

const meridian = account("Meridian Cosmetics (Shanghai) Ltd.", "陈静", [
  [
    "2026-03-11",
    "Kevin Xu",
    "Met Kevin at the Shanghai DC. Returns pile up after every campaign and are sorted by hand. He wants ideas before 618.",
    "Send the returns-handling case study",
  ],
  [
    "2026-03-26",
    "Kevin Xu",
    "Walked Kevin through the returns module. He agreed to pull two weeks of returns data for us by Friday so we can size the solution.",
    "Size the solution from the data",
  ],
  [
    "2026-04-13",
    "Laura Bennett",
    "Kevin brought Laura in. She likes the idea but needs a business case HQ in Paris will accept; she gave us their template.",
    "Write the business case",
  ],
  [
    "2026-04-29",
    "Laura Bennett",
    "Presented the business case. Laura put it on the agenda of the May 12 regional steering committee and asked me to join for Q&A.",
    "Prepare Q&A notes",
  ],
  [
    "2026-05-12",
    "Laura Bennett",
    "Steering committee approved the budget. Grace from finance wants payment terms 30/60/10.",
    "Send the contract draft",
  ],
  [
    "2026-05-27",
    "Grace Lin",
    "Contract for returns sorting plus the WMS module signed, RMB 1.46m. PO issued the same day.",
    "Plan the kick-off",
  ],
  [
    "2026-06-10",
    "Kevin Xu",
    "Kick-off. Kevin named two key users and booked the training room for June 22–24.",
    "Prepare training material",
  ],
  [
    "2026-07-01",
    "Grace Lin",
    "Grace needed the VAT invoice reissued with their new tax number. Done on the spot.",
    "-",
  ],
  [
    "2026-07-20",
    "Kevin Xu",
    "UAT 全部通过,Kevin 在 sign-off 上签了字,系统正式上线。",
    "两周后回访",
  ],
  [
    "2026-08-04",
    "Kevin Xu",
    "Go-live review. Returns now take one day instead of three. Kevin mentioned the Guangzhou DC has the same problem.",
    "Ask Laura about Guangzhou",
  ],
  [
    "2026-09-24",
    "Laura Bennett",
    "Laura said a Guangzhou project depends on next year's budget; nothing before January.",
    "Follow up in December",
  ],
  [
    "2026-11-05",
    "Kevin Xu",
    "Kevin booked a half-day workshop with the Guangzhou team on Nov 19 and sent us the invite.",
    "Prepare the workshop",
  ],
]);

const yuanjing = account("常州远景新材料科技有限公司", "王磊", [
  [
    "2026-10-15",
    "葛伟",
    "朋友介绍的新客户。新厂明年投产,原料仓和成品仓都要规划,葛经理在比较三家。",
    "发规划方法介绍",
  ],
  [
    "2026-11-03",
    "葛伟",
    "讲了我们的仓库规划方法,葛经理同意11月12日前把厂区图纸和产能数据发来,并约11月17日开规划讨论会。",
    "准备讨论会",
  ],
  ["2026-11-17", "葛伟", "规划讨论会开完,葛经理要求12月初看到两套布局方案。", "出两套布局"],
]);

const wanan = account("深圳湾岸电子科技有限公司", "赵强", [
  [
    "2026-03-03",
    "邓小燕",
    "邓经理说电子料仓要做湿敏元件管控和先进先出,现有系统做不到。",
    "发料仓方案",
  ],
  [
    "2026-03-16",
    "邓小燕",
    "带邓经理参观东莞一家客户的料仓,她说这正是她想要的,回去就向罗总汇报。",
    "等罗总反馈",
  ],
  [
    "2026-03-30",
    "罗志勇",
    "见了罗总一个小时。罗总定了4月15日做全流程演示,IT蔡经理也参加。",
    "准备全流程演示",
  ],
  ["2026-04-15", "蔡文", "全流程演示。蔡经理关注和SAP的接口,要看接口文档。", "发接口文档"],
  ["2026-04-29", "蔡文", "接口文档交流完,蔡经理说技术上没问题。", "准备报价"],
  ["2026-05-06", "邓小燕", "邓经理私下透露,对手报价低两成,但罗总更看重交期。", "报价里突出交期"],
  ["2026-05-20", "罗志勇", "报价520万,罗总说超预算,要求分两期,一期先做料仓。", "拆分一期方案"],
  [
    "2026-06-10",
    "罗志勇",
    "一期料仓方案报价288万,罗总同意,法务在审合同,约定6月24日签约。",
    "准备合同",
  ],
  ["2026-06-24", "罗志勇", "一期合同签订,288万。", "启动实施"],
  ["2026-07-15", "蔡文", "实施启动,接口开发排期确认,蔡经理开好了测试环境。", "接口开发"],
  ["2026-08-19", "邓小燕", "上线前培训,三十名仓管员全部考核通过。", "上线"],
  [
    "2026-09-08",
    "邓小燕",
    "料仓上线,盘点从两天缩到半天。邓经理问二期成品仓什么时候启动。",
    "和罗总谈二期",
  ],
  [
    "2026-10-19",
    "罗志勇",
    "罗总同意启动二期,让邓经理11月3日前交需求,约了11月10日评审。",
    "协助邓经理整理需求",
  ],
]);

const lingnan = account("广州岭南家居集团", "赵强", [
  ["2026-04-01", "陈嘉欣", "陈主管说大件家具出入库靠纸单,丢单严重。", "发移动出库方案"],
  [
    "2026-04-22",
    "陈嘉欣",
    "做了一次移动端出库演示,陈主管挺满意,说以后有机会介绍梁总。",
    "保持联系",
  ],
  ["2026-05-26", "梁国华", "在行业协会活动上认识梁总,交换了名片,聊了几分钟。", "发感谢短信"],
  ["2026-06-30", "梁国华", "梁总电话里说今年集团不上新系统,让我们别再跟了。", "-"],
  [
    "2026-09-29",
    "陈嘉欣",
    "陈主管说集团换了供应链总监,新总监想提升仓储效率,她答应10月13日约新总监和我们见面。",
    "准备见面材料",
  ],
  [
    "2026-10-13",
    "陈嘉欣",
    "见到新任供应链总监陆总。他要求11月内做一次全流程演示,时间他来定。",
    "等陆总定时间",
  ],
]);

const jinggong = account("东莞精工五金制品厂", "赵强", [
  [
    "2026-03-20",
    "叶永康",
    "老客户回访,叶厂长对去年的货架很满意,今年想加一层阁楼货架。",
    "出阁楼货架方案",
  ],
  ["2026-04-17", "叶永康", "阁楼货架报价36万,叶厂长当场下单,付了30%定金。", "安排生产"],
  ["2026-06-05", "叶永康", "叶厂长来电催交期,我保证7月10日前到货。", "盯生产进度"],
  ["2026-07-22", "叶永康", "阁楼货架安装验收完,叶厂长付清了尾款。", "-"],
  ["2026-10-28", "叶永康", "叶厂长说明年想上条码,先了解一下。", "发条码资料"],
  ["2026-11-20", "叶永康", "叶厂长同意12月2日带我们看新车间,评估条码方案。", "准备现场评估表"],
]);

const meiju = account("佛山美居陶瓷有限公司", "赵强", [
  ["2026-05-07", "黎敏", "黎主管说瓷砖批次多、色号多,发错货的退换成本很高。", "发批次管理案例"],
  ["2026-05-28", "黎敏", "黎主管安排6月4日去三水仓库做现场调研。", "准备调研表"],
  ["2026-06-04", "黎敏", "现场调研完成,拿到了三个月的出库数据。", "出方案"],
  ["2026-07-02", "何振华", "何总听了方案,说先看看其他家的报价,让我们等通知。", "等通知"],
  ["2026-08-13", "何振华", "何总说选了一家本地小公司,价格只有我们一半。", "-"],
  [
    "2026-11-04",
    "黎敏",
    "黎主管说那家小公司实施失败,何总让她联系我们,约了11月11日重新交流。",
    "准备重新交流的方案",
  ],
]);

const bingang = account("天津滨港物流有限公司", "刘洋", [
  ["2026-03-02", "王颖", "王经理说保税仓要做海关账册对接,现有系统不支持。", "发保税仓案例"],
  ["2026-03-13", "李俊", "信息中心李主任要看我们做过的保税仓案例。", "整理案例"],
  [
    "2026-03-27",
    "王颖",
    "王经理带我们见了张总,张总同意4月7日安排一次海关对接的技术交流。",
    "准备技术交流",
  ],
  [
    "2026-04-07",
    "李俊",
    "技术交流。李主任认可方案,但说要等海关新系统上线后再定接口。",
    "跟进海关系统上线时间",
  ],
  ["2026-04-22", "王颖", "-", ""],
  [
    "2026-05-14",
    "张海涛",
    "张总说海关新系统6月上线,先把合同谈下来,接口做成可选项,约5月21日谈商务条款。",
    "准备商务条款",
  ],
  ["2026-05-21", "张海涛", "商务谈判,价格谈到415万,张总同意,约定6月1日签字。", "准备合同"],
  ["2026-06-01", "张海涛", "合同签订,415万,预付款30%已到账。", "启动实施"],
  ["2026-07-03", "李俊", "接口联调,海关测试环境已开通。", "联调"],
  ["2026-08-20", "王颖", "实施中期检查,王经理对进度满意,提出要加两个月驻场支持。", "报驻场费用"],
  ["2026-09-15", "王颖", "驻场支持补充协议签了,26万。", "安排驻场人员"],
  [
    "2026-11-06",
    "李俊",
    "上线后回访,海关对接很顺利。李主任答应11月20日带我们见集团另外两个园区的负责人。",
    "准备园区交流材料",
  ],
]);

const borui = account("北京博睿图书发行有限公司", "刘洋", [
  ["2026-04-14", "高明", "高经理说图书SKU有二十万,退货分拣全靠人工。", "发播种墙方案"],
  ["2026-05-08", "高明", "给高经理演示了播种墙,他说很好,下次再聊。", "保持联系"],
  ["2026-06-16", "高明", "高经理说今年预算用完了,明年一定做,让我们10月再联系。", "10月再联系"],
  ["2026-07-21", "高明", "客户不在,留了资料。", "-"],
  [
    "2026-10-12",
    "高明",
    "高经理说明年预算已报,同意10月26日召集财务和仓储开内部评审会,请我们讲方案。",
    "准备评审会方案",
  ],
  [
    "2026-10-26",
    "高明",
    "评审会讲了方案,财务提出分三年付款,高经理答应11月9日前给正式采购意向。",
    "准备分期付款条款",
  ],
]);

const lanwan = account("青岛蓝湾水产食品有限公司", "刘洋", [
  ["2026-06-11", "宋晓峰", "冷库主管宋晓峰对冷库叉车定位感兴趣。", "发资料"],
  ["2026-07-16", "宋晓峰", "宋主管说孔总不喜欢见供应商,他先把资料递上去。", "等消息"],
  ["2026-08-27", "宋晓峰", "资料递上去了,孔总没回音。", "9月再问"],
  ["2026-09-24", "宋晓峰", "宋主管说孔总看了资料,让我们10月15日上午去公司面谈。", "准备面谈"],
  ["2026-10-15", "孔德明", "孔总说今年冷库扩建已经定了别家,我们没机会了。", "-"],
]);

const hongsheng = account("台灣宏昇電子股份有限公司", "林志明", [
  ["2026-03-05", "黃淑芬", "黃課長說倉庫仍用紙本揀貨單,月底結帳常常對不上。", "寄PDA揀貨資料"],
  [
    "2026-03-19",
    "黃淑芬",
    "示範PDA揀貨,黃課長很喜歡,答應3月26日請資訊處吳經理一起看系統。",
    "準備系統展示",
  ],
  ["2026-03-26", "吳冠廷", "吳經理關心系統放地端還是雲端,要我們提供資安文件。", "整理資安文件"],
  ["2026-04-16", "吳冠廷", "資安文件審查通過,吳經理安排4月30日向陳副總簡報。", "準備簡報"],
  ["2026-04-30", "陳柏宇", "向陳副總簡報,陳副總決定先在林口倉試行兩個月。", "規劃試行"],
  ["2026-05-20", "黃淑芬", "林口倉試行上線,黃課長每天追蹤揀貨數據。", "每週回報數據"],
  ["2026-06-10", "吳冠廷", "吳經理要求系統和現有ERP做單一登入,會提供測試帳號。", "等測試帳號"],
  [
    "2026-07-08",
    "黃淑芬",
    "試行結束,揀貨錯誤率從2%降到0.3%。黃課長已把報告呈給陳副總。",
    "準備正式報價",
  ],
  ["2026-07-29", "陳柏宇", "陳副總在會議上簽了採購單,約合人民幣196萬。", "安排導入"],
  ["2026-08-26", "黃淑芬", "簽了", "安排出貨"],
  ["2026-10-07", "黃淑芬", "上線後回訪,黃課長希望加入自動補貨功能,我說回去評估。", "評估自動補貨"],
  [
    "2026-11-11",
    "陳柏宇",
    "陳副總說明年桃園新倉也要用同一套系統,已請採購在12月1日前發正式詢價。",
    "準備桃園倉方案",
  ],
]);

const jinghua = account("新竹晶華半導體材料", "林志明", [
  ["2026-04-09", "張家豪", "張經理說化學品倉儲要符合法規,需要批號追溯。", "寄批號追溯案例"],
  ["2026-05-06", "張家豪", "張經理帶我們看了化學品倉,但說今年沒有預算。", "保持聯繫"],
  ["2026-06-18", "李美玲", "李主任說採購流程要三家比價,請我們先報價。", "兩週內報價"],
  ["2026-07-01", "李美玲", "報價已送出,李主任說月底前會有比價結果。", "月底追蹤"],
  ["2026-08-12", "張家豪", "張經理說比價結果我們最貴,採購決定用另一家。", "-"],
  ["2026-10-21", "張家豪", "張經理說另一家導入不順,想了解我們能不能接手。", "評估接手方案"],
  ["2026-11-19", "張家豪", "張經理安排11月26日請我們到廠區評估接手方案。", "準備評估"],
]);

const hengtai = account("香港恒泰國際物流有限公司", "林志明", [
  ["2026-03-24", "梁詠詩", "梁經理說跨境電商包裹量暴增,分揀人手不夠。", "寄分揀線資料"],
  ["2026-04-21", "梁詠詩", "梁經理同意5月5日帶我們去葵涌倉量度場地。", "安排工程師"],
  ["2026-05-05", "梁詠詩", "量度完成,場地夠放一條小型分揀線。", "出方案"],
  ["2026-06-02", "鄭偉倫", "見到鄭董,鄭董要看回本期,我們答應兩週內出報告。", "做回本分析"],
  ["2026-06-23", "鄭偉倫", "交了回本報告,鄭董同意7月7日開董事會討論。", "準備董事會材料"],
  ["2026-07-07", "鄭偉倫", "董事會通過預算,鄭董簽了意向書,正式合同約定下週一簽。", "準備正式合同"],
  ["2026-07-14", "鄭偉倫", "簽訂正式合同,分揀線連系統,約合人民幣245萬。", "安排生產"],
  ["2026-08-18", "梁詠詩", "分揀線設備到港,梁經理安排了清關。", "安排安裝"],
  ["2026-10-15", "梁詠詩", "分揀線試運行,速度達標,但條碼讀取率偏低。", "評估讀碼器升級"],
  ["2026-11-09", "鄭偉倫", "鄭董同意讀碼器升級,簽了補充合同,約合人民幣16萬。", "安排升級"],
]);

const haojiang = account("澳門濠江酒店管理集團", "林志明", [
  [
    "2026-09-09",
    "何家俊",
    "經朋友介紹。何經理說酒店物料倉想做數位化管理,目前只是初步了解。",
    "寄酒店物料管理案例",
  ],
  ["2026-10-28", "何家俊", "何經理說集團年底前不會有新項目,明年再談。", "明年一月再聯繫"],
]);

const mekong = account("Mekong Retail Group", "Daniel Wong", [
  [
    "2026-03-09",
    "Tran Thi Lan",
    "Visited the Ho Chi Minh City DC. Lan says replenishment errors cost them about 3% of store sales and wants a fix before Tet.",
    "Send pick-to-light references",
  ],
  [
    "2026-03-23",
    "Tran Thi Lan",
    "Showed Lan our pick-to-light demo over video. She agreed to send the SKU master and four weeks of order lines by March 27.",
    "Analyse the order lines",
  ],
  [
    "2026-04-06",
    "Nguyen Van Minh",
    "Met Minh with Lan. He liked the data analysis but wants a local partner for installation.",
    "Find a local installation partner",
  ],
  [
    "2026-04-27",
    "Nguyen Van Minh",
    "Introduced our local partner. Minh agreed to a pilot on two aisles starting May 18.",
    "Ship pilot hardware",
  ],
  [
    "2026-05-04",
    "Tran Thi Lan",
    "Pilot preparation. Lan's team relabelled both aisles over the weekend.",
    "Install on May 18",
  ],
  [
    "2026-06-15",
    "Tran Thi Lan",
    "Pilot results: picking errors down 70% on the two aisles. Lan presented them to Minh herself.",
    "Quote the full DC",
  ],
  [
    "2026-07-06",
    "Nguyen Van Minh",
    "Minh signed the PO for the full DC rollout, USD 520k (about RMB 3.7m). Deposit paid.",
    "Plan the rollout",
  ],
  [
    "2026-08-10",
    "Tran Thi Lan",
    "Site check: racks delivered, electrical work delayed by the landlord.",
    "Chase the landlord's electrician",
  ],
  [
    "2026-09-14",
    "Tran Thi Lan",
    "Installation back on schedule. Lan asked if we can train her night-shift leads.",
    "Schedule night-shift training",
  ],
  [
    "2026-10-26",
    "Nguyen Van Minh",
    "Minh said Hanoi is next; he scheduled a site visit for Nov 9 with their Hanoi GM.",
    "Prepare the Hanoi visit",
  ],
  [
    "2026-11-16",
    "Nguyen Van Minh",
    "Hanoi visit done. Minh wants a proposal by Dec 4; their board meets Dec 10.",
    "Write the Hanoi proposal",
  ],
]);

const siam = account("Siam Fresh Foods", "Daniel Wong", [
  [
    "2026-04-15",
    "Niran Chaiyo",
    "Niran runs the cold store; temperature logs are still on paper. He likes our sensors.",
    "Send sensor specs",
  ],
  [
    "2026-05-20",
    "Niran Chaiyo",
    "Niran was on leave; left brochures with his deputy.",
    "Call Niran next month",
  ],
  [
    "2026-06-24",
    "Somchai Prasert",
    "Somchai said they just renewed with their current provider for three years. Not interested.",
    "-",
  ],
  [
    "2026-10-01",
    "Niran Chaiyo",
    "Niran says the current provider keeps missing SLAs; he asked for our price list in case they terminate.",
    "Send price list",
  ],
  [
    "2026-11-17",
    "Somchai Prasert",
    "Somchai replied by email: they settled the SLA issue with the incumbent, no need to follow up.",
    "-",
  ],
]);

const nusantara = account("Nusantara Logistics", "Daniel Wong", [
  [
    "2026-05-13",
    "Budi Santoso",
    "Budi manages a 3PL warehouse in Jakarta. Interested, but the owner decides everything.",
    "Ask Budi for a meeting with the owner",
  ],
  [
    "2026-07-01",
    "Budi Santoso",
    "Budi arranged a call with the owner on July 8, 3pm Jakarta time.",
    "Prepare a short pitch",
  ],
  [
    "2026-07-08",
    "Budi Santoso",
    "The owner joined for ten minutes, asked only about price and said he would think about it.",
    "Send a budget price",
  ],
  [
    "2026-09-02",
    "Budi Santoso",
    "Budi says they lost their biggest customer; all investment is frozen and the project is cancelled.",
    "-",
  ],
  ["2026-10-20", "Budi Santoso", "n/a", ""],
]);

const penang = account("Penang Precision Sdn Bhd", "Daniel Wong", [
  [
    "2026-10-08",
    "Lim Wei Jie",
    "A cold call turned into a meeting. Their new plant in Batu Kawan opens next spring; Lim wants options for material flow.",
    "Send material-flow case studies",
  ],
  [
    "2026-10-22",
    "Aisha Rahman",
    "Aisha walked us through their material planning. Lim agreed to a design workshop on Nov 12, 9am, with his engineers.",
    "Prepare the workshop",
  ],
  [
    "2026-11-12",
    "Lim Wei Jie",
    "Design workshop held. Lim wants a budgetary quote by month end.",
    "Prepare the budgetary quote",
  ],
]);

/** Every visit, oldest first, as a log grows. */
export const SAMPLE_VISITS: readonly SampleVisit[] = [
  ...hengyue,
  ...dongpu,
  ...yunxi,
  ...haisheng,
  ...xinrui,
  ...liankang,
  ...jinling,
  ...hefeng,
  ...meridian,
  ...yuanjing,
  ...wanan,
  ...lingnan,
  ...jinggong,
  ...meiju,
  ...bingang,
  ...borui,
  ...lanwan,
  ...hongsheng,
  ...jinghua,
  ...hengtai,
  ...haojiang,
  ...mekong,
  ...siam,
  ...nusantara,
  ...penang,
].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
