import { isoDate, parseIsoDate } from "../calendar";
import { describeIssue } from "../i18n";
import {
  analyzeClients,
  buildClientsPlan,
  dueList,
  readClientTable,
  readVisitTable,
  type CellInput,
  type ClientStatus,
  type OutcomeClassifier,
} from ".";
import { isDateCell } from "../sheet/plan";

const d = (iso: string) => parseIsoDate(iso)!;
const asOf = d("2026-03-20");

/** A client list as reps keep it: one row per contact, values only on the first row, mixed spellings. */
const CLIENT_HEADERS = [
  "客户名称",
  "客户等级",
  "销售额",
  "联系人",
  "角色",
  "关系",
  "接触深度",
  "部门",
  "实施阶段",
  "我的备注",
];
const CLIENT_ROWS: CellInput[][] = [
  [
    "杭州华联科技有限公司",
    "",
    "1,280,000",
    "王总",
    "权力者",
    "伙伴",
    "深接触",
    "总经办",
    "学习期",
    "重点",
  ],
  ["杭州华联科技有限公司", "", "", "李工", "不满者/接纳者", "同盟", "多接触", "设备部", "", ""],
  ["萧山恒达机械股份有限公司", "", "56万", "陈经理", "接纳者", "认识", "浅接触", "采购部", "", ""],
  ["富阳新星包装", "A", "80,000", "", "", "", "", "", "", "老板是战略客户"],
  ["ＡＣＭＥ Co., Ltd.", "", "300000", "Mei", "receptive", "dating", "frequent", "IT", "", ""],
  ["桐庐远山茶业", "", "", "", "", "", "", "", "", "还没报价"],
  ["临安云峰电子", "新客户", "", "", "", "", "", "", "", ""],
  ["", "", "", "", "", "", "", "", "", ""],
];

const VISIT_HEADERS = [
  "日期",
  "客户名称",
  "拜访对象",
  "拜访内容",
  "客户反馈",
  "下一步计划",
  "结果",
];
const VISIT_ROWS: CellInput[][] = [
  ["2026-01-08", "杭州华联科技", "王总", "下午签约,首付30%", "", "安排实施", "成交"],
  [
    "2026-02-20",
    "杭州华联科技有限公司",
    "李工",
    "实施培训,使用中遇到问题",
    "操作复杂",
    "下周再培训",
    "",
  ],
  ["2026-03-05", "杭州华联科技(集团)有限公司", "李工", "第二次培训", "还在适应", "", ""],
  ["2026-01-12", "萧山恒达机械", "陈经理", "介绍产品", "有兴趣", "我下周发方案", ""],
  ["2026-02-09", "萧山恒达机械", "陈经理", "送方案", "要和领导商量", "", ""],
  ["2026-03-02", "萧山恒达机械", "陈经理", "报价", "嫌贵,再比较", "", ""],
  [
    "2026-02-10",
    "ＡＣＭＥ Ｌｔｄ．",
    "Mei",
    "Demo went well",
    "",
    "Trial on Monday 10am",
    "advance",
  ],
  ["2026-03-10", "滨江数码", "赵总", "初次拜访", "", "", ""],
  ["2026-03-25", "富阳新星包装", "", "约好的拜访", "", "", ""],
];

/** A stand-in for the visit classifier: enough to show where its answers go. */
const classify: OutcomeClassifier = (cells) =>
  cells.join(" ").includes("签约") ? "order" : "continuation";

function run() {
  const clients = readClientTable(CLIENT_HEADERS, CLIENT_ROWS);
  const visits = readVisitTable(VISIT_HEADERS, VISIT_ROWS);
  if (!clients.ok || !visits.ok) throw new Error("fixture does not read");
  return analyzeClients(clients.value.records, visits.value.records, { asOf, classify });
}

const byName = (clients: readonly ClientStatus[], name: string) =>
  clients.find((c) => c.client.startsWith(name))!;

describe("analyzeClients on a realistic list and log", () => {
  const report = run();

  it("keeps one client per name, in list order, however many contact rows it has", () => {
    expect(report.clients.map((c) => c.client)).toEqual([
      "杭州华联科技有限公司",
      "萧山恒达机械股份有限公司",
      "富阳新星包装",
      "ＡＣＭＥ Co., Ltd.",
      "桐庐远山茶业",
      "临安云峰电子",
    ]);
  });

  it("ranks by value, keeps the hand-set tier and marks new clients", () => {
    // Values 1,280,000 / 560,000 / 80,000 / 300,000 of 2,220,000: 0%, 57.7% → A, A; 300,000 starts at 82.9% → B; 80,000 at 96.4% → C.
    expect(report.clients.map((c) => [c.tier, c.rankedTier, c.tierOverridden])).toEqual([
      ["A", "A", false],
      ["A", "A", false],
      ["A", "C", true],
      ["B", "B", false],
      ["C", "C", false],
      ["new", "C", true],
    ]);
  });

  it("joins visits across width, spacing and suffix differences and lists the unknown name", () => {
    expect(report.clients.map((c) => c.visits)).toEqual([3, 3, 0, 1, 0, 0]);
    expect(report.unmatched).toEqual([{ name: "滨江数码", visits: 1 }]);
    expect(report.futureVisits).toBe(1);
  });

  it("works out next visit and lateness from the tier's cadence", () => {
    const rows = report.clients.map((c) => [
      c.lastVisit && isoDate(c.lastVisit),
      isoDate(c.nextVisit),
      c.overdueDays,
    ]);
    expect(rows).toEqual([
      ["2026-03-05", "2026-03-19", 1], // A: 14 days
      ["2026-03-02", "2026-03-16", 4], // A
      [undefined, "2026-03-20", 0], // never visited (the 03-25 visit is after the as-of day): due now
      ["2026-02-10", "2026-03-12", 8], // B: 30 days
      [undefined, "2026-03-20", 0],
      [undefined, "2026-03-20", 0],
    ]);
  });

  it("reads outcomes from the outcome column first and from the notes otherwise", () => {
    const hualian = byName(report.clients, "杭州华联");
    expect(hualian.lastOutcome).toBe("continuation");
    expect(hualian.continuationStreak).toBe(2);
    expect(byName(report.clients, "ＡＣＭＥ").lastOutcome).toBe("advance");
  });

  it("raises the flags each client calls for", () => {
    expect(report.clients.map((c) => c.flags)).toEqual([
      ["overdue", "stalled", "learning-stage"],
      ["overdue", "third-visit", "stalled", "power-not-reached", "single-contact"],
      ["never-visited"],
      ["overdue", "power-not-reached"],
      ["never-visited"],
      ["never-visited"],
    ]);
  });

  it("covers the people chain per account", () => {
    const hualian = byName(report.clients, "杭州华联").coverage!;
    expect(hualian).toMatchObject({
      missing: [],
      powerReached: true,
      allyPresent: true,
      scope: "company",
    });
    const hengda = byName(report.clients, "萧山恒达").coverage!;
    expect(hengda).toMatchObject({
      missing: ["dissatisfied", "power"],
      powerReached: false,
      scope: "individual",
    });
    expect(byName(report.clients, "桐庐").coverage).toBeUndefined();
  });

  it("reports list rows written differently but read as one client", () => {
    const r = analyzeClients(
      [{ name: "ACME Inc." }, { name: "Acme Ltd" }, { name: "ACME Inc." }],
      [],
      { asOf }
    );
    expect(r.clients).toHaveLength(1);
    expect(r.merged).toEqual([{ names: ["ACME Inc.", "Acme Ltd"] }]);
  });

  it("uses a last visit kept in the client list when the log has none later", () => {
    const r = analyzeClients([{ name: "桐庐远山茶业", lastVisit: d("2026-01-02") }], [], { asOf });
    expect(isoDate(r.clients[0].nextVisit)).toBe("2026-04-02");
    expect(r.clients[0].flags).toEqual([]);
  });
});

describe("dueList", () => {
  const report = run();

  it("lists clients due by the as-of day by tier, then by lateness", () => {
    expect(dueList(report).map((c) => c.client)).toEqual([
      "萧山恒达机械股份有限公司", // A, 4 days late
      "杭州华联科技有限公司", // A, 1 day late
      "富阳新星包装", // A, due today
      "ＡＣＭＥ Co., Ltd.", // B
      "桐庐远山茶业", // C
      "临安云峰电子", // new
    ]);
  });

  it("looks ahead when asked", () => {
    const later = analyzeClients(
      [
        { name: "A1", value: 10 },
        { name: "B1", value: 1, tierOverride: "B" },
      ],
      [
        { client: "A1", date: d("2026-03-10") },
        { client: "B1", date: d("2026-03-01") },
      ],
      { asOf }
    );
    expect(dueList(later).map((c) => c.client)).toEqual([]);
    expect(dueList(later, 7).map((c) => c.client)).toEqual(["A1"]);
    expect(dueList(later, 14).map((c) => c.client)).toEqual(["A1", "B1"]);
  });
});

describe("readClientTable", () => {
  it("warns about unreadable cells with their row and keeps going", () => {
    const r = readClientTable(
      ["Client", "Revenue", "Tier", "Role"],
      [
        ["Acme", "about 5000", "VIP", "buyer"],
        ["", "100", "", ""],
        ["Beta", "200", "B", "power"],
      ]
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.records.map((x) => x.name)).toEqual(["Acme", "Beta"]);
    expect(r.value.rows).toEqual([0, 2]);
    expect(r.value.warnings.map((w) => [w.code, w.params?.row])).toEqual([
      ["clients.badValueAt", 2],
      ["clients.unknownRoleAt", 2],
      ["clients.unknownTierAt", 2],
      ["clients.blankClient", 3],
    ]);
    expect(describeIssue(r.value.warnings[0], "en")).toBe(
      'row 2, Revenue: "about 5000" is not an amount; the client is ranked as having no value.'
    );
  });

  it("ranks by the column asked for", () => {
    const r = readClientTable(["Client", "Revenue", "Potential"], [["Acme", "5", "900"]], {
      valueColumn: 2,
    });
    expect(r.ok && r.value.records[0].value).toBe(900);
  });

  it("falls back to potential when there is no revenue column", () => {
    const r = readClientTable(["客户", "潜力"], [["Acme", "900"]]);
    expect(r.ok && r.value.records[0].value).toBe(900);
  });

  it("refuses a list without a client column, naming the headers", () => {
    const r = readClientTable(["销售额", "区域"], []);
    expect(!r.ok && describeIssue(r.issue, "zh-Hans")).toContain("销售额, 区域");
  });
});

describe("readVisitTable", () => {
  it("needs a date and a client column", () => {
    const r = readVisitTable(["客户", "拜访内容"], []);
    expect(!r.ok && r.issue.code).toBe("clients.visitColumnsMissing");
  });

  it("reads outcomes in any language and warns about unknown ones", () => {
    const r = readVisitTable(
      ["Date", "Client", "Outcome"],
      [
        ["2026-03-01", "Acme", "晉級"],
        ["2026-03-02", "Acme", "maybe"],
        ["not a date", "Acme", ""],
      ]
    );
    expect(r.ok && r.value.records.map((v) => v.outcome)).toEqual([
      "advance",
      undefined,
      undefined,
    ]);
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual([
      "clients.unknownOutcomeAt",
      "clients.badDateAt",
    ]);
  });
});

describe("buildClientsPlan", () => {
  const report = run();

  it("writes tblClients on the Clients sheet with one row per client", () => {
    const plan = buildClientsPlan(report.clients, "en");
    const [table] = plan.tables;
    expect(table.name).toBe("tblClients");
    expect(table.sheet).toBe("Clients");
    expect(table.columns.map((c) => c.header)).toEqual([
      "Client",
      "Tier",
      "Value",
      "Visits this year",
      "Last visit",
      "Next visit",
      "Days overdue",
      "Last outcome",
      "Continuations in a row",
      "Flags",
    ]);
    expect(table.rows).toHaveLength(report.clients.length);
    expect(table.rows.every((r) => r.length === table.columns.length)).toBe(true);
  });

  it("writes dates as date cells with an ISO format and blanks for unknown dates", () => {
    const [table] = buildClientsPlan(report.clients, "en").tables;
    expect(table.columns[4].numberFormat).toBe("yyyy-mm-dd");
    expect(table.columns[5].numberFormat).toBe("yyyy-mm-dd");
    const [first] = table.rows;
    expect(isDateCell(first[4]) && isoDate(first[4].date)).toBe("2026-03-05");
    expect(table.rows[2][4]).toBeNull();
  });

  it.each([
    ["zh-Hans", "客户", "新客户", "连续暂时中断"],
    ["zh-Hant", "客戶", "新客戶", "連續暫時中斷"],
  ] as const)("writes headers and labels in %s", (lang, header, newTier, outcomeLabel) => {
    const [table] = buildClientsPlan(report.clients, lang).tables;
    expect(table.columns[0].header).toBe(header);
    expect(table.rows[5][1]).toBe(newTier);
    expect(table.columns[8].header).toBe(outcomeLabel);
    expect(String(table.rows[0][9])).toContain("、");
  });
});
