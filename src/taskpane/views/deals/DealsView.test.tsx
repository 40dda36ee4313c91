import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t, type Lang } from "../../../core/i18n";
import { MemoryWorkbook } from "../../../excel/memory";
import { I18nProvider } from "../../i18n";
import { WorkbookProvider } from "../../workbook";
import { DealsView } from "./DealsView";

// Each test renders the whole view and clicks through it as a user would; in jsdom on a
// shared machine that takes seconds, well past jest's default of 5.
jest.setTimeout(30_000);

/**
 * A deal log in Chinese as reps keep it: notes, the customer's feedback and the next step
 * side by side, Simplified and Traditional rows, one row whose notes are empty.
 */
const CHINESE_LOG: (string | number | null)[][] = [
  ["日期", "客户名称", "拜访内容", "客户反馈", "下一步计划"],
  [46083, "杭州华联科技", "客户正在比较三家供应商的演示。", "嫌我们贵,另一家便宜两成。", null],
  [46086, "萧山恒达机械", "仓库上个月因为盘点不准丢了两个大单,总经理很恼火。", null, null],
  [46090, "台北遠山", "客戶擔心系統上線失敗會影響生產。", "這件事要等董事長回來再決定。", null],
  [46091, "滨江数码", null, null, null],
];

/** An English deal list kept as a table, with the user's own column right beside it. */
const ENGLISH_DEALS: (string | number | null)[][] = [
  ["Client", "Notes", "Feedback"],
  ["ACME Co.", "The CFO is asking what the ROI and payback period will be.", null],
  ["Northwind", "The plant manager wants complaints below 1% within a year.", "Too expensive."],
];

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.load("商机", CHINESE_LOG);
  wb.load("Deals", ENGLISH_DEALS, { row: 0, col: 0 }, "tblDeals");
  return wb;
}

function renderView(wb: MemoryWorkbook, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <WorkbookProvider workbook={wb}>
          <DealsView />
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

/** The card of a row, once the view has read it. */
async function card(name: string) {
  const region = await screen.findByRole("group", { name });
  return within(region);
}

/** Buttons found once: role queries are slow over Fluent's styles in jsdom. */
function buttons(lang: Lang = "en") {
  return {
    read: screen.getByRole("button", { name: t(lang, "deals.view.read") }),
    stage: screen.getByRole("button", { name: t(lang, "deals.view.addStage") }),
    objection: screen.getByRole("button", { name: t(lang, "deals.view.addObjection") }),
  };
}

const formulaAt = (wb: MemoryWorkbook, sheet: string, row: number, col: number) =>
  wb.get(sheet, row, col)?.formula;
const valueAt = (wb: MemoryWorkbook, sheet: string, row: number, col: number) =>
  wb.get(sheet, row, col)?.value;

describe("the Deals view", () => {
  it("shows the stage, objection, pull-back advice and reply of the selected row", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.active = { sheet: "商机", address: "C2" };
    renderView(wb);
    const c = await card("Row 2 · 杭州华联科技");
    // Notes and feedback are read together: the feedback haggles over our price.
    expect(c.getByText("Cost")).toBeInTheDocument();
    expect(c.getByText(t("en", "deals.rule.stage.priceNegotiated"))).toBeInTheDocument();
    expect(c.getAllByText("Evidence: “嫌我们贵,另一家便宜两成。”")).toHaveLength(2);
    expect(c.getByText("Price")).toBeInTheDocument();
    expect(c.getByText("Pull back to Risk")).toBeInTheDocument();
    expect(c.getByText("Move: Scare")).toBeInTheDocument();
    expect(c.getByText(t("en", "deals.step.raiseRisk"))).toBeInTheDocument();
    expect(c.getByText(t("en", "deals.reply.price"))).toBeInTheDocument();
    expect(c.getByRole("img", { name: "Stage 9 of 9: Cost · Pull back to Risk" })).toBeTruthy();

    // A reference case lets us argue value again; the choice is kept in the workbook.
    await user.click(c.getByLabelText("We have reference cases"));
    expect(await c.findByText("Pull back to Value")).toBeInTheDocument();
    expect(c.getByText(t("en", "deals.step.redefineValue"))).toBeInTheDocument();
    expect(await wb.getSetting("deals.strengths")).toEqual(["referenceCases"]);

    // We came in at the solution stage and the customer is still past it: following.
    await user.selectOptions(c.getByLabelText("We came into this deal at stage"), "solution");
    expect(await c.findByText("Following")).toBeInTheDocument();
    expect(c.getByText(t("en", "deals.entry.following"))).toBeInTheDocument();
    expect(await wb.getSetting("deals.entry")).toEqual({ 杭州华联科技: "solution" });
  });

  it("reads another row when the user selects it and presses Read selected row", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.active = { sheet: "商机", address: "B3" };
    renderView(wb);
    const pain = await card("Row 3 · 萧山恒达机械");
    expect(pain.getByText("Pain")).toBeInTheDocument();
    expect(pain.getByText("None")).toBeInTheDocument();

    wb.active = { sheet: "商机", address: "A4:E4" };
    await user.click(buttons().read);
    const risk = await card("Row 4 · 台北遠山");
    expect(risk.getByText("Risk")).toBeInTheDocument();
    expect(risk.getByText("Authority")).toBeInTheDocument();
    expect(risk.getByText(t("en", "deals.reply.authority"))).toBeInTheDocument();

    wb.active = { sheet: "商机", address: "D5" };
    await user.click(buttons().read);
    const empty = await card("Row 5 · 滨江数码");
    expect(empty.getByText("Row 5 has no notes to read.")).toBeInTheDocument();

    wb.active = { sheet: "商机", address: "C1" };
    await user.click(buttons().read);
    expect(
      await screen.findByText(/The selection C1 is not in a data row of 商机!A1:E5/)
    ).toBeInTheDocument();
  });

  it.each([
    ["zh-Hans", "C2", "第 2 行 · 杭州华联科技", ["成本", "价格", "拉回到风险阶段", "手法:吓"]],
    ["zh-Hant", "C4", "第 4 列 · 台北遠山", ["風險", "決策權", "拉回到措施階段", "手法:嚇"]],
  ] as const)("labels the card in %s", async (lang, address, title, words) => {
    const wb = workbook();
    wb.active = { sheet: "商机", address };
    renderView(wb, lang);
    const c = await card(title);
    for (const word of words) expect(c.getByText(word)).toBeInTheDocument();
    expect(
      c.getByText(t(lang, lang === "zh-Hans" ? "deals.reply.price" : "deals.reply.authority"))
    ).toBeTruthy();
  });

  it("adds live stage and objection formulas in the next empty columns, and updates them on a re-run", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.active = { sheet: "商机", address: "C2" };
    renderView(wb);
    await card("Row 2 · 杭州华联科技");
    const b = buttons();
    await waitFor(() => expect(b.stage).toBeEnabled());

    await user.click(b.stage);
    await screen.findByText(/商机!F1:F5 written/);
    expect(valueAt(wb, "商机", 0, 5)).toBe("Buying stage");
    // Notes, feedback and next step sit side by side: one range per row, as the card reads it.
    expect([1, 2, 3, 4].map((r) => formulaAt(wb, "商机", r, 5))).toEqual([
      '=SALES.BUYSTAGE(C2:E2,"en")',
      '=SALES.BUYSTAGE(C3:E3,"en")',
      '=SALES.BUYSTAGE(C4:E4,"en")',
      '=SALES.BUYSTAGE(C5:E5,"en")',
    ]);
    expect(wb.highlights.filter((h) => h.address === "F2:F5").map((h) => h.text)).toEqual([
      "Problem",
      "Pain",
      "Goal",
      "Requirements",
      "Measures",
      "Solution",
      "Value",
      "Risk",
      "Cost",
    ]);

    await user.click(b.objection);
    await screen.findByText(/商机!G1:G5 written/);
    expect(valueAt(wb, "商机", 0, 6)).toBe("Objection");
    expect(formulaAt(wb, "商机", 1, 6)).toBe('=SALES.OBJECTION(C2:E2,"en")');

    // Again: the stage column is found by its header and rewritten, not added a second time.
    await user.click(b.stage);
    await waitFor(() => expect(formulaAt(wb, "商机", 4, 5)).toBe('=SALES.BUYSTAGE(C5:E5,"en")'));
    expect(valueAt(wb, "商机", 0, 7)).toBeUndefined();
    expect(wb.highlights.filter((h) => h.address === "F2:F5")).toHaveLength(9);
    // The card still reads the user's columns: the added ones are not offered as notes.
    expect(screen.queryByRole("option", { name: /Buying stage/ })).toBeNull();
  });

  it("writes the labels' language into the formulas, in Traditional Chinese too", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.active = { sheet: "商机", address: "C4" };
    renderView(wb, "zh-Hant");
    await card("第 4 列 · 台北遠山");
    const b = buttons("zh-Hant");
    await waitFor(() => expect(b.objection).toBeEnabled());
    await user.click(b.objection);
    await waitFor(() => expect(valueAt(wb, "商机", 0, 5)).toBe("異議"));
    expect(formulaAt(wb, "商机", 3, 5)).toBe('=SALES.OBJECTION(C4:E4,"zh-Hant")');
    expect(wb.highlights.map((h) => h.text)).toContain("決策權");
  });

  it("extends a table with the stage column, reading only its notes column", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.active = { sheet: "Deals", address: "B3" };
    renderView(wb);
    const c = await card("Row 3 · Northwind");
    expect(c.getByText("Goal")).toBeInTheDocument();
    const b = buttons();
    await waitFor(() => expect(b.stage).toBeEnabled());
    await user.click(b.stage);
    await waitFor(() => expect(formulaAt(wb, "Deals", 1, 3)).toBe('=SALES.BUYSTAGE(B2:C2,"en")'));
    expect(wb.tables.get("tblDeals")!.box).toEqual({ top: 0, left: 0, bottom: 2, right: 3 });
  });

  it("refuses to write over a user's column beside the table, and leaves it as it was", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.load("Deals", [["My remarks"], ["call back Monday"], ["keep warm"]], { row: 0, col: 3 });
    wb.active = { sheet: "Deals", address: "B2" };
    renderView(wb);
    await card("Row 2 · ACME Co.");
    const b = buttons();
    await waitFor(() => expect(b.stage).toBeEnabled());
    await user.click(b.stage);
    expect(
      await screen.findByText(
        "Deals!D1:D3 already holds data that is not Advance's. Nothing was written."
      )
    ).toBeInTheDocument();
    expect([0, 1, 2].map((r) => valueAt(wb, "Deals", r, 3))).toEqual([
      "My remarks",
      "call back Monday",
      "keep warm",
    ]);
    expect(formulaAt(wb, "Deals", 1, 3)).toBeUndefined();
    expect(wb.tables.get("tblDeals")!.box.right).toBe(2);
  });

  it("says what is missing when the log has no notes column", async () => {
    const wb = new MemoryWorkbook();
    wb.load("Sheet1", [
      ["客户名称", "金额"],
      ["杭州华联", 100],
    ]);
    wb.active = { sheet: "Sheet1", address: "A2" };
    renderView(wb);
    const b = buttons();
    await waitFor(() =>
      expect(screen.getAllByText("Pick the column that holds the notes.")).toHaveLength(2)
    );
    expect(b.stage).toBeDisabled();
    expect(b.objection).toBeDisabled();
    expect(b.stage).toHaveAccessibleDescription("Pick the column that holds the notes.");
  });
});
