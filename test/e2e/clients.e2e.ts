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

/** Clicks a sheet tab and a cell of the grid, as a user selects a range in Excel. */
async function selectCell(sheet: string, cell: string): Promise<void> {
  const { page } = session;
  await page
    .getByRole("tablist", { name: "Sheets" })
    .getByRole("tab", { name: sheet, exact: true })
    .click();
  await page.getByRole("grid", { name: sheet }).locator(`[data-cell="${cell}"]`).click();
}

describe("the Clients flow in the preview", () => {
  it("takes the client list and the visit log from the selection, writes tblClients and lists who is due", async () => {
    const { page } = session;
    const pane = page.getByRole("complementary", { name: "Task pane" });
    await pane.getByRole("tab", { name: "Clients", exact: true }).click();

    await selectCell("客户名单", "B3");
    await pane.getByRole("button", { name: "Use selection as client list" }).click();
    await pane.getByText(/客户名单!A1:L\d+ · \d+ rows/).waitFor();

    await selectCell("拜访记录", "D5");
    await pane.getByRole("button", { name: "Use selection as visit log" }).click();
    await pane.getByText(/VisitLog on 拜访记录!A1:F\d+ · \d+ rows/).waitFor();

    const write = pane.getByRole("button", { name: "Write to workbook" });
    await expect(write.isEnabled()).resolves.toBe(true);
    await write.click();
    await pane.getByText(/Clients!A1:\w+ written; 1 table updated\./).waitFor();
    await pane.getByText("Due this week").waitFor();

    // The new sheet appears in the grid, with the table the pane wrote.
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "Clients", exact: true })
      .click();
    const grid = page.getByRole("grid", { name: "Clients" });
    await grid.getByRole("gridcell", { name: "苏州恒岳精密制造有限公司" }).waitFor();
    await session.screenshot("clients");
    expect(session.errors).toEqual([]);
  });

  it("downloads the written tblClients as a real Excel table", async () => {
    const { page } = session;
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download .xlsx" }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Clients")!;
    expect(Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables)).toEqual([
      "tblClients",
    ]);
  });
});
