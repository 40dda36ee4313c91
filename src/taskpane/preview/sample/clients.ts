/**
 * The sample client list: a fictional supplier of warehouse automation (WMS software,
 * AGVs, sorting lines, maintenance contracts) and its accounts in three markets. Names
 * of companies and people are invented. One row per contact, as sales teams keep it;
 * the client's revenue and tier sit on its first row. Labels use the words of the
 * method in the language each rep writes (简体, 繁體 or English), as real lists mix them.
 */

export type Market = "主战场" | "副战场" | "海外";

export interface SampleContact {
  readonly name: string;
  readonly department: string;
  readonly title: string;
  /** Buyer role(s): 接纳者 / 不满者 / 权力者 and their 繁體 and English forms; "" when unknown. */
  readonly role: string;
  readonly level: string;
  readonly depth: string;
}

export interface SampleClient {
  readonly name: string;
  readonly market: Market;
  /** A tier the team set by hand (new accounts); blank lets CLIENTTIER rank the rest. */
  readonly tier: string;
  /** Last year's revenue with the account, in yuan; null for accounts not yet selling. */
  readonly revenue: number | null;
  readonly rep: string;
  readonly contacts: readonly SampleContact[];
}

const c = (
  name: string,
  department: string,
  title: string,
  role: string,
  level: string,
  depth: string
): SampleContact => ({ name, department, title, role, level, depth });

export const SAMPLE_CLIENTS: readonly SampleClient[] = [
  {
    name: "苏州恒岳精密制造有限公司",
    market: "主战场",
    tier: "",
    revenue: 12_800_000,
    rep: "王磊",
    contacts: [
      c("周建国", "总经办", "副总经理", "权力者", "伙伴", "多接触"),
      c("沈晓东", "物流部", "物流经理", "不满者", "同盟", "深接触"),
      c("钱敏", "信息部", "IT主管", "接纳者", "伙伴", "多接触"),
    ],
  },
  {
    name: "上海东浦物流集团",
    market: "主战场",
    tier: "",
    revenue: 9_650_000,
    rep: "陈静",
    contacts: [
      c("黄志强", "运营中心", "运营总监", "权力者", "约会", "浅接触"),
      c("刘婷", "仓储部", "仓库主管", "不满者", "伙伴", "深接触"),
      c("马骏", "采购部", "采购经理", "接纳者", "认识", "浅接触"),
    ],
  },
  {
    name: "杭州云汐电商供应链有限公司",
    market: "主战场",
    tier: "",
    revenue: 7_200_000,
    rep: "陈静",
    contacts: [
      c("吴昊", "供应链中心", "供应链VP", "权力者", "伙伴", "多接触"),
      c("许佳", "履约部", "履约经理", "不满者/接纳者", "同盟", "深接触"),
    ],
  },
  {
    name: "宁波海晟包装材料股份有限公司",
    market: "主战场",
    tier: "",
    revenue: 4_350_000,
    rep: "王磊",
    contacts: [
      c("孙立", "生产部", "厂长", "权力者", "约会", "浅接触"),
      c("何丽华", "仓储部", "仓储主管", "不满者", "伙伴", "多接触"),
    ],
  },
  {
    name: "无锡新锐汽车零部件有限公司",
    market: "主战场",
    tier: "",
    revenue: 3_980_000,
    rep: "李娜",
    contacts: [
      c("郑凯", "制造部", "制造总监", "权力者", "认识", "浅接触"),
      c("唐鹏", "物流部", "物流主管", "不满者", "约会", "多接触"),
      c("赵雪", "采购部", "采购专员", "接纳者", "伙伴", "多接触"),
    ],
  },
  {
    name: "上海联康医药流通有限公司",
    market: "主战场",
    tier: "",
    revenue: 2_760_000,
    rep: "李娜",
    contacts: [
      c("冯波", "物流中心", "物流中心总经理", "权力者", "约会", "浅接触"),
      c("田甜", "质量部", "GSP主管", "接纳者", "伙伴", "多接触"),
    ],
  },
  {
    name: "南京金陵冷链物流有限公司",
    market: "主战场",
    tier: "",
    revenue: 1_900_000,
    rep: "王磊",
    contacts: [c("韩东", "运营部", "运营经理", "不满者", "认识", "浅接触")],
  },
  {
    name: "嘉兴禾丰食品有限公司",
    market: "主战场",
    tier: "",
    revenue: 860_000,
    rep: "李娜",
    contacts: [
      c("曹立新", "总经办", "总经理", "权力者", "认识", "不接触"),
      c("邵芳", "仓储部", "仓库经理", "接纳者", "约会", "浅接触"),
    ],
  },
  {
    name: "Meridian Cosmetics (Shanghai) Ltd.",
    market: "主战场",
    tier: "",
    revenue: 5_400_000,
    rep: "陈静",
    contacts: [
      c("Laura Bennett", "Supply Chain", "Supply Chain Director", "power", "partner", "frequent"),
      c("Kevin Xu", "Warehouse", "DC Manager", "dissatisfied", "ally", "deep"),
      c("Grace Lin", "Finance", "Finance Controller", "", "acquaintance", "light"),
    ],
  },
  {
    name: "常州远景新材料科技有限公司",
    market: "主战场",
    tier: "新客户",
    revenue: null,
    rep: "王磊",
    contacts: [c("葛伟", "仓储部", "仓储经理", "不满者", "认识", "浅接触")],
  },
  {
    name: "深圳湾岸电子科技有限公司",
    market: "副战场",
    tier: "",
    revenue: 6_100_000,
    rep: "赵强",
    contacts: [
      c("罗志勇", "运营中心", "COO", "权力者", "伙伴", "多接触"),
      c("邓小燕", "仓储物流部", "物流经理", "不满者", "同盟", "深接触"),
      c("蔡文", "IT部", "IT经理", "接纳者", "约会", "浅接触"),
    ],
  },
  {
    name: "广州岭南家居集团",
    market: "副战场",
    tier: "",
    revenue: 3_300_000,
    rep: "赵强",
    contacts: [
      c("梁国华", "供应链部", "供应链总监", "权力者", "约会", "浅接触"),
      c("陈嘉欣", "成品仓", "仓库主管", "不满者", "伙伴", "多接触"),
    ],
  },
  {
    name: "东莞精工五金制品厂",
    market: "副战场",
    tier: "",
    revenue: 1_250_000,
    rep: "赵强",
    contacts: [c("叶永康", "厂务", "厂长", "权力者", "伙伴", "深接触")],
  },
  {
    name: "佛山美居陶瓷有限公司",
    market: "副战场",
    tier: "",
    revenue: 2_150_000,
    rep: "赵强",
    contacts: [
      c("何振华", "总经办", "副总", "权力者", "认识", "浅接触"),
      c("黎敏", "物流部", "物流主管", "接纳者", "约会", "多接触"),
    ],
  },
  {
    name: "天津滨港物流有限公司",
    market: "副战场",
    tier: "",
    revenue: 4_800_000,
    rep: "刘洋",
    contacts: [
      c("张海涛", "运营部", "运营副总", "权力者", "伙伴", "多接触"),
      c("王颖", "仓储部", "仓储经理", "不满者", "伙伴", "深接触"),
      c("李俊", "信息中心", "信息中心主任", "接纳者", "约会", "浅接触"),
    ],
  },
  {
    name: "北京博睿图书发行有限公司",
    market: "副战场",
    tier: "",
    revenue: 1_600_000,
    rep: "刘洋",
    contacts: [c("高明", "物流部", "物流部经理", "不满者", "约会", "多接触")],
  },
  {
    name: "青岛蓝湾水产食品有限公司",
    market: "副战场",
    tier: "",
    revenue: 980_000,
    rep: "刘洋",
    contacts: [
      c("宋晓峰", "冷库", "冷库主管", "接纳者", "认识", "浅接触"),
      c("孔德明", "总经办", "总经理", "权力者", "认识", "不接触"),
    ],
  },
  {
    name: "台灣宏昇電子股份有限公司",
    market: "海外",
    tier: "",
    revenue: 5_900_000,
    rep: "林志明",
    contacts: [
      c("陳柏宇", "營運中心", "營運副總", "權力者", "夥伴", "多接觸"),
      c("黃淑芬", "倉儲課", "倉儲課長", "不滿者", "同盟", "深接觸"),
      c("吳冠廷", "資訊處", "資訊經理", "接納者", "約會", "淺接觸"),
    ],
  },
  {
    name: "新竹晶華半導體材料有限公司",
    market: "海外",
    tier: "",
    revenue: 2_400_000,
    rep: "林志明",
    contacts: [
      c("張家豪", "廠務部", "廠務經理", "不滿者", "夥伴", "多接觸"),
      c("李美玲", "採購部", "採購主任", "接納者", "認識", "淺接觸"),
    ],
  },
  {
    name: "香港恒泰國際物流有限公司",
    market: "海外",
    tier: "",
    revenue: 3_100_000,
    rep: "林志明",
    contacts: [
      c("鄭偉倫", "董事會", "董事總經理", "權力者", "認識", "淺接觸"),
      c("梁詠詩", "營運部", "營運經理", "不滿者/接納者", "夥伴", "深接觸"),
    ],
  },
  {
    name: "澳門濠江酒店管理集團",
    market: "海外",
    tier: "新客户",
    revenue: null,
    rep: "林志明",
    contacts: [c("何家俊", "採購部", "採購經理", "接納者", "認識", "淺接觸")],
  },
  {
    name: "Mekong Retail Group",
    market: "海外",
    tier: "",
    revenue: 4_200_000,
    rep: "Daniel Wong",
    contacts: [
      c("Nguyen Van Minh", "Logistics", "Head of Logistics", "power", "partner", "frequent"),
      c("Tran Thi Lan", "Distribution Center", "DC Manager", "dissatisfied", "ally", "deep"),
    ],
  },
  {
    name: "Siam Fresh Foods Co., Ltd.",
    market: "海外",
    tier: "",
    revenue: 1_450_000,
    rep: "Daniel Wong",
    contacts: [
      c("Somchai Prasert", "Operations", "Operations Director", "power", "acquaintance", "light"),
      c("Niran Chaiyo", "Cold Store", "Cold Store Supervisor", "receptive", "dating", "frequent"),
    ],
  },
  {
    name: "Nusantara Logistics",
    market: "海外",
    tier: "",
    revenue: 720_000,
    rep: "Daniel Wong",
    contacts: [
      c("Budi Santoso", "Warehouse", "Warehouse Manager", "dissatisfied", "dating", "light"),
    ],
  },
  {
    name: "Penang Precision Sdn Bhd",
    market: "海外",
    tier: "新客户",
    revenue: null,
    rep: "Daniel Wong",
    contacts: [
      c("Lim Wei Jie", "Plant", "Plant Manager", "power", "acquaintance", "light"),
      c("Aisha Rahman", "Materials", "Materials Planner", "receptive", "acquaintance", "none"),
    ],
  },
];
