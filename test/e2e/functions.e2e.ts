import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { dayToSerial, parseIsoDate } from "../../src/core/calendar";
import { clientTierResult } from "../../src/functions/impl/clients";
import { workdaysResult } from "../../src/functions/impl/workdays";
import { SAMPLE_TARGETS } from "../../src/taskpane/preview/sample/targets";
import { openPreview, openSession, textBecomes, type Session } from "./support/browser";

let session: Session;
beforeAll(async () => {
  session = await openSession();
  await openPreview(session);
  await session.page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: "目标参数" })
    .click();
});
afterAll(async () => {
  await session?.close();
});

const grid = () => session.page.getByRole("grid", { name: "目标参数" });
const cell = (address: string) => grid().locator(`[data-cell="${address}"]`);

/** Selects a cell and types into the formula bar, as a user of Excel would. */
async function type(address: string, text: string): Promise<void> {
  await cell(address).click();
  const bar = session.page.getByRole("textbox", { name: "Formula bar" });
  await bar.fill(text);
  await bar.press("Enter");
}

describe("SALES functions typed into the preview's sheet", () => {
  it("computes WORKDAYS with the add-in's own code, loaded on first use as in Excel", async () => {
    await type("D5", '=SALES.WORKDAYS(B5,"2026-01-31")');
    const start = dayToSerial(parseIsoDate(SAMPLE_TARGETS.start)!);
    const expected = workdaysResult(start, "2026-01-31", undefined, undefined, undefined);
    if (!expected.ok) throw new Error("the sample's start date should count");
    await textBecomes(cell("D5"), String(expected.value));
    expect(session.errors).toEqual([]);
  });

  it("shows an argument the function refuses as Excel's error value", async () => {
    await type("D6", '=SALES.WORKDAYS("soon",B5)');
    await textBecomes(cell("D6"), "#VALUE!");
  });

  it("spills CLIENTTIER's answer down beside the amounts it ranks", async () => {
    await type("D21", "=SALES.CLIENTTIER(B21:B32)");
    const expected = clientTierResult(
      SAMPLE_TARGETS.lastYearMonthly.map((v) => [v]),
      undefined,
      undefined
    );
    if (!expected.ok) throw new Error("the sample's amounts should rank");
    await textBecomes(cell("D32"), expected.value[11][0]);
    const shown = await Promise.all(expected.value.map((_, i) => cell(`D${21 + i}`).textContent()));
    expect(shown).toEqual(expected.value.map((r) => r[0]));
    await session.screenshot("functions");
  });

  it("downloads the typed formulas as live formulas with their results", async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const value = book.getWorksheet("目标参数")!.getCell("D5").value as ExcelJS.CellFormulaValue;
    expect(value.formula).toBe('SALES.WORKDAYS(B5,"2026-01-31")');
    expect(typeof value.result).toBe("number");
  });
});
