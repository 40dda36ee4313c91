import { findConflict, isoDate, isWorkingDay, makeCalendar, type Day } from "../calendar";
import { fail, ok, type Result } from "../issues";
import { MAX_UNITS } from "./intmath";
import { monthKey, planPeriod, quarterKey, weekKey } from "./period";
import { fillGrid, largestRemainder, roundTable } from "./rounding";
import { MAX_CELLS, readShares, type Split } from "./shares";
import type {
  Breakdown,
  ShareInput,
  SplitTotal,
  TargetCell,
  TargetDay,
  TargetInput,
  TargetPeriod,
  WeightSpec,
} from "./types";
import { dayShares } from "./weights";

/**
 * Rounding units people use for targets: cents and dimes for small accounts, tens to
 * thousands for large ones. Each is a power of ten, so an amount in units converts to
 * currency with one exact multiplication or division.
 */
export const UNITS: readonly number[] = [0.01, 0.1, 1, 10, 100, 1000];

/** Reads a rounding unit; undefined when it is not one of UNITS. */
export function readUnit(unit: number): number | undefined {
  return UNITS.find((u) => Math.abs(u - unit) <= u * 1e-9);
}

/** Whole units → currency. Dividing by 100 (not multiplying by 0.01) gives the nearest double to the decimal. */
export function unitsToAmount(units: number, unit: number): number {
  return unit < 1 ? units / Math.round(1 / unit) : units * unit;
}

/**
 * Currency → whole units, or undefined when the amount is not a multiple of the unit.
 * An amount is a multiple when it is the very number the units convert back to, which
 * is exact for any amount typed with at most the unit's decimals (no tolerance to tune).
 */
export function amountToUnits(amount: number, unit: number): number | undefined {
  const units = Math.round(unit < 1 ? amount * Math.round(1 / unit) : amount / unit);
  return unitsToAmount(units, unit) === amount ? units : undefined;
}

/** An amount in whole units; `what` picks the messages ("annual" for a target, "amount" for MARKETSPLIT). */
function readAnnual(
  annual: number,
  unit: number,
  what: "annual" | "amount" = "annual"
): Result<number> {
  if (!Number.isFinite(annual)) return fail(`targets.${what}NotNumber`, { value: String(annual) });
  if (annual < 0) return fail(`targets.${what}Negative`, { value: annual });
  const units = amountToUnits(annual, unit);
  if (units === undefined) return fail(`targets.${what}NotMultiple`, { value: annual, unit });
  if (units > MAX_UNITS)
    return fail(`targets.${what}TooLarge`, { value: annual, max: unitsToAmount(MAX_UNITS, unit) });
  return ok(units);
}

/** The cells (market × tier, market-major) and their totals, each within one unit of its quota. */
function splitYear(
  total: number,
  markets?: Split,
  tiers?: Split
): { cells: TargetCell[]; totals: number[] } {
  if (markets && tiers) {
    const table = roundTable(total, markets.weights, tiers.weights);
    const cells = markets.names.flatMap((market) => tiers.names.map((tier) => ({ market, tier })));
    return { cells, totals: table.flat() };
  }
  if (markets)
    return {
      cells: markets.names.map((market) => ({ market })),
      totals: largestRemainder(total, markets.weights),
    };
  if (tiers)
    return {
      cells: tiers.names.map((tier) => ({ tier })),
      totals: largestRemainder(total, tiers.weights),
    };
  return { cells: [], totals: [total] };
}

function splitTotals(split: Split | undefined, pick: (i: number) => number): SplitTotal[] {
  return split
    ? split.names.map((name, i) => ({ name, percent: split.percents[i], units: pick(i) }))
    : [];
}

/** Groups consecutive days with the same key into periods (keys are computed once per day). */
export function periodsOf(days: readonly TargetDay[], keyOf: (d: Day) => string): TargetPeriod[] {
  const out: { key: string; start: Day; end: Day; units: number; workingDays: number }[] = [];
  let last: (typeof out)[number] | undefined;
  for (const d of days) {
    const key = keyOf(d.date);
    if (!last || last.key !== key) {
      last = { key, start: d.date, end: d.date, units: 0, workingDays: 0 };
      out.push(last);
    }
    last.end = d.date;
    last.units += d.units;
    if (d.working) last.workingDays += 1;
  }
  return out;
}

function readSplit(
  kind: "market" | "tier",
  shares: TargetInput["markets"]
): Result<Split | undefined> {
  return shares && shares.length > 0 ? readShares(kind, shares) : ok(undefined);
}

/**
 * Breaks an annual target down to every day of the plan, and each day into market ×
 * tier cells, so that every level adds back exactly (see the invariants in
 * targets.property.test.ts). Bad input is an issue, never an exception.
 */
export function breakDown(input: TargetInput): Result<Breakdown> {
  const unit = readUnit(input.unit ?? 1);
  if (unit === undefined)
    return fail("targets.unitInvalid", { value: String(input.unit), units: UNITS.join(", ") });
  const annual = readAnnual(input.annual, unit);
  if (!annual.ok) return annual;
  const total = annual.value;
  const period = planPeriod(input.start);
  if (!period.ok) return period;
  const calendar = input.calendar ?? makeCalendar();
  const clash = findConflict(calendar);
  if (clash !== undefined) return fail("calendar.conflict", { date: isoDate(clash) });
  const weights: WeightSpec = input.weights ?? { kind: "workday" };
  const shares = dayShares(period.value, calendar, weights);
  if (!shares.ok) return shares;
  const markets = readSplit("market", input.markets);
  if (!markets.ok) return markets;
  const tiers = readSplit("tier", input.tiers);
  if (!tiers.ok) return tiers;
  const cellCount = (markets.value?.names.length ?? 1) * (tiers.value?.names.length ?? 1);
  if (cellCount > MAX_CELLS)
    return fail("targets.tooManyCells", { count: cellCount, max: MAX_CELLS });

  const { cells, totals } = splitYear(total, markets.value, tiers.value);
  const { start, end, months } = period.value;
  const s = shares.value;
  let month = 0;
  const rows = s.dayNum.map((num, i) => {
    if (start + i > months[month].end) month++;
    return { num, den: s.dayDen[i], group: month };
  });
  const groups = s.monthNum.map((num, m) => ({ num, den: s.monthDen[m] }));
  const grid = fillGrid(total, rows, groups, totals);
  const days: TargetDay[] = grid.map((row, i) => ({
    date: start + i,
    working: isWorkingDay(calendar, start + i),
    units: row.reduce((a, b) => a + b, 0),
    cells: cells.length > 0 ? row : [],
  }));

  const marketTotals = (i: number) => {
    const per = tiers.value?.names.length ?? 1;
    return totals.slice(i * per, (i + 1) * per).reduce((a, b) => a + b, 0);
  };
  const tierTotals = (j: number) => {
    if (!markets.value) return totals[j];
    const per = tiers.value!.names.length;
    return totals.filter((_, k) => k % per === j).reduce((a, b) => a + b, 0);
  };
  return ok({
    annual: input.annual,
    annualUnits: total,
    unit,
    start,
    end,
    calendar,
    calendarName: input.calendarName,
    weights,
    cells,
    cellTotals: cells.length > 0 ? totals : [],
    markets: splitTotals(markets.value, marketTotals),
    tiers: splitTotals(tiers.value, tierTotals),
    days,
    weeks: periodsOf(days, weekKey),
    months: periodsOf(days, monthKey),
    quarters: periodsOf(days, quarterKey),
  });
}

/**
 * Splits one amount by shares (MARKETSPLIT): Hamilton's method in whole units, so the
 * parts add back exactly. Names only label messages; shares follow readShares' rules.
 */
export function splitAmount(
  amount: number,
  shares: readonly ShareInput[],
  unitInput = 1
): Result<number[]> {
  const unit = readUnit(unitInput);
  if (unit === undefined)
    return fail("targets.unitInvalid", { value: String(unitInput), units: UNITS.join(", ") });
  const total = readAnnual(amount, unit, "amount");
  if (!total.ok) return total;
  const split = readShares("market", shares);
  if (!split.ok) return split;
  return ok(largestRemainder(total.value, split.value.weights).map((u) => unitsToAmount(u, unit)));
}
