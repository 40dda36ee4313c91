import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { t, type Lang } from "../../../core/i18n";
import { MemoryWorkbook } from "../../../excel/memory";
import { I18nProvider } from "../../i18n";
import { WorkbookProvider } from "../../workbook";
import { logTable, meantCount, LOG_ROWS } from "./fixture";
import { VisitsView } from "./VisitsView";

// Each test renders the whole view and clicks through it as a user would; in jsdom on a
// shared machine that takes seconds, well past jest's default of 5.
jest.setTimeout(30_000);
// The same reason for waiting on the pane: 1 s (the default) is too short under load.
configure({ asyncUtilTimeout: 5_000 });

const SHEET = "拜访";
const TABLE = "VisitLog";
/** Data rows plus the header: the outcome column's last row (1-based). */
const LAST = LOG_ROWS.length + 1;

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.load(SHEET, logTable(), { row: 0, col: 0 }, TABLE);
  wb.active = { sheet: SHEET, address: "C3" };
  return wb;
}

function renderView(wb: MemoryWorkbook, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <WorkbookProvider workbook={wb}>
          <VisitsView />
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

const addButton = (lang: Lang = "en") =>
  screen.getByRole("button", { name: t(lang, "visits.view.add") });

describe("the Visits view", () => {
  it("finds the log as a table and shows how its columns were matched", async () => {
    renderView(workbook());
    await screen.findByText(`${TABLE} on ${SHEET}!A1:E${LAST} · ${LOG_ROWS.length} rows`);
    const mapping = screen.getByRole("group", { name: "Visit log columns" });
    const notes = within(mapping).getByLabelText(/Visit notes/) as HTMLSelectElement;
    expect(notes.value).toBe("2");
    const client = within(mapping).getByLabelText(/Client/) as HTMLSelectElement;
    expect(client.value).toBe("1");
  });

  it("adds live SALES.VISITOUTCOME formulas in the next empty column and finds them again on a re-run", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb);
    await waitFor(() => expect(addButton()).toBeEnabled());
    await user.click(addButton());
    await screen.findByText(new RegExp(`${SHEET}!F1:F${LAST} written`));
    expect(wb.get(SHEET, 0, 5)?.value).toBe("Visit outcome");
    // Notes and next step sit side by side: the formula reads them as one note.
    expect(LOG_ROWS.map((_, i) => wb.get(SHEET, i + 1, 5)?.formula)).toEqual(
      LOG_ROWS.map((_, i) => `=SALES.VISITOUTCOME(C${i + 2}:D${i + 2},,"en")`)
    );
    expect(wb.highlights.map((h) => h.text)).toEqual([
      "Order",
      "Advance",
      "Continuation",
      "No-sale",
    ]);
    // The table took the column in, so new rows get the formula too.
    expect(wb.tables.get(TABLE)?.box.right).toBe(5);

    await user.click(addButton());
    await waitFor(() => expect(wb.get(SHEET, 1, 5)?.formula).toMatch(/^=SALES.VISITOUTCOME/));
    await screen.findByText(new RegExp(`${SHEET}!F1:F${LAST} written`));
    expect(wb.get(SHEET, 0, 6)).toBeUndefined();
    expect(wb.highlights).toHaveLength(4);
    // The outcome column is not offered as one of the log's own columns.
    expect(screen.queryByRole("option", { name: /Visit outcome/ })).toBeNull();
  });

  it("refuses to write over a user's cells beside the log until asked", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.load(SHEET, [["my own note"]], { row: 3, col: 5 });
    renderView(wb);
    await waitFor(() => expect(addButton()).toBeEnabled());
    await user.click(addButton());
    await screen.findByText(t("en", "common.conflict.ask"));
    expect(wb.get(SHEET, 3, 5)?.value).toBe("my own note");
    expect(wb.get(SHEET, 0, 5)).toBeUndefined();
    await user.click(screen.getByRole("button", { name: t("en", "common.cancel") }));
    expect(wb.get(SHEET, 3, 5)?.value).toBe("my own note");
  });

  it("sums up the outcomes, the reps' advance rates and the clients to act on", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb);
    const summary = within(await screen.findByRole("region", { name: "Summary" }));
    const share = (o: Parameters<typeof meantCount>[0]) =>
      `${Math.round((meantCount(o) / LOG_ROWS.filter((r) => r[5]).length) * 100)}%`;
    expect(summary.getByText(`Order: ${meantCount("order")} (${share("order")})`)).toBeTruthy();
    expect(
      summary.getByText(`Continuation: ${meantCount("continuation")} (${share("continuation")})`)
    ).toBeTruthy();
    expect(summary.getByText(/1 rows without readable notes/)).toBeTruthy();
    expect(summary.getByText("Amy: 50% of 4 visits")).toBeTruthy();
    expect(summary.getByText("王磊: 25% of 4 visits")).toBeTruthy();
    const noOrder = within(
      summary.getByRole("region", { name: "Seen three or more times, no order" })
    );
    const stalled = within(
      summary.getByRole("region", { name: "Stalled: continuations in a row" })
    );
    expect(noOrder.getByRole("button", { name: "华联科技 · 3 visits" })).toBeTruthy();
    await user.click(
      stalled.getByRole("button", { name: "华联科技 · last 2 visits continuations" })
    );
    // The latest visit by date is on row 9; row 12 was logged last but visited first.
    expect(wb.active).toEqual({ sheet: SHEET, address: "A9:E9" });
  });

  it.each([
    ["zh-Hans", "拜访结果", ["成交:2 次(20%)", "晋级:2 次(20%)", "没有成交:2 次(20%)"]],
    ["zh-Hant", "拜訪結果", ["成交:2 次(20%)", "晉級:2 次(20%)", "沒有成交:2 次(20%)"]],
  ] as const)("labels the summary and the column in %s", async (lang, header, bars) => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb, lang);
    const summary = within(
      await screen.findByRole("region", { name: t(lang, "visits.view.summary") })
    );
    for (const bar of bars) expect(summary.getByText(bar)).toBeTruthy();
    await waitFor(() => expect(addButton(lang)).toBeEnabled());
    await user.click(addButton(lang));
    await waitFor(() => expect(wb.get(SHEET, 0, 5)?.value).toBe(header));
    expect(wb.get(SHEET, 1, 5)?.formula).toBe(`=SALES.VISITOUTCOME(C2:D2,,"${lang}")`);
    expect(wb.highlights.map((h) => h.text)).toEqual(
      ["order", "advance", "continuation", "no-sale"].map((o) => t(lang, `visits.outcome.${o}`))
    );
  });
});
