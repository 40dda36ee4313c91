import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { openPreview, openSession, type Session } from "./support/browser";

/** The sample's sheets, in the team's language whatever the pane's. */
const SHEETS = ["目标参数", "客户名单", "拜访记录"];

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

describe("the preview page", () => {
  it("shows the task pane beside the sample workbook's sheets, with nothing from the network", async () => {
    const { page } = session;
    await openPreview(session, "");
    const sheetTabs = page.getByRole("tablist", { name: "Sheets" });
    for (const name of SHEETS)
      await expect(sheetTabs.getByRole("tab", { name }).count()).resolves.toBe(1);
    const pane = page.getByRole("complementary", { name: "Task pane" });
    for (const name of ["Targets", "Clients", "Visits", "Dashboard"])
      await expect(pane.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
    await pane.getByText(/Preview: this pane runs on a sample workbook/).waitFor();
    // The parameters sheet, with its number formats applied.
    const grid = page.getByRole("grid", { name: "目标参数" });
    await grid.getByRole("gridcell", { name: "年度目标(元)" }).waitFor();
    await grid.getByRole("gridcell", { name: "58,800,000" }).waitFor();
    await grid.getByRole("gridcell", { name: "2026-01-01" }).waitFor();
    await page.getByRole("note", { name: "Use Advance in Excel" }).waitFor();
    await session.screenshot("preview");
    expect(session.errors).toEqual([]);
    expect(session.blocked).toEqual([]);
  });

  it("shows another sheet when its tab is clicked, with dates formatted and the log as a table", async () => {
    const { page } = session;
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "拜访记录" })
      .click();
    const grid = page.getByRole("grid", { name: "拜访记录" });
    await grid.getByRole("gridcell", { name: "拜访内容" }).waitFor();
    await expect(grid.locator('[data-cell="A2"]').textContent()).resolves.toMatch(
      /^2026-\d\d-\d\d$/
    );
    // Selecting a cell shows it in the formula bar, as Excel's name box does.
    await grid.locator('[data-cell="B3"]').click();
    const nameBox = page.getByRole("group", { name: "Selected cell" });
    await expect(nameBox.textContent()).resolves.toContain("B3");
    await expect(page.getByRole("textbox", { name: "Formula bar" }).inputValue()).resolves.toBe(
      await grid.locator('[data-cell="B3"]').textContent()
    );
    // The keyboard moves and extends the selection, as in Excel.
    await grid.press("ArrowDown");
    await expect(nameBox.textContent()).resolves.toMatch(/^B4/);
    await grid.press("Shift+ArrowRight");
    await expect(nameBox.textContent()).resolves.toMatch(/^B4:C4/);
  });

  it.each([
    ["zh-Hans", ["目标", "客户", "拜访", "看板"], "下载 .xlsx", "language-zh-Hans"],
    ["zh-Hant", ["目標", "客戶", "拜訪", "看板"], "下載 .xlsx", "language-zh-Hant"],
    ["en", ["Targets", "Clients", "Visits", "Dashboard"], "Download .xlsx", "language-en"],
  ])("switches the pane and the page to %s", async (lang, tabs, download, shot) => {
    const { page } = session;
    await page.getByRole("combobox", { name: /^(Language|语言|語言)$/ }).selectOption(lang);
    const pane = page.locator("aside");
    for (const name of tabs) await pane.getByRole("tab", { name, exact: true }).waitFor();
    await page.getByRole("button", { name: download }).waitFor();
    await session.screenshot(shot);
    expect(session.errors).toEqual([]);
  });

  it("downloads the workbook as an .xlsx that ExcelJS opens, with the sheets and the visit log's table", async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const path = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(SHEETS);
    const log = book.getWorksheet("拜访记录")!;
    expect(Object.keys((log as unknown as { tables: Record<string, unknown> }).tables)).toEqual([
      "VisitLog",
    ]);
    expect(log.getCell("D1").value).toBe("拜访内容");
    expect(session.errors).toEqual([]);
  });
});
