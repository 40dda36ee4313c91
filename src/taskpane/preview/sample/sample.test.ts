import ExcelJS from "exceljs";
import * as OpenCC from "opencc-js";
import { clientKey } from "../../../core/clients/names";
import { readClientTable, readVisitTable } from "../../../core/clients/table";
import { MemoryWorkbook } from "../../../excel/memory";
import { memoryToXlsx } from "../../../excel/xlsx";
import { SAMPLE_CLIENTS } from "./clients";
import { loadSample, SAMPLE_SHEETS, VISIT_TABLE } from "./index";
import { SAMPLE_TARGETS } from "./targets";
import { SAMPLE_VISITS } from "./visits";

const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

/** The script a note is written in: English, 繁體 (changes when converted to 简体) or 简体. */
function scriptOf(text: string): "en" | "zh-Hant" | "zh-Hans" {
  if (!/\p{Script=Han}/u.test(text)) return "en";
  return toSimplified(text) !== text ? "zh-Hant" : "zh-Hans";
}

function loaded(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  loadSample(wb);
  return wb;
}

describe("the preview's sample workbook", () => {
  it("has about two hundred visits, with notes in Simplified, Traditional and English", () => {
    expect(SAMPLE_VISITS.length).toBeGreaterThanOrEqual(180);
    const counts = { en: 0, "zh-Hans": 0, "zh-Hant": 0 };
    for (const v of SAMPLE_VISITS) counts[scriptOf(v.notes)]++;
    // Each script has enough notes that the Visits view shows its labels on a real mix.
    for (const n of Object.values(counts))
      expect(n).toBeGreaterThanOrEqual(SAMPLE_VISITS.length / 10);
  });

  it("logs visits only to clients of the client list, by the add-in's matching rule", () => {
    const keys = new Set(SAMPLE_CLIENTS.map((c) => clientKey(c.name)));
    const unmatched = SAMPLE_VISITS.filter((v) => !keys.has(clientKey(v.client))).map(
      (v) => v.client
    );
    expect(unmatched).toEqual([]);
  });

  it("dates visits on working days of 2026, oldest first", () => {
    const dates = SAMPLE_VISITS.map((v) => v.date);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) {
      expect(d.startsWith("2026-")).toBe(true);
      expect([0, 6]).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    }
  });

  it.each([
    ["markets", SAMPLE_TARGETS.markets],
    ["tiers", SAMPLE_TARGETS.tiers],
  ])("splits the target over %s by shares that add up to 100%%", (_, shares) => {
    expect(shares.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 10);
  });

  it("uses exactly the markets of the targets in the client list", () => {
    const markets = new Set(SAMPLE_CLIENTS.map((c) => c.market));
    expect([...markets].sort()).toEqual(SAMPLE_TARGETS.markets.map((m) => m.name).sort());
  });

  it("reads as a client list without a single warning: every label is a word the add-in knows", async () => {
    const wb = loaded();
    wb.active = { sheet: SAMPLE_SHEETS.clients, address: "A1" };
    const list = (await wb.readActiveRegion())!;
    const read = readClientTable(list.headers, list.rows);
    if (!read.ok) throw new Error(read.issue.code);
    expect(read.value.warnings).toEqual([]);
    expect(new Set(read.value.records.map((r) => r.name)).size).toBe(SAMPLE_CLIENTS.length);
  });

  it("reads as a visit log without a single warning, from its table", async () => {
    const log = (await loaded().readTable(VISIT_TABLE))!;
    expect(log.sheet).toBe(SAMPLE_SHEETS.visits);
    const read = readVisitTable(log.headers, log.rows);
    if (!read.ok) throw new Error(read.issue.code);
    expect(read.value.warnings).toEqual([]);
    expect(read.value.records).toHaveLength(SAMPLE_VISITS.length);
  });

  it("keeps a note that starts with = as text, never a formula", () => {
    const wb = loaded();
    const cells = [...wb.sheets.get(SAMPLE_SHEETS.visits)!.values()];
    expect(cells.some((c) => typeof c.value === "string" && c.value.startsWith("="))).toBe(true);
    expect(cells.filter((c) => c.formula)).toEqual([]);
  });

  it("downloads as an .xlsx with the three sheets, the visit log as a table and real dates", async () => {
    const bytes = await memoryToXlsx(loaded());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(Object.values(SAMPLE_SHEETS));
    const visits = book.getWorksheet(SAMPLE_SHEETS.visits)!;
    expect(Object.keys((visits as unknown as { tables: object }).tables)).toEqual([VISIT_TABLE]);
    expect(visits.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    // ExcelJS reads a date-formatted serial back as a Date: the cell holds a real date, not text.
    expect(visits.getCell("A2").value).toEqual(new Date(`${SAMPLE_VISITS[0].date}T00:00:00Z`));
  });
});
