import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { openPreview, openSession, type Session } from "./support/browser";

let session: Session;
beforeAll(async () => {
  session = await openSession();
  await openPreview(session);
});
afterAll(async () => {
  await session?.close();
});

const SHEET = "拜访记录";

describe("the Visits flow in the preview", () => {
  it("maps the log's columns, adds the outcome column and shows the outcome labels in the grid", async () => {
    const { page } = session;
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: SHEET, exact: true })
      .click();
    const grid = page.getByRole("grid", { name: SHEET });
    await grid.locator('[data-cell="D2"]').click();
    const pane = page.getByRole("complementary", { name: "Task pane" });
    await pane.getByRole("tab", { name: "Visits", exact: true }).click();
    const main = pane.getByRole("main", { name: "Visits" });

    // The log is found from the selection, and its Chinese headers are matched.
    await main.getByText(new RegExp(`VisitLog on ${SHEET}!A1:F\\d+ · \\d+ rows`)).waitFor();
    const mapping = main.getByRole("group", { name: "Visit log columns" });
    await expect(mapping.getByLabel(/Visit notes/).inputValue()).resolves.toBe("3");
    // The summary is there before anything is written.
    await main
      .getByRole("region", { name: "Summary" })
      .getByText(/^Order: \d+/)
      .waitFor();

    const add = main.getByRole("button", { name: "Add outcome column" });
    await expect(add.isEnabled()).resolves.toBe(true);
    await add.click();
    await main.getByText(new RegExp(`${SHEET}!G1:G\\d+ written`)).waitFor();

    // The preview computes the new formulas: outcome labels appear beside the notes.
    await grid.getByRole("gridcell", { name: "Visit outcome" }).first().waitFor();
    for (const label of ["Order", "Advance", "Continuation"])
      await grid.getByRole("gridcell", { name: label, exact: true }).first().waitFor();
    // Show the new column and the summary side by side for the screenshot.
    await grid.locator('[data-cell="G2"]').click();
    await main.getByRole("region", { name: "Summary" }).scrollIntoViewIfNeeded();
    await session.screenshot("visits");
    expect(session.errors).toEqual([]);
  });

  it("downloads the outcome column as live SALES.VISITOUTCOME formulas", async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(SHEET)!;
    expect(sheet.getCell("G1").value).toBe("Visit outcome");
    // The file's formula has no leading "=" (and may carry Excel's prefix for add-in functions).
    expect(sheet.getCell("G2").formula).toContain('SALES.VISITOUTCOME(D2:E2,,"en")');
  });
});
