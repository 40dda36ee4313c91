/**
 * Which header names mean which field, for the two tables users bring: a client list
 * and a visit log. Names are compared after normalizeHeader (width, case, spaces and
 * punctuation do not matter), so each spelling is listed once per script.
 *
 * `names` match the whole header or a part of a longer header ("客户名称(全称)",
 * "Client name (legal)"); `exact` names match only the whole header, because they
 * are too generic to look for inside others: "销售" alone is the salesperson column,
 * but inside "销售额" it means revenue; "client" alone is the client, but not inside
 * "client tier".
 */
export interface FieldSchema<F extends string = string> {
  readonly field: F;
  readonly names: readonly string[];
  readonly exact?: readonly string[];
  /** The table is unusable without this field. */
  readonly required?: boolean;
}

const CLIENT = {
  names: [
    "客户名称",
    "客戶名稱",
    "客户名",
    "客戶名",
    "客户全称",
    "客戶全稱",
    "公司名称",
    "公司名稱",
    "client name",
    "customer name",
    "account name",
    "company name",
  ],
  exact: [
    "客户",
    "客戶",
    "公司",
    "名称",
    "名稱",
    "client",
    "customer",
    "account",
    "company",
    "name",
  ],
} as const;

const REP = {
  names: [
    "业务员",
    "業務員",
    "销售代表",
    "銷售代表",
    "销售人员",
    "銷售人員",
    "负责人",
    "負責人",
    "客户经理",
    "客戶經理",
    "sales rep",
    "account manager",
    "salesperson",
  ],
  exact: ["销售", "銷售", "业务", "業務", "rep", "owner"],
} as const;

export type ClientField =
  | "client"
  | "tier"
  | "value"
  | "potential"
  | "region"
  | "contact"
  | "role"
  | "relationship"
  | "depth"
  | "department"
  | "lastVisit"
  | "rep"
  | "stage";

export const CLIENT_FIELDS: readonly FieldSchema<ClientField>[] = [
  { field: "client", ...CLIENT, required: true },
  {
    field: "tier",
    names: [
      "客户等级",
      "客戶等級",
      "客户级别",
      "客戶級別",
      "客户分级",
      "客戶分級",
      "客户分类",
      "客戶分類",
      "abc分类",
      "abc分類",
      "client tier",
      "customer tier",
      "tier",
    ],
    exact: [
      "等级",
      "等級",
      "级别",
      "級別",
      "分级",
      "分級",
      "分类",
      "分類",
      "abc",
      "level",
      "class",
      "grade",
    ],
  },
  {
    field: "value",
    names: [
      "销售额",
      "銷售額",
      "营业额",
      "營業額",
      "成交额",
      "成交額",
      "销售金额",
      "銷售金額",
      "金额",
      "金額",
      "收入",
      "revenue",
      "sales amount",
      "turnover",
      "amount",
    ],
    exact: ["sales"],
  },
  { field: "potential", names: ["潜力", "潛力", "潜在销售额", "潛在銷售額", "potential"] },
  {
    field: "region",
    names: ["区域", "區域", "地区", "地區", "片区", "片區", "region", "territory"],
    exact: ["市场", "市場", "area", "market"],
  },
  {
    field: "contact",
    names: [
      "联系人",
      "聯繫人",
      "聯絡人",
      "联络人",
      "對接人",
      "对接人",
      "contact person",
      "contact name",
    ],
    exact: ["contact", "姓名"],
  },
  { field: "role", names: ["买方角色", "買方角色", "角色", "buyer role", "role"] },
  {
    field: "relationship",
    names: [
      "关系级别",
      "關係級別",
      "关系等级",
      "關係等級",
      "关系",
      "關係",
      "relationship level",
      "relationship",
    ],
  },
  {
    field: "depth",
    names: ["接触深度", "接觸深度", "接触程度", "接觸程度", "contact depth", "depth"],
    exact: ["接触", "接觸"],
  },
  { field: "department", names: ["部门", "部門", "department"], exact: ["dept"] },
  {
    field: "lastVisit",
    names: [
      "最后拜访",
      "最後拜訪",
      "最近拜访",
      "最近拜訪",
      "上次拜访",
      "上次拜訪",
      "last visit",
      "last visited",
      "last contact",
    ],
  },
  { field: "rep", ...REP },
  {
    field: "stage",
    names: ["实施阶段", "實施階段", "implementation stage"],
    exact: ["阶段", "階段", "stage"],
  },
];

export type VisitField =
  "date" | "client" | "contact" | "notes" | "feedback" | "nextStep" | "rep" | "outcome";

export const VISIT_FIELDS: readonly FieldSchema<VisitField>[] = [
  {
    field: "date",
    names: ["拜访日期", "拜訪日期", "日期", "visit date"],
    exact: ["时间", "時間", "date", "day"],
    required: true,
  },
  { field: "client", ...CLIENT, required: true },
  {
    field: "contact",
    names: ["拜访对象", "拜訪對象", "联系人", "聯繫人", "聯絡人", "contact person", "met with"],
    exact: ["contact", "对象", "對象"],
  },
  {
    field: "notes",
    names: [
      "拜访内容",
      "拜訪內容",
      "拜访记录",
      "拜訪記錄",
      "沟通内容",
      "溝通內容",
      "拜访纪要",
      "拜訪紀要",
      "visit notes",
      "notes",
      "note",
    ],
    exact: ["内容", "內容", "记录", "記錄", "备注", "備註", "text", "description", "summary"],
  },
  {
    field: "feedback",
    names: ["客户反馈", "客戶反饋", "客戶回饋", "反馈", "反饋", "回饋", "feedback"],
    exact: ["response"],
  },
  {
    field: "nextStep",
    names: [
      "下一步计划",
      "下一步計劃",
      "下一步",
      "后续计划",
      "後續計劃",
      "next step",
      "next steps",
      "follow up",
    ],
  },
  { field: "rep", ...REP },
  {
    field: "outcome",
    names: ["拜访结果", "拜訪結果", "结果", "結果", "visit outcome", "outcome"],
    exact: ["result"],
  },
];
