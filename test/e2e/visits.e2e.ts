import { openPreview, openSession, type Session } from "./support/browser";

let session: Session;
beforeAll(async () => {
  session = await openSession();
  await openPreview(session);
});
afterAll(async () => {
  await session?.close();
});

describe("the Visits flow in the preview", () => {
  it("opens the Visits view beside the selected visit log", async () => {
    const { page } = session;
    await page
      .getByRole("tablist", { name: "Sheets" })
      .getByRole("tab", { name: "拜访记录" })
      .click();
    await page.getByRole("grid", { name: "拜访记录" }).locator('[data-cell="D2"]').click();
    const pane = page.getByRole("complementary", { name: "Task pane" });
    await pane.getByRole("tab", { name: "Visits", exact: true }).click();
    // What the view has today: its place in the pane and the (still empty) list of its functions.
    const main = pane.getByRole("main", { name: "Visits" });
    await main.getByText("Type =SALES. in any cell to use these functions.").waitFor();
    await session.screenshot("visits");
    expect(session.errors).toEqual([]);
  });

  // The Visits view (src/taskpane/views/visits) is still a function list (empty: no
  // VISITOUTCOME, VISITWHY or COMMITLEVEL is registered yet in src/functions). The flow, once both exist: take the log from
  // the selection, map its columns (日期, 客户名称, 拜访内容, 下一步计划), "Add outcome
  // column", then see 成交/晋级/暂时中断/没有成交 (or English/繁體) computed in the grid
  // beside the notes, and the new column and its formulas in the downloaded .xlsx.
  it.todo(
    "maps the log's columns, adds the outcome column and shows the outcome labels in the grid"
  );
});
