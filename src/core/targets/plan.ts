import { isoDate, isoWeekday, isWorkingDay } from "../calendar";
import { t, type Lang } from "../i18n";
import {
  cellAddress,
  type CellPlanEntry,
  type ColumnPlan,
  type PlanCell,
  type SheetPlan,
  type TablePlan,
} from "../sheet/plan";
import { unitsToAmount } from "./breakdown";
import { monthKey, quarterKey, weekKey } from "./period";
import type { Breakdown, SplitTotal, WeightSpec } from "./types";

/**
 * The Targets sheet, top to bottom: a title, the parameters used (so a re-run can
 * recognise and update what it wrote), the month summary whose figures are live
 * SUMIFS over the day table with a check against the annual target, and the
 * long-format day table (one row per working day × cell) that pivots cleanly.
 */
export const TARGETS_SHEET = "Targets";
export const PARAMS_TABLE = "tblTargetParams";
export const MONTHS_TABLE = "tblTargetMonths";
export const DAYS_TABLE = "tblTargetDays";

/** Stable keys of the parameters table, read back by a re-run. */
export const PARAM_KEYS = [
  "annual",
  "start",
  "end",
  "unit",
  "weekend",
  "calendar",
  "holidays",
  "workdays",
  "weights",
  "markets",
  "tiers",
] as const;
export type ParamKey = (typeof PARAM_KEYS)[number];

/** A currency-neutral number format with as many decimals as the rounding unit. */
export function amountFormat(unit: number): string {
  if (unit >= 1) return "#,##0";
  return `#,##0.${"0".repeat(Math.round(-Math.log10(unit)))}`;
}

/** Decimals shown for a unit (0 for 1 and above). */
function decimals(unit: number): number {
  return unit >= 1 ? 0 : Math.round(-Math.log10(unit));
}

/** A percentage without float noise: 0.07 read as a fraction is 7.000000000000001%. */
function clean(n: number): string {
  return String(Number(n.toFixed(6)));
}

function splitText(split: readonly SplitTotal[]): string {
  return split.map((s) => `${s.name}=${clean(s.percent)}`).join(",");
}

function weightsText(w: WeightSpec): string {
  if (w.kind === "monthly") return `monthly:${w.amounts.join(",")}`;
  if (w.kind === "daily")
    return `daily:${w.days.map((d) => `${isoDate(d.date)}=${d.weight}`).join(",")}`;
  return w.kind;
}

/** The parameters as key / label / value rows, machine-readable values. */
export function paramRows(b: Breakdown, lang: Lang): [ParamKey, string, string | number][] {
  const inPlan = (days: ReadonlySet<number>) =>
    [...days]
      .filter((d) => d >= b.start && d <= b.end)
      .sort((x, y) => x - y)
      .map(isoDate)
      .join(",");
  const values: Record<ParamKey, string | number> = {
    annual: b.annual,
    start: isoDate(b.start),
    end: isoDate(b.end),
    unit: b.unit,
    weekend: b.calendar.weekend.map((off) => (off ? "1" : "0")).join(""),
    calendar: b.calendarName ?? "",
    // Only dates that change the plan: a holiday on a weekend or a make-up day on a weekday changes nothing.
    holidays: inPlan(new Set([...b.calendar.holidays].filter((d) => !isWorkingDay(b.calendar, d)))),
    workdays: inPlan(
      new Set([...b.calendar.workdays].filter((d) => b.calendar.weekend[isoWeekday(d) - 1]))
    ),
    weights: weightsText(b.weights),
    markets: splitText(b.markets),
    tiers: splitText(b.tiers),
  };
  return PARAM_KEYS.map((k) => [k, t(lang, `targets.param.${k}`), values[k]]);
}

/** Escapes a column name for a structured reference: [ ] # ' take a ' before them. */
function columnRef(table: string, header: string): string {
  return `${table}[${header.replace(/(['#[\]])/g, "'$1")}]`;
}

/** A text constant inside a formula. */
function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The day table: columns and rows (working days × cells), shared by the sheet and the CLI's CSV. */
export function dayTable(b: Breakdown, lang: Lang): { columns: ColumnPlan[]; rows: PlanCell[][] } {
  const hasMarket = b.markets.length > 0;
  const hasTier = b.tiers.length > 0;
  const columns: ColumnPlan[] = [
    { header: t(lang, "targets.col.date"), numberFormat: "yyyy-mm-dd", width: 12 },
    { header: t(lang, "targets.col.week"), width: 10 },
    { header: t(lang, "targets.col.month"), width: 9 },
    { header: t(lang, "targets.col.quarter"), width: 9 },
    ...(hasMarket ? [{ header: t(lang, "targets.col.market"), width: 14 }] : []),
    ...(hasTier ? [{ header: t(lang, "targets.col.tier"), width: 10 }] : []),
    { header: t(lang, "targets.col.target"), numberFormat: amountFormat(b.unit), width: 14 },
  ];
  const rows: PlanCell[][] = [];
  for (const d of b.days) {
    if (!d.working) continue;
    const head: PlanCell[] = [
      { date: d.date },
      weekKey(d.date),
      monthKey(d.date),
      quarterKey(d.date),
    ];
    if (b.cells.length === 0) {
      rows.push([...head, unitsToAmount(d.units, b.unit)]);
      continue;
    }
    b.cells.forEach((cell, i) => {
      rows.push([
        ...head,
        ...(hasMarket ? [cell.market ?? ""] : []),
        ...(hasTier ? [cell.tier ?? ""] : []),
        unitsToAmount(d.cells[i], b.unit),
      ]);
    });
  }
  return { columns, rows };
}

/** Where the plan puts things (0-based rows), so tests and the pane can find them. */
export interface TargetsLayout {
  readonly paramsRow: number;
  readonly monthsRow: number;
  readonly checkRow: number;
  readonly daysRow: number;
  /** A1 address of the annual target's value cell. */
  readonly annualCell: string;
}

export function targetsLayout(): TargetsLayout {
  const paramsRow = 2; // below the title and a blank row
  const monthsRow = paramsRow + PARAM_KEYS.length + 2;
  const checkRow = monthsRow + 12 + 2; // twelve months, then a blank row
  return {
    paramsRow,
    monthsRow,
    checkRow,
    daysRow: checkRow + 2,
    annualCell: `$C$${paramsRow + 2}`,
  };
}

export function buildTargetsPlan(b: Breakdown, lang: Lang): SheetPlan {
  const sheet = TARGETS_SHEET;
  const madeBy = t(lang, "targets.madeBy");
  const layout = targetsLayout();
  const money = amountFormat(b.unit);
  const days = dayTable(b, lang);
  const targetHeader = days.columns[days.columns.length - 1].header;
  const monthHeader = days.columns[2].header;

  const params: TablePlan = {
    name: PARAMS_TABLE,
    sheet,
    anchor: { row: layout.paramsRow, col: 0 },
    columns: [
      { header: t(lang, "targets.col.key"), width: 10 },
      { header: t(lang, "targets.col.parameter"), width: 28 },
      { header: t(lang, "targets.col.value"), width: 24 },
    ],
    rows: paramRows(b, lang),
    madeBy,
  };

  const monthsHeader = t(lang, "targets.col.target");
  const months: TablePlan = {
    name: MONTHS_TABLE,
    sheet,
    anchor: { row: layout.monthsRow, col: 0 },
    columns: [
      { header: t(lang, "targets.col.month"), width: 10 },
      { header: t(lang, "targets.col.quarter"), width: 10 },
      { header: t(lang, "targets.col.start"), numberFormat: "yyyy-mm-dd", width: 12 },
      { header: t(lang, "targets.col.end"), numberFormat: "yyyy-mm-dd", width: 12 },
      { header: t(lang, "targets.col.workingDays"), numberFormat: "0", width: 12 },
      { header: monthsHeader, numberFormat: money, width: 16 },
    ],
    rows: b.months.map((m, i) => {
      // The month cell of the same row, as a plain A1 reference (structured [@Month] is stored differently by file formats).
      const monthCell = cellAddress(layout.monthsRow + 1 + i, 0);
      return [
        m.key,
        quarterKey(m.start),
        { date: m.start },
        { date: m.end },
        m.workingDays,
        {
          formula: `=SUMIFS(${columnRef(DAYS_TABLE, targetHeader)},${columnRef(DAYS_TABLE, monthHeader)},${monthCell})`,
          result: unitsToAmount(m.units, b.unit),
        },
      ];
    }),
    madeBy,
  };

  const sumMonths = `SUM(${columnRef(MONTHS_TABLE, monthsHeader)})`;
  const annual = unitsToAmount(b.annualUnits, b.unit);
  const gap = `${sumMonths}-${layout.annualCell}`;
  const cells: CellPlanEntry[] = [
    {
      sheet,
      row: 0,
      col: 0,
      value: t(lang, "targets.title", { start: isoDate(b.start), end: isoDate(b.end) }),
      bold: true,
    },
    { sheet, row: layout.checkRow, col: 4, value: t(lang, "targets.monthsTotal"), bold: true },
    {
      sheet,
      row: layout.checkRow,
      col: 5,
      value: { formula: `=${sumMonths}`, result: annual },
      numberFormat: money,
      bold: true,
    },
    {
      sheet,
      row: layout.checkRow,
      col: 6,
      value: {
        // ROUND: with cents, a sum of binary floats can miss the target by 1e-9.
        formula: `=IF(ROUND(${gap},${decimals(b.unit)})=0,${quoted(t(lang, "targets.check.ok"))},${quoted(t(lang, "targets.check.off") + " ")}&TEXT(${gap},${quoted(money)}))`,
        result: t(lang, "targets.check.ok"),
      },
    },
  ];

  const dayPlan: TablePlan = {
    name: DAYS_TABLE,
    sheet,
    anchor: { row: layout.daysRow, col: 0 },
    columns: days.columns,
    rows: days.rows,
    madeBy,
  };
  return { tables: [params, months, dayPlan], cells };
}
