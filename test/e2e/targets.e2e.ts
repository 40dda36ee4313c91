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

const MARKETS: [string, string][] = [
  ["主战场", "60"],
  ["副战场", "30"],
  ["海外", "10"],
];

describe("the Targets flow in the preview", () => {
  it("fills the form from the sample's parameters, writes the Targets sheet and shows its tables", async () => {
    const { page } = session;
    const pane = page.getByRole("complementary", { name: "Task pane" });
    await pane.getByRole("tab", { name: "Targets", exact: true }).click();
    await pane.getByLabel("Annual target").fill("58,800,000");
    await pane.getByLabel("Plan year").fill("2026");

    // Last year's monthly sales, selected in the grid as in Excel: click, then shift-click.
    await pane.getByLabel("Spread the target").selectOption("monthly");
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "目标参数" })
      .click();
    const params = page.getByRole("grid", { name: "目标参数" });
    await params.locator('[data-cell="B21"]').click();
    await params.locator('[data-cell="B32"]').click({ modifiers: ["Shift"] });
    await pane.getByRole("button", { name: "From selection" }).click();
    await pane.getByText(/Amounts read from .*B21:B32: 12\./).waitFor();

    for (const [i, [name, share]] of MARKETS.entries()) {
      await pane.getByRole("button", { name: "Add market" }).click();
      await pane.getByLabel(`Market ${i + 1} name`).fill(name);
      await pane.getByLabel(`Market ${i + 1} share (%)`).fill(share);
    }
    // The action is enabled once the form is valid (shares add up to 100%).
    await pane.getByRole("button", { name: "Write to workbook", disabled: false }).click();
    await pane.getByText(/Targets!\S+ written; 3 tables updated\./).waitFor();
    await pane.getByRole("button", { name: "Show in sheet" }).click();

    const grid = page.getByRole("grid", { name: "Targets" });
    // "Show in sheet" brings the Targets sheet up in the grid, with the months table on it.
    await grid.getByRole("gridcell", { name: "2026-01", exact: true }).first().waitFor();
    // A month's target is a live SUMIFS over the day table; the grid shows its result.
    const monthCell = grid.locator("td[title^='=SUMIFS(']").first();
    await monthCell.click();
    await expect(page.getByRole("textbox", { name: "Formula bar" }).inputValue()).resolves.toMatch(
      /^=SUMIFS\(tblTargetDays\[/
    );
    await expect(monthCell.textContent()).resolves.toMatch(/^\d{1,3}(,\d{3})+$/);
    await session.screenshot("targets");
    expect(session.errors).toEqual([]);
  });

  it("downloads the Targets sheet with its three tables and live SUMIFS formulas", async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Targets")!;
    const tables = Object.keys(
      (sheet as unknown as { tables: Record<string, unknown> }).tables
    ).sort();
    expect(tables).toEqual(["tblTargetDays", "tblTargetMonths", "tblTargetParams"]);
    const sums: { formula: string; result: unknown }[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue | null;
        if (v && typeof v === "object" && "formula" in v && /^SUMIFS\(/.test(v.formula))
          sums.push({ formula: v.formula, result: v.result });
      })
    );
    expect(sums).toHaveLength(12);
    // Every month keeps its cached result, so the file shows figures before Excel recalculates.
    for (const s of sums) expect(typeof s.result).toBe("number");
    const total = sums.reduce((n, s) => n + (s.result as number), 0);
    expect(total).toBe(58_800_000);
  });
});
