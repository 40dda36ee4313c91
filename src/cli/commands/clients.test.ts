import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../core/i18n";
import type { CliContext } from "../context";
import { main } from "../main";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "advance-clients-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fakeCtx(lang: Lang = "en") {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { out: (s) => out.push(s), err: (s) => err.push(s), cwd: dir, lang };
  return { ctx, out, err };
}

async function run(args: string[], lang: Lang = "en") {
  const { ctx, out, err } = fakeCtx(lang);
  const code = await main(["clients", ...args], ctx);
  return { code, out: out.join("\n"), err: err.join("\n"), lines: out };
}

const csv = (rows: string[][]) =>
  rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n");

/** A client list as exported from a CRM: one row per contact, amounts with separators, a hand-set tier. */
const CLIENT_ROWS = [
  ["客户名称", "客户等级", "销售额", "联系人", "角色", "关系", "接触深度", "部门", "实施阶段"],
  ["杭州华联科技有限公司", "", "1,280,000", "王总", "权力者", "伙伴", "深接触", "总经办", "学习期"],
  ["杭州华联科技有限公司", "", "", "李工", "不满者/接纳者", "同盟", "多接触", "设备部", ""],
  ["萧山恒达机械股份有限公司", "", "56万", "陈经理", "接纳者", "认识", "浅接触", "采购部", ""],
  ["富阳新星包装", "A", "80,000", "", "", "", "", "", ""],
  ["ＡＣＭＥ Co., Ltd.", "", "300000", "Mei", "receptive", "dating", "frequent", "IT", ""],
  ["桐庐远山茶业", "", "", "", "", "", "", "", ""],
];

/** A visit log whose names differ from the list in width, suffix and spacing, plus one unknown client. */
const VISIT_ROWS = [
  ["日期", "客户名称", "拜访对象", "拜访内容", "客户反馈", "下一步计划", "结果"],
  ["2026-01-08", "杭州华联科技", "王总", "下午签约,首付30%", "", "安排实施", "成交"],
  ["2026-02-20", "杭州华联科技有限公司", "李工", "实施培训", "操作复杂", "下周再培训", "暂时中断"],
  ["2026-03-05", "杭州华联科技(集团)有限公司", "李工", "第二次培训", "还在适应", "", "暂时中断"],
  ["2026-01-12", "萧山恒达机械", "陈经理", "介绍产品", "有兴趣", "我下周发方案", "暂时中断"],
  ["2026-02-09", "萧山恒达机械", "陈经理", "送方案", "要和领导商量", "", "暂时中断"],
  ["2026-03-02", " 萧山恒达机械 ", "陈经理", "报价", "嫌贵,再比较", "", "没有成交"],
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
];

function writeCsvFixture(
  name: string,
  rows: string[][],
  encoding: "utf8-bom" | "gb18030" = "utf8-bom"
): string {
  const text = csv(rows);
  const bytes =
    encoding === "gb18030" ? iconv.encode(text, "gb18030") : Buffer.from("\ufeff" + text, "utf8");
  writeFileSync(join(dir, name), bytes);
  return name;
}

/** The same tables as .xlsx, with real date cells and a title row above the header, as people keep them. */
async function writeXlsxFixture(
  name: string,
  rows: string[][],
  dateColumn?: number
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  ws.addRow([]);
  rows.forEach((r, i) => {
    ws.addRow(
      r.map((c, j) => {
        if (i > 0 && j === dateColumn) {
          const [y, m, d] = c.split("-").map(Number);
          return new Date(Date.UTC(y, m - 1, d));
        }
        if (i > 0 && /^\d+$/.test(c)) return Number(c);
        return c === "" ? null : c;
      })
    );
  });
  await wb.xlsx.writeFile(join(dir, name));
  return name;
}

// The UTF-8 pair most tests read; other encodings and formats are written by their tests.
beforeAll(() => {
  writeCsvFixture("clients.csv", CLIENT_ROWS);
  writeCsvFixture("visits.csv", VISIT_ROWS);
});

const EXPECTED_JSON = [
  {
    client: "杭州华联科技有限公司",
    tier: "A",
    value: 1280000,
    visits: 3,
    lastVisit: "2026-03-05",
    nextVisit: "2026-03-19",
    overdueDays: 1,
    lastOutcome: "continuation",
    continuationStreak: 2,
    flags: ["overdue", "stalled", "learning-stage"],
  },
  {
    client: "萧山恒达机械股份有限公司",
    tier: "A",
    value: 560000,
    visits: 3,
    lastVisit: "2026-03-02",
    nextVisit: "2026-03-16",
    overdueDays: 4,
    lastOutcome: "no-sale",
    continuationStreak: 0,
    flags: ["overdue", "third-visit", "power-not-reached", "single-contact"],
  },
  {
    client: "富阳新星包装",
    tier: "A",
    value: 80000,
    visits: 0,
    lastVisit: null,
    nextVisit: "2026-03-20",
    overdueDays: 0,
    lastOutcome: null,
    continuationStreak: 0,
    flags: ["never-visited"],
  },
  {
    client: "ＡＣＭＥ Co., Ltd.",
    tier: "B",
    value: 300000,
    visits: 1,
    lastVisit: "2026-02-10",
    nextVisit: "2026-03-12",
    overdueDays: 8,
    lastOutcome: "advance",
    continuationStreak: 0,
    flags: ["overdue", "power-not-reached"],
  },
  {
    client: "桐庐远山茶业",
    tier: "C",
    value: null,
    visits: 0,
    lastVisit: null,
    nextVisit: "2026-03-20",
    overdueDays: 0,
    lastOutcome: null,
    continuationStreak: 0,
    flags: ["never-visited"],
  },
];

describe("advance clients --json", () => {
  it("prints one object per client, in list order, from CSV files", async () => {
    const r = await run([
      "clients.csv",
      "--visits",
      "visits.csv",
      "--as-of",
      "2026-03-20",
      "--json",
    ]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l))).toEqual(EXPECTED_JSON);
  });

  it("gives the same answer from XLSX files with date cells and a title row", async () => {
    const clients = await writeXlsxFixture("clients.xlsx", CLIENT_ROWS);
    const visits = await writeXlsxFixture("visits.xlsx", VISIT_ROWS, 0);
    const r = await run([clients, "--visits", visits, "--as-of", "2026-03-20", "--json"]);
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l))).toEqual(EXPECTED_JSON);
  });

  it("reads a GB18030 export the same way", async () => {
    const clients = writeCsvFixture("clients-gbk.csv", CLIENT_ROWS, "gb18030");
    const visits = writeCsvFixture("visits-gbk.csv", VISIT_ROWS, "gb18030");
    const r = await run([clients, "--visits", visits, "--as-of", "2026-03-20", "--json"]);
    expect(r.lines.map((l) => JSON.parse(l).client)).toEqual(EXPECTED_JSON.map((c) => c.client));
  });

  it("warns on stderr about a visit-log name that matches no client, with the matching rule", async () => {
    const r = await run([
      "clients.csv",
      "--visits",
      "visits.csv",
      "--as-of",
      "2026-03-20",
      "--json",
    ]);
    const warnings = r.err.split("\n");
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^advance: warning: 1 client name\(s\) in visits\.csv match no client in the list: "滨江数码" \(1 visit\(s\)\)\./
    );
    expect(warnings[0]).toContain("有限公司");
  });

  it("without a visit log, makes every client due now", async () => {
    const r = await run(["clients.csv", "--as-of", "2026-03-20", "--json"]);
    const rows = r.lines.map((l) => JSON.parse(l));
    expect(rows.map((c) => [c.tier, c.visits, c.nextVisit])).toEqual([
      ["A", 0, "2026-03-20"],
      ["A", 0, "2026-03-20"],
      ["A", 0, "2026-03-20"],
      ["B", 0, "2026-03-20"],
      ["C", 0, "2026-03-20"],
    ]);
    expect(r.err).toBe("");
  });

  it("ranks by the column named with --value-column", async () => {
    const list = writeCsvFixture("potential.csv", [
      ["Client", "Revenue", "Potential"],
      ["Acme", "900", "10"],
      ["Beta", "100", "500"],
      ["Gamma", "50", "490"],
    ]);
    const byRevenue = await run([list, "--as-of", "2026-03-20", "--json"]);
    expect(byRevenue.lines.map((l) => JSON.parse(l).tier)).toEqual(["A", "B", "C"]);
    const byPotential = await run([
      list,
      "--value-column",
      "potential",
      "--as-of",
      "2026-03-20",
      "--json",
    ]);
    expect(byPotential.lines.map((l) => JSON.parse(l).tier)).toEqual(["C", "A", "A"]);
  });

  it("reports unreadable cells as warnings and carries on", async () => {
    const list = writeCsvFixture("messy.csv", [
      ["Customer", "Sales", "Tier"],
      ["Acme", "about 5k", ""],
      ["Beta", "100", "VIP"],
    ]);
    const r = await run([list, "--as-of", "2026-03-20", "--json"]);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    expect(r.err).toContain('messy.csv: row 2, Sales: "about 5k" is not an amount');
    expect(r.err).toContain('messy.csv: row 3, Tier: "VIP" is not a tier');
  });
});

describe("advance clients (due list)", () => {
  it("prints the clients due within a week, by tier and lateness", async () => {
    const r = await run(["clients.csv", "--visits", "visits.csv", "--as-of", "2026-03-20"]);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe("Due by 2026-03-27: 5 of 5 clients, by tier, most overdue first");
    const order = lines.slice(3).map((l) => l.split(/\s{2,}/)[1]);
    expect(order).toEqual([
      "萧山恒达机械股份有限公司",
      "杭州华联科技有限公司",
      "富阳新星包装",
      "ＡＣＭＥ Co., Ltd.",
      "桐庐远山茶业",
    ]);
  });

  it("speaks the user's language", async () => {
    const r = await run(
      ["clients.csv", "--visits", "visits.csv", "--as-of", "2026-03-20"],
      "zh-Hant"
    );
    expect(r.out.split("\n")[0]).toContain("截至 2026-03-27 應拜訪");
    expect(r.out).toContain("逾期未訪");
    expect(r.err).toContain("警告");
  });

  it("says so when nobody is due", async () => {
    const list = writeCsvFixture("quiet.csv", [
      ["客户", "最后拜访"],
      ["Acme", "2026-03-19"],
    ]);
    const r = await run([list, "--as-of", "2026-03-20"]);
    expect(r.out).toBe("No client is due by 2026-03-27 (1 clients).");
  });
});

describe("advance clients --out", () => {
  it("writes the Clients table as CSV with ISO dates", async () => {
    const r = await run([
      "clients.csv",
      "--visits",
      "visits.csv",
      "--as-of",
      "2026-03-20",
      "--out",
      "out.csv",
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, "out.csv"), "utf8");
    const lines = text
      .replace(/^\ufeff/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(
      "Client,Tier,Value,Visits this year,Last visit,Next visit,Days overdue,Last outcome,Continuations in a row,Flags"
    );
    expect(lines[1]).toBe(
      '杭州华联科技有限公司,A,1280000,3,2026-03-05,2026-03-19,1,Continuation,2,"Overdue, Continuations in a row, Learning stage: stay close"'
    );
    expect(lines).toHaveLength(6);
  });

  it("writes the Clients table as XLSX with date cells", async () => {
    const r = await run(
      ["clients.csv", "--visits", "visits.csv", "--as-of", "2026-03-20", "--out", "out.xlsx"],
      "zh-Hans"
    );
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out.xlsx"));
    const ws = wb.getWorksheet("Clients")!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      "客户",
      "等级",
      "金额",
      "本年拜访次数",
      "最后拜访",
      "下次拜访",
      "逾期天数",
      "最近结果",
      "连续暂时中断",
      "提示",
    ]);
    expect(ws.getCell("A2").value).toBe("杭州华联科技有限公司");
    expect((ws.getCell("F2").value as Date).toISOString().slice(0, 10)).toBe("2026-03-19");
    expect(ws.getCell("F2").numFmt).toBe("yyyy-mm-dd");
  });
});

describe("advance clients refuses mistakes in one line", () => {
  it.each([
    [["--json"], "clients needs one CLIENTS_FILE"],
    [["clients.csv", "--json", "--out", "x.csv"], "use --json or --out, not both."],
    [["clients.csv", "--as-of", "20/03/2026"], '--as-of "20/03/2026" is not a date'],
    [["clients.csv", "--out", "x.pdf"], "unsupported file type"],
    [["clients.csv", "--out", "clients.csv"], "--out must differ from the input file"],
    [["nope.csv"], "no such file"],
    [["clients.csv", "--value-column", "利润"], 'no column named "利润"'],
    [["clients.csv", "--visits", "clients.csv"], "the visit log needs a date column"],
    [["clients.csv", "--bogus"], "Unknown option '--bogus'"],
  ])("%p", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(message);
  });

  it("refuses a list without a client column", async () => {
    const list = writeCsvFixture("noclient.csv", [["销售额"], ["100"]]);
    const r = await run([list]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("noclient.csv: no client-name column found");
  });

  it("prints usage with --help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Usage: advance clients CLIENTS_FILE");
  });
});
