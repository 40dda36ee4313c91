import { makeCalendar, parseIsoDate } from "../calendar";
import {
  isDateCell,
  isFormula,
  type FormulaCell,
  type SheetPlan,
  type TablePlan,
} from "../sheet/plan";
import { breakDown } from "./breakdown";
import {
  amountFormat,
  buildTargetsPlan,
  DAYS_TABLE,
  MONTHS_TABLE,
  PARAM_KEYS,
  PARAMS_TABLE,
  targetsLayout,
} from "./plan";
import type { Breakdown, TargetInput } from "./types";

const d = (iso: string) => parseIsoDate(iso)!;

function breakdown(extra: Partial<TargetInput> = {}): Breakdown {
  const r = breakDown({
    annual: 5880000,
    start: d("2026-01-01"),
    calendar: makeCalendar(undefined, [d("2026-10-01"), d("2026-10-02")], [d("2026-10-10")]),
    calendarName: "CN",
    markets: [
      { name: "主战场", share: 50 },
      { name: "副战场", share: 40 },
      { name: "海外", share: 10 },
    ],
    ...extra,
  });
  if (!r.ok) throw new Error(r.issue.code);
  return r.value;
}

const table = (plan: SheetPlan, name: string): TablePlan =>
  plan.tables.find((t) => t.name === name)!;

describe("the Targets sheet plan", () => {
  const b = breakdown();
  const plan = buildTargetsPlan(b, "en");
  const days = table(plan, DAYS_TABLE);
  const months = table(plan, MONTHS_TABLE);

  it("writes the parameters, the month summary and the day table on the Targets sheet", () => {
    expect(plan.tables.map((t) => [t.name, t.sheet])).toEqual([
      [PARAMS_TABLE, "Targets"],
      [MONTHS_TABLE, "Targets"],
      [DAYS_TABLE, "Targets"],
    ]);
  });

  it("has a day table row per working day and market, with date cells and period keys", () => {
    expect(days.columns.map((c) => c.header)).toEqual([
      "Date",
      "Week",
      "Month",
      "Quarter",
      "Market",
      "Target",
    ]);
    expect(days.rows.length).toBe(b.days.filter((x) => x.working).length * 3);
    const first = days.rows[0];
    expect(isDateCell(first[0]!) && first[0]).toEqual({ date: d("2026-01-01") });
    expect(first.slice(1, 5)).toEqual(["2026-W01", "2026-01", "2026-Q1", "主战场"]);
    expect(days.columns[0].numberFormat).toBe("yyyy-mm-dd");
  });

  it("adds the day table back to the annual target", () => {
    const sum = days.rows.reduce((a, r) => a + (r[r.length - 1] as number), 0);
    expect(sum).toBe(5880000);
  });

  it("makes month figures live SUMIFS over the day table, pointing at the month cell of the same row", () => {
    const { monthsRow } = targetsLayout();
    months.rows.forEach((row, i) => {
      const f = row[5] as FormulaCell;
      expect(f.formula).toBe(
        `=SUMIFS(tblTargetDays[Target],tblTargetDays[Month],A${monthsRow + 2 + i})`
      );
      expect(f.result).toBe(b.months[i].units);
      expect(row[0]).toBe(b.months[i].key);
    });
  });

  it("checks the months against the annual target cell with a formula", () => {
    const { checkRow, annualCell, paramsRow } = targetsLayout();
    const check = plan.cells!.find((c) => c.row === checkRow && c.col === 6 && isFormula(c.value))!;
    const total = plan.cells!.find((c) => c.row === checkRow && c.col === 5)!;
    expect((total.value as FormulaCell).formula).toBe("=SUM(tblTargetMonths[Target])");
    expect((check.value as FormulaCell).formula).toContain(
      `SUM(tblTargetMonths[Target])-${annualCell}`
    );
    expect((check.value as FormulaCell).result).toBe("✓ the months add back to the annual target");
    // The annual cell is the value of the first parameter row.
    const params = table(plan, PARAMS_TABLE);
    expect(params.anchor.row + 1).toBe(paramsRow + 1);
    expect(annualCell).toBe(`$C$${params.anchor.row + 2}`);
    expect(params.rows[0]).toEqual(["annual", "Annual target", 5880000]);
  });

  it("records every parameter under a stable key so a re-run can recognise the sheet", () => {
    const params = table(plan, PARAMS_TABLE);
    const byKey = Object.fromEntries(params.rows.map((r) => [r[0], r[2]]));
    expect(params.rows.map((r) => r[0])).toEqual([...PARAM_KEYS]);
    expect(byKey).toMatchObject({
      start: "2026-01-01",
      end: "2026-12-31",
      unit: 1,
      weekend: "0000011",
      calendar: "CN",
      holidays: "2026-10-01,2026-10-02",
      workdays: "2026-10-10",
      weights: "workday",
      markets: "主战场=50,副战场=40,海外=10",
      tiers: "",
    });
  });

  it("keeps the tables from overlapping", () => {
    const bottom = (t: TablePlan) => t.anchor.row + t.rows.length;
    const [params, m, dayTable] = plan.tables;
    const { checkRow } = targetsLayout();
    expect(bottom(params)).toBeLessThan(m.anchor.row);
    expect(bottom(m)).toBeLessThan(checkRow);
    expect(checkRow).toBeLessThan(dayTable.anchor.row);
  });

  it("writes headers and check words in Chinese, with formulas following the headers", () => {
    const zh = buildTargetsPlan(b, "zh-Hans");
    const m = table(zh, MONTHS_TABLE);
    expect(table(zh, DAYS_TABLE).columns.map((c) => c.header)).toEqual([
      "日期",
      "周",
      "月",
      "季度",
      "市场",
      "目标",
    ]);
    expect((m.rows[0][5] as FormulaCell).formula).toMatch(
      /^=SUMIFS\(tblTargetDays\[目标\],tblTargetDays\[月\],A\d+\)$/
    );
    const hant = buildTargetsPlan(b, "zh-Hant");
    expect(table(hant, DAYS_TABLE).columns[1].header).toBe("週");
  });

  it.each([
    [1, "#,##0"],
    [1000, "#,##0"],
    [0.01, "#,##0.00"],
    [0.1, "#,##0.0"],
  ])("formats amounts with unit %p as %s", (unit, format) => {
    expect(amountFormat(unit)).toBe(format);
  });

  it("leaves out the market and tier columns when there is no split, one row per working day", () => {
    const plain = buildTargetsPlan(breakdown({ markets: undefined }), "en");
    const t = table(plain, DAYS_TABLE);
    expect(t.columns.map((c) => c.header)).toEqual(["Date", "Week", "Month", "Quarter", "Target"]);
    expect(t.rows.length).toBe(b.days.filter((x) => x.working).length);
  });

  it("writes a market × tier day table with both columns", () => {
    const both = buildTargetsPlan(
      breakdown({
        tiers: [
          { name: "A", share: 60 },
          { name: "B", share: 40 },
        ],
      }),
      "en"
    );
    const t = table(both, DAYS_TABLE);
    expect(t.columns.map((c) => c.header)).toEqual([
      "Date",
      "Week",
      "Month",
      "Quarter",
      "Market",
      "Tier",
      "Target",
    ]);
    expect(t.rows.slice(0, 2).map((r) => [r[4], r[5]])).toEqual([
      ["主战场", "A"],
      ["主战场", "B"],
    ]);
  });
});
