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
  dir = mkdtempSync(join(tmpdir(), "advance-classify-"));
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
 * A visit log as reps keep it: notes, the customer's feedback and the next step in
 * separate columns, in Simplified, Traditional and English; one row never filled in, and
 * one note that starts with "=" as if it were a formula.
 */
const FORMULA_NOTE = "=拜访王总,介绍了产品。";
const VISIT_LOG = [
  ["日期", "客户名称", "拜访内容", "客户反馈", "下一步计划"],
  ["2026-03-02", "杭州华联科技", "演示效果很好。", "客户同意下周二上午10点安排试用。", ""],
  ["2026-03-05", "萧山恒达机械", "报价后跟进。", "客户已经和别家签了合同,不用再来了。", ""],
  ["2026-03-09", "ACME Co.", "Signed the purchase order for 200 licences today.", "", ""],
  ["2026-03-10", "滨江数码", "", "", ""],
  ["2026-03-12", "台北遠山", "拜訪陳經理,介紹新系統。", "客戶說要和老闆商量。", "下次再約。"],
  ["2026-03-13", "富阳新星包装", FORMULA_NOTE, "对方说再考虑考虑。", ""],
];
const EXPECTED = ["advance", "no-sale", "order", null, "continuation", "continuation"];

const csv = (rows: string[][]) =>
  rows
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n");

function writeCsvFixture(name: string, encoding: "utf8" | "utf8-bom" | "gb18030"): string {
  const text = csv(VISIT_LOG);
  const bytes =
    encoding === "gb18030"
      ? iconv.encode(text, "gb18030")
      : Buffer.from((encoding === "utf8-bom" ? "\ufeff" : "") + text, "utf8");
  writeFileSync(join(dir, name), bytes);
  return name;
}

/** The log as .xlsx, a blank row above the headers and a second sheet that must survive. */
async function writeXlsxFixture(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("拜访记录");
  ws.addRow([]);
  VISIT_LOG.forEach((r) => ws.addRow(r.map((c) => (c === "" ? null : c))));
  wb.addWorksheet("备注").addRow(["keep me"]);
  await wb.xlsx.writeFile(join(dir, name));
  return name;
}

const lines = (out: string[]) => out.map((l) => JSON.parse(l) as Record<string, unknown>);

/** A CSV copy's rows as cells (the fixture's cells hold no quotes, commas or line breaks but the ones csv() quotes). */
function readCsvCopy(name: string): string[][] {
  const text = readFileSync(join(dir, name), "utf8").replace(/^\ufeff/, "");
  return text
    .split(/\r?\n/)
    .filter(Boolean)
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]))
    .map((cells) => cells.slice(0, -1).map((c) => c.replace(/^"|"$/g, "").replace(/""/g, '"')));
}

describe("advance classify", () => {
  it.each(["utf8", "utf8-bom", "gb18030"] as const)(
    "gives every row of a %s CSV its outcome with --json, in input order",
    async (encoding) => {
      const file = writeCsvFixture(`log-${encoding}.csv`, encoding);
      const { code, out, err } = await run(["classify", file, "--json"]);
      expect([code, err]).toEqual([0, ""]);
      const got = lines(out);
      expect(got.map((l) => l.row)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(got.map((l) => l.outcome)).toEqual(EXPECTED);
    }
  );

  it("explains each outcome with the rule and the evidence, and says why a row has none", async () => {
    const file = writeCsvFixture("why.csv", "utf8-bom");
    const got = lines((await run(["classify", file, "--json"])).out);
    expect(got[0]).toEqual({
      row: 1,
      outcome: "advance",
      why: expect.stringMatching(/^Advance: .*trial.*\(“.*试用”\)\.$/),
    });
    expect(Object.keys(got[2])).toEqual(["row", "outcome", "why"]);
    expect(got[3]).toEqual({
      row: 4,
      outcome: null,
      error: expect.stringMatching(/^The note is empty/),
    });
  });

  it("explains in the language asked for", async () => {
    const file = writeCsvFixture("hant.csv", "utf8");
    const got = lines((await run(["classify", file, "--json", "--language", "zh-Hant"])).out);
    expect(got[4].why).toMatch(/^暫時中斷:/);
    expect(got[3].error).toMatch(/^紀錄為空/);
  });

  it("reads .xlsx with a blank row above the headers, like the CSV", async () => {
    const file = await writeXlsxFixture("log.xlsx");
    const { code, out } = await run(["classify", file, "--json"]);
    expect(code).toBe(0);
    expect(lines(out).map((l) => l.outcome)).toEqual(EXPECTED);
  });

  it("writes NAME.outcomes.csv beside a GB18030 CSV, leaving the input and its formula-like note as text", async () => {
    const file = writeCsvFixture("plain.csv", "gb18030");
    const before = readFileSync(join(dir, file));
    const { code, err } = await run(["classify", file, "--language", "zh-Hans"]);
    expect([code, err]).toEqual([0, "plain.outcomes.csv: 5 of 6 rows classified"]);
    expect(readFileSync(join(dir, file))).toEqual(before);
    const rows = readCsvCopy("plain.outcomes.csv");
    expect(rows[0]).toEqual([...VISIT_LOG[0], "拜访结果"]);
    expect(rows.slice(1).map((r) => r[r.length - 1])).toEqual([
      "晋级",
      "没有成交",
      "成交",
      "",
      "暂时中断",
      "暂时中断",
    ]);
    // The apostrophe is how Excel itself marks text that would otherwise be a formula.
    expect(rows[6][2]).toBe(`'${FORMULA_NOTE}`);
  });

  it("writes an .xlsx copy of a CSV with the note that starts with = as a text cell", async () => {
    const file = writeCsvFixture("to-xlsx.csv", "utf8-bom");
    const { code } = await run(["classify", file, "--out", "to-xlsx.out.xlsx"]);
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "to-xlsx.out.xlsx"));
    const ws = wb.worksheets[0];
    expect(ws.getCell(7, 3).value).toBe(FORMULA_NOTE);
    expect(ws.getCell(1, 6).value).toBe("Visit outcome");
    expect([2, 3, 4, 5, 6, 7].map((r) => ws.getCell(r, 6).value)).toEqual([
      "Advance",
      "No-sale",
      "Order",
      null,
      "Continuation",
      "Continuation",
    ]);
  });

  it("writes a copy of an .xlsx file with an outcome column, keeping the rest of the workbook", async () => {
    const file = await writeXlsxFixture("copy.xlsx");
    const before = readFileSync(join(dir, file));
    const { code, err } = await run(["classify", file, "--language", "zh-Hant"]);
    expect([code, err]).toEqual([0, "copy.outcomes.xlsx: 5 of 6 rows classified"]);
    expect(readFileSync(join(dir, file))).toEqual(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "copy.outcomes.xlsx"));
    const ws = wb.getWorksheet("拜访记录")!;
    expect([2, 3, 4, 5, 6, 7, 8].map((r) => ws.getCell(r, 6).value)).toEqual([
      "拜訪結果",
      "晉級",
      "沒有成交",
      "成交",
      null,
      "暫時中斷",
      "暫時中斷",
    ]);
    expect(ws.getCell(8, 3).value).toBe(FORMULA_NOTE);
    expect(wb.getWorksheet("备注")!.getCell(1, 1).value).toBe("keep me");
  });

  it("reads a hand-made CSV with quotes inside unquoted notes as text", async () => {
    writeFileSync(
      join(dir, "loose.csv"),
      '日期,客户名称,拜访内容\n2026-03-02,甲公司,客户说"可以",同意下周三下午3点来参观工厂\n2026-03-03,乙公司,=HYPERLINK("x")\n'
    );
    const r = await run(["classify", "loose.csv", "--json"]);
    expect(r.code).toBe(0);
    expect(r.out.map((l) => JSON.parse(l).row)).toEqual([1, 2]);
  });

  it("reads only the column named by --column", async () => {
    const file = writeCsvFixture("column.csv", "utf8");
    const got = lines((await run(["classify", file, "--column", "拜访内容", "--json"])).out);
    // Without the feedback, row 1 only says the demo went well, row 2 only that we followed up.
    expect(got.slice(0, 3).map((l) => l.outcome)).toEqual([
      "continuation",
      "continuation",
      "order",
    ]);
  });

  it.each([
    [["--column", "Remarks", "--json"], /no column named "Remarks"/],
    [["--json", "--out", "x.csv"], /choose either --json or --out/],
    [["--language", "fr", "--json"], /--language must be en, zh-Hans or zh-Hant/],
  ])("refuses %j with one line and status 2", async (extra, message) => {
    const file = writeCsvFixture("refuse.csv", "utf8");
    const { code, out, err } = await run(["classify", file, ...extra]);
    expect([code, out]).toEqual([2, []]);
    expect(err).toMatch(message);
  });

  it("is listed by advance --help, and shows its usage", async () => {
    expect((await run(["--help"])).out.join("\n")).toMatch(/\n {2}classify +give each visit/);
    const { code, out } = await run(["classify", "--help"]);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^Usage: advance classify FILE/);
    expect(existsSync(join(dir, "--help"))).toBe(false);
  });
});
