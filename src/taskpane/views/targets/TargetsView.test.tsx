import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { configure, render, screen, waitFor, within } from "@testing-library/react";
import userEvent, { PointerEventsCheckLevel } from "@testing-library/user-event";
import { dayFromYmd, dayToSerial } from "../../../core/calendar";
import type { Lang } from "../../../core/i18n";
import { DAYS_TABLE, MONTHS_TABLE, PARAMS_TABLE, targetsLayout } from "../../../core/targets";
import { MemoryWorkbook } from "../../../excel/memory";
import { I18nProvider } from "../../i18n";
import { WorkbookProvider } from "../../workbook";
import { TargetsView } from "./TargetsView";

/*
 * jsdom computes styles slowly, and Fluent inserts many style rules: checking every
 * query's result and every click's target for visibility would take most of these
 * tests' time. The view hides nothing with CSS, so the checks are skipped.
 */
configure({ defaultHidden: true });
const newUser = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });
/** Generous, because the machine running the tests may be busy; they take 1–3 s each. */
jest.setTimeout(20_000);

function renderView(wb = new MemoryWorkbook(), lang: Lang = "en") {
  const ui = render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <WorkbookProvider workbook={wb}>
          <TargetsView />
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
  return { wb, ...ui };
}

/** The pane's amounts back as numbers: "¥1,398,871" → 1398871. */
const amount = (text: string) => Number(text.replace(/[^\d.-]/g, ""));

/** Data rows of a preview table (without header and total), as cell texts. */
function bodyRows(name: string): string[][] {
  const rows = within(screen.getByRole("table", { name })).getAllByRole("row");
  return rows.slice(1, -1).map((r) =>
    within(r)
      .getAllByRole("cell")
      .map((c) => c.textContent!)
  );
}

function totalRow(name: string): string[] {
  const rows = within(screen.getByRole("table", { name })).getAllByRole("row");
  return within(rows[rows.length - 1])
    .getAllByRole("cell")
    .map((c) => c.textContent!);
}

const writeButton = () => screen.getByRole("button", { name: "Write to workbook" });

type User = ReturnType<typeof newUser>;

/**
 * Replaces an input's text the way a user pastes it: one change, not one per key
 * (each keystroke redraws the preview, which jsdom does slowly).
 */
async function enter(user: User, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.paste(text);
}

/** Fills the form; the target comes last, so the preview is drawn once, not per field. */
async function fill(
  user: User,
  { annual = "5,880,000", year = "2026", markets = [] as [string, string][] } = {}
) {
  for (const [i, [name, share]] of markets.entries()) {
    await user.click(screen.getByRole("button", { name: "Add market" }));
    await enter(user, screen.getByLabelText(`Market ${i + 1} name`), name);
    await enter(user, screen.getByLabelText(`Market ${i + 1} share (%)`), share);
  }
  await enter(user, screen.getByLabelText("Plan year"), year);
  await enter(user, screen.getByLabelText("Annual target"), annual);
}

const SEED_MARKETS: [string, string][] = [
  ["主战场", "50"],
  ["副战场", "40"],
  ["海外", "10"],
];

describe("the Targets view", () => {
  it("previews quarters that add back to the annual target, then writes the day and month tables", async () => {
    const user = newUser();
    const { wb } = renderView();
    await fill(user, { markets: SEED_MARKETS });

    await screen.findByRole("table", { name: "Quarters" });
    const quarters = bodyRows("Quarters");
    expect(quarters.map((q) => q[0])).toEqual(["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"]);
    expect(quarters.reduce((sum, q) => sum + amount(q[2]), 0)).toBe(5_880_000);
    expect(totalRow("Quarters")[2]).toBe("¥5,880,000");
    const months = bodyRows("Months");
    expect(months).toHaveLength(12);
    expect(months.reduce((sum, m) => sum + amount(m[2]), 0)).toBe(5_880_000);
    const chart = screen.getByRole("img", { name: /^Month targets: lowest/ });
    expect(chart.querySelectorAll("rect")).toHaveLength(12);
    // Each bar names its month and ISO weeks when hovered.
    expect(chart.querySelector("title")?.textContent).toBe(`Jan 2026 (W1–W5): ${months[0][2]}`);
    expect(
      within(screen.getByRole("group", { name: "Markets" })).getByText("Shares add up to 100%.")
    ).toBeInTheDocument();

    await user.click(writeButton());
    expect(await screen.findByText(/written; 3 tables updated/)).toBeInTheDocument();

    const days = wb.tables.get(DAYS_TABLE)!;
    const workingDays = amount(totalRow("Quarters")[1]);
    expect(days.box.bottom - days.box.top).toBe(workingDays * SEED_MARKETS.length);
    expect(wb.tables.has(MONTHS_TABLE)).toBe(true);
    const { monthsRow } = targetsLayout();
    const firstMonth = wb.get("Targets", monthsRow + 1, 5)!;
    expect(firstMonth.formula).toMatch(
      /^=SUMIFS\(tblTargetDays\[Target\],tblTargetDays\[Month\],A\d+\)$/
    );
    expect(firstMonth.value).toBe(amount(months[0][2]));
    expect(await wb.getSetting("targets.params")).toMatchObject({
      annual: 5_880_000,
      start: "2026-01-01",
      markets: [
        { name: "主战场", share: 50 },
        { name: "副战场", share: 40 },
        { name: "海外", share: 10 },
      ],
    });
  });

  it("shows the annual target as money once the user leaves the field", async () => {
    const user = newUser();
    renderView();
    const input = screen.getByLabelText("Annual target");
    await user.type(input, "588万");
    await user.tab();
    expect(input).toHaveValue("¥5,880,000");

    // Finer than the rounding unit: left as typed, with the reason under the field.
    await enter(user, input, "5880000.5");
    await user.tab();
    expect(input).toHaveValue("5880000.5");
    expect(input).toHaveAccessibleDescription(/^The annual target 5880000.5 is not a multiple/);
  });

  it("disables the action while market shares add up to 97%, and says so under the markets", async () => {
    const user = newUser();
    const { wb } = renderView();
    await fill(user, {
      markets: [
        ["主战场", "50"],
        ["副战场", "40"],
        ["海外", "7"],
      ],
    });
    const message = "Market shares add up to 97%; they must add up to 100%.";
    const markets = screen.getByRole("group", { name: "Markets" });
    expect(within(markets).getByText(message)).toBeInTheDocument();
    expect(writeButton()).toHaveAttribute("aria-disabled", "true");
    expect(writeButton()).toHaveAccessibleDescription(`Cannot write yet: ${message}`);
    await user.click(writeButton());
    expect(wb.tables.size).toBe(0);

    await user.type(screen.getByLabelText("Market 3 share (%)"), "{Backspace}10");
    expect(writeButton()).not.toHaveAttribute("aria-disabled");
  });

  it("counts the holidays read from the selection and names the cells that are not dates", async () => {
    const user = newUser();
    const wb = new MemoryWorkbook();
    const serial = (y: number, m: number, d: number) => dayToSerial(dayFromYmd(y, m, d));
    wb.load("Holidays", [
      ["Holiday"],
      [serial(2026, 10, 1)], // a Thursday
      ["2026-10-02"], // a Friday, typed as text
      [""],
      ["TBC"],
      [serial(2025, 12, 25)], // before the plan
    ]);
    wb.active = { sheet: "Holidays", address: "A1:A6" };
    renderView(wb);
    await fill(user);
    await screen.findByRole("table", { name: "Quarters" });
    const before = amount(totalRow("Quarters")[1]);

    const holidays = screen.getByRole("group", { name: "Your own holidays" });
    await user.click(within(holidays).getByRole("button", { name: "Use selection" }));

    expect(
      await within(holidays).findByText(
        "Dates read from Holidays!A1:A6: 3. 1 of them fall outside the plan and change nothing."
      )
    ).toBeInTheDocument();
    expect(within(holidays).getByText("Not dates, skipped: A1, A5.")).toBeInTheDocument();
    await waitFor(() => expect(amount(totalRow("Quarters")[1])).toBe(before - 2));
  });

  it("reads twelve monthly weights from the selection, and the heaviest month gets the most", async () => {
    const user = newUser();
    const wb = new MemoryWorkbook();
    const sales = [40, 30, 50, 50, 50, 60, 50, 50, 50, 50, 80, 120].map((k) => k * 1000);
    wb.load("Sales", [sales]);
    wb.active = { sheet: "Sales", address: "A1:L1" };
    renderView(wb);
    await fill(user);
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Spread the target" }),
      "monthly"
    );
    await user.click(screen.getByRole("button", { name: "From selection" }));

    expect(await screen.findByText("Amounts read from Sales!A1:L1: 12.")).toBeInTheDocument();
    expect(screen.getByLabelText("Dec 2026")).toHaveValue("120000");
    await waitFor(() =>
      expect(screen.getByRole("img", { name: /highest .* in Dec 2026\.$/ })).toBeInTheDocument()
    );
  });

  it("fills the form from the stored parameters the next time it opens", async () => {
    const user = newUser();
    const { wb, unmount } = renderView();
    await fill(user, { markets: SEED_MARKETS });
    await user.click(writeButton());
    await screen.findByText(/written; 3 tables updated/);
    unmount();

    renderView(wb);
    expect(
      await screen.findByText("Filled in from the last run stored with this workbook.")
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Annual target")).toHaveValue("¥5,880,000");
    expect(screen.getByLabelText("Plan year")).toHaveValue("2026");
    expect(screen.getByLabelText("Market 2 name")).toHaveValue("副战场");
    expect(screen.getByLabelText("Market 3 share (%)")).toHaveValue("10");
    await waitFor(() =>
      expect(writeButton()).toHaveAccessibleDescription(/^Updates the Targets sheet in place/)
    );
  });

  it("fills the form from the parameters table when the workbook has no stored setting", async () => {
    const user = newUser();
    const { wb, unmount } = renderView();
    await fill(user, { annual: "1200000", markets: SEED_MARKETS });
    await user.click(writeButton());
    await screen.findByText(/written; 3 tables updated/);
    unmount();
    wb.settings.delete("advance.targets.params");

    renderView(wb);
    expect(
      await screen.findByText("Filled in from the parameters on the Targets sheet.")
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Annual target")).toHaveValue("¥1,200,000");
    expect(screen.getByLabelText("Market 1 name")).toHaveValue("主战场");
  });

  it("updates the Targets sheet in place on a re-run, and asks before replacing a user's edit", async () => {
    const user = newUser();
    const { wb } = renderView();
    await fill(user);
    await user.click(writeButton());
    await screen.findByText(/written; 3 tables updated/);

    await enter(user, screen.getByLabelText("Annual target"), "6000000");
    await user.click(writeButton());
    await waitFor(() =>
      expect(wb.get("Targets", targetsLayout().paramsRow + 1, 2)?.value).toBe(6_000_000)
    );
    expect([...wb.tables.keys()].sort()).toEqual([DAYS_TABLE, PARAMS_TABLE, MONTHS_TABLE].sort());
    expect(wb.sheetOrder.filter((s) => s.startsWith("Targets"))).toEqual(["Targets"]);

    // The user types over a day's target; the next run must ask before replacing it.
    const days = wb.tables.get(DAYS_TABLE)!;
    wb.set("Targets", days.box.top + 1, days.box.right, 1);
    await user.click(writeButton());
    expect(await screen.findByText(/Replace those cells\?/)).toBeInTheDocument();
    expect(wb.get("Targets", days.box.top + 1, days.box.right)?.value).toBe(1);
    await user.click(screen.getByRole("button", { name: "Replace them" }));
    await screen.findByText(/written; 3 tables updated/);
    expect(wb.get("Targets", days.box.top + 1, days.box.right)?.value).not.toBe(1);
  });

  it.each([
    [
      "zh-Hans",
      "年度目标",
      "计划年度",
      "写入工作簿",
      "中国大陆法定节假日和调休上班日",
      true,
      "2026 年第 1 季度",
    ],
    [
      "zh-Hant",
      "年度目標",
      "計畫年度",
      "寫入活頁簿",
      "中國大陸法定假日與補班日",
      false,
      "2026 年第 1 季",
    ],
  ] as const)(
    "speaks %s, in the form and in the preview",
    async (lang, annualLabel, yearLabel, write, china, chinaOn, firstQuarter) => {
      const user = newUser();
      renderView(new MemoryWorkbook(), lang);
      expect(screen.getByRole("button", { name: write })).toBeInTheDocument();
      const sw = screen.getByRole("switch", { name: china });
      if (chinaOn) expect(sw).toBeChecked();
      else expect(sw).not.toBeChecked();
      await enter(user, screen.getByLabelText(yearLabel), "2026");
      await enter(user, screen.getByLabelText(annualLabel), "588万");
      const quarters = await screen.findByRole("table", { name: "季度" });
      expect(within(quarters).getAllByRole("row")[1]).toHaveTextContent(firstQuarter);
    }
  );
});
