import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../core/i18n";
import type { CliContext } from "../context";
import { main } from "../main";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "advance-deals-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[], lang: Lang = "en") {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { out: (s) => out.push(s), err: (s) => err.push(s), cwd: dir, lang };
  const code = await main(args, ctx);
  return { code, out, err: err.join("\n") };
}

/**
 * A deal log as reps keep it: notes and the customer's feedback in separate columns, in
 * Simplified, Traditional and English, one row whose notes were never filled in.
 */
const DEAL_LOG = [
  ["日期", "客户名称", "拜访内容", "客户反馈", "下一步计划"],
  ["2026-03-02", "杭州华联科技", "客户正在比较三家供应商的演示。", "嫌我们贵,另一家便宜两成。", ""],
  ["2026-03-05", "萧山恒达机械", "仓库上个月因为盘点不准丢了两个大单,总经理很恼火。", "", ""],
  [
    "2026-03-09",
    "ACME Co.",
    "Procurement asked for our best and final offer; they want 8% off.",
    "I have to take this to my boss; he decides.",
    "",
  ],
  ["2026-03-10", "滨江数码", "", "", ""],
  [
    "2026-03-12",
    "台北遠山",
    "客戶擔心系統上線失敗會影響生產。",
    "這件事要等董事長回來再決定。",
    "",
  ],
];

const csv = (rows: string[][]) =>
  rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n");

function writeCsvFixture(
  directory: string,
  name: string,
  encoding: "utf8" | "utf8-bom" | "gb18030"
): string {
  const text = csv(DEAL_LOG);
  const bytes =
    encoding === "gb18030"
      ? iconv.encode(text, "gb18030")
      : Buffer.from((encoding === "utf8-bom" ? "\ufeff" : "") + text, "utf8");
  writeFileSync(join(directory, name), bytes);
  return name;
}

/** The log as .xlsx, a blank row above the headers and a second sheet that must survive. */
async function writeXlsxFixture(directory: string, name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("商机");
  ws.addRow([]);
  DEAL_LOG.forEach((r) => ws.addRow(r.map((c) => (c === "" ? null : c))));
  wb.addWorksheet("备注").addRow(["keep me"]);
  await wb.xlsx.writeFile(join(directory, name));
  return name;
}

const lines = (out: string[]) => out.map((l) => JSON.parse(l) as Record<string, unknown>);
// Row 1's notes alone show the solution stage; its feedback haggles over our price: cost.
const STAGES_EXPECTED = ["cost", "pain", "cost", null, "risk"];

describe("advance stage", () => {
  it.each(["utf8", "utf8-bom", "gb18030"] as const)(
    "names the stage of every row of a %s CSV with --json",
    async (encoding) => {
      const file = writeCsvFixture(dir, `log-${encoding}.csv`, encoding);
      const { code, out, err } = await run(["stage", file, "--json"]);
      expect([code, err]).toEqual([0, ""]);
      const got = lines(out);
      expect(got.map((l) => l.row)).toEqual([1, 2, 3, 4, 5]);
      expect(got.map((l) => l.stage)).toEqual(STAGES_EXPECTED);
    }
  );

  it("explains each answer with the rule in words and the evidence quoted", async () => {
    const file = writeCsvFixture(dir, "why.csv", "utf8-bom");
    const got = lines((await run(["stage", file, "--json"])).out);
    expect(got[1]).toEqual({
      row: 2,
      stage: "pain",
      why: 'The problem hurts: complaints, or a boss who is upset about it. Evidence: "仓库上个月因为盘点不准丢了两个大单,总经理很恼火。"',
    });
    expect(got[3]).toEqual({
      row: 4,
      stage: null,
      error: "The note is empty or says nothing to classify.",
    });
  });

  it("quotes a one-cell note as written, without a stop it does not have", async () => {
    writeFileSync(join(dir, "bare.csv"), "Notes\r\nThey asked for our best and final offer\r\n");
    const got = lines((await run(["stage", "bare.csv", "--json"])).out);
    expect(got[0].why).toMatch(/Evidence: "They asked for our best and final offer"$/);
  });

  it("explains in the language of the system", async () => {
    const file = writeCsvFixture(dir, "hant.csv", "utf8-bom");
    const got = lines((await run(["stage", file, "--json"], "zh-Hant")).out);
    expect(got[4].why).toMatch(/依據:「客戶擔心系統上線失敗會影響生產。」$/);
    expect(got[3].error).toBe("紀錄為空,或沒有可判斷的內容。");
  });

  it("reads .xlsx with a blank row above the headers, like the CSV", async () => {
    const file = await writeXlsxFixture(dir, "log.xlsx");
    const { code, out } = await run(["stage", file, "--json"]);
    expect(code).toBe(0);
    expect(lines(out).map((l) => l.stage)).toEqual(STAGES_EXPECTED);
  });

  it("writes a copy of an .xlsx file with a stage column, keeping the rest of the workbook", async () => {
    const file = await writeXlsxFixture(dir, "copy.xlsx");
    const before = readFileSync(join(dir, file));
    const { code, err } = await run([
      "stage",
      file,
      "--out",
      "copy-out.xlsx",
      "--language",
      "zh-Hans",
    ]);
    expect(code).toBe(0);
    expect(err).toBe("copy-out.xlsx: 4 of 5 rows classified");
    expect(readFileSync(join(dir, file))).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "copy-out.xlsx"));
    const ws = wb.getWorksheet("商机")!;
    const column = [2, 3, 4, 5, 6, 7].map((r) => ws.getCell(r, 6).value);
    expect(column).toEqual(["采购阶段", "成本", "痛苦", "成本", null, "风险"]);
    expect(wb.getWorksheet("备注")!.getCell(1, 1).value).toBe("keep me");
  });

  it("writes FILE.stages.csv beside a CSV when no output is named", async () => {
    const file = writeCsvFixture(dir, "plain.csv", "gb18030");
    const { code } = await run(["stage", file, "--language", "zh-Hant"]);
    expect(code).toBe(0);
    const text = readFileSync(join(dir, "plain.stages.csv"), "utf8");
    const rows = text
      .replace(/^\ufeff/, "")
      .split(/\r?\n/)
      .filter(Boolean);
    expect(rows[0].split(",").pop()).toBe("採購階段");
    expect(rows.slice(1).map((r) => r.split(",").pop())).toEqual([
      "成本",
      "痛苦",
      "成本",
      "",
      "風險",
    ]);
  });

  it("reads only the column named by --column", async () => {
    const file = writeCsvFixture(dir, "column.csv", "utf8");
    const got = lines((await run(["stage", file, "--column", "拜访内容", "--json"])).out);
    // Without the feedback, row 1 is back at comparing vendors' demos.
    expect(got.map((l) => l.stage)).toEqual(["solution", "pain", "cost", null, "risk"]);
  });

  it.each([
    [
      ["--column", "Remarks", "--json"],
      /no column named "Remarks"; the headers are: 日期, 客户名称/,
    ],
    [["--json", "--out", "x.csv"], /choose either --json or --out/],
    [["--out", "x.docx"], /x.docx: unsupported file type/],
  ])("refuses %j with one line and status 2", async (extra, message) => {
    const file = writeCsvFixture(dir, "refuse.csv", "utf8");
    const { code, out, err } = await run(["stage", file, ...extra]);
    expect([code, out]).toEqual([2, []]);
    expect(err).toMatch(message);
    expect(err.split("\n")).toHaveLength(1);
  });

  it("says so when no column holds notes", async () => {
    writeFileSync(join(dir, "no-notes.csv"), "客户名称,金额\r\n华联,100\r\n");
    const { code, err } = await run(["stage", "no-notes.csv", "--json"]);
    expect(code).toBe(2);
    expect(err).toMatch(/could not find the notes column.*Headers: 客户名称, 金额/);
  });

  it("is listed by advance --help, and shows its usage", async () => {
    expect((await run(["--help"])).out.join("\n")).toMatch(
      /\n {2}stage +name the customer's buying stage/
    );
    const { code, out } = await run(["stage", "--help"]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Usage: advance stage FILE/);
    expect(existsSync(join(dir, "--help"))).toBe(false);
  });
});

describe("advance objection", () => {
  it.each(["utf8-bom", "gb18030"] as const)(
    "names the objection of every row of a %s CSV, notes and feedback read together",
    async (encoding) => {
      const file = writeCsvFixture(dir, `objections-${encoding}.csv`, encoding);
      const { code, out } = await run(["objection", file, "--json"]);
      expect(code).toBe(0);
      expect(lines(out).map((l) => [l.row, l.objection])).toEqual([
        [1, "price"],
        [2, "none"],
        // Two reasons, none marked decisive: the first stated (the 8% off) counts.
        [3, "price"],
        [4, null],
        [5, "authority"],
      ]);
    }
  );

  it("explains each answer with the rule in words and the evidence quoted", async () => {
    const file = writeCsvFixture(dir, "objection-why.csv", "utf8");
    const got = lines((await run(["objection", file, "--json"], "zh-Hans")).out);
    expect(got[0]).toEqual({
      row: 1,
      objection: "price",
      why: expect.stringMatching(/依据:“嫌我们贵,另一家便宜两成。”$/),
    });
    expect(got[3]).toEqual({ row: 4, objection: null, error: "记录为空,或没有可判断的内容。" });
  });

  it("reads only the notes column when told, where row 1 voices no reason", async () => {
    const file = writeCsvFixture(dir, "objection-column.csv", "utf8");
    const got = lines((await run(["objection", file, "--column", "拜访内容", "--json"])).out);
    expect(got[0].objection).toBe("none");
  });

  it("writes FILE.objections.xlsx with the labels in the language asked for", async () => {
    const file = await writeXlsxFixture(dir, "objections.xlsx");
    const { code, err } = await run(["objection", file, "--language", "zh-Hant"]);
    expect([code, err]).toEqual([0, "objections.objections.xlsx: 4 of 5 rows classified"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "objections.objections.xlsx"));
    const ws = wb.getWorksheet("商机")!;
    expect([2, 3, 4, 5, 6, 7].map((r) => ws.getCell(r, 6).value)).toEqual([
      "異議",
      "價格",
      "無異議",
      "價格",
      null,
      "決策權",
    ]);
  });

  it("is listed by advance --help", async () => {
    expect((await run(["--help"])).out.join("\n")).toMatch(/\n {2}objection +name the objection/);
  });
});
