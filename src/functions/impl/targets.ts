import { dayFromYmd, dayToSerial, parseWeekend, ymdOf, type Day } from "../../core/calendar";
import { fail, ok, type Result } from "../../core/issues";
import {
  amendCalendar,
  breakDown,
  pace as paceOf,
  parsePeriod,
  periodContaining,
  periodsOfKind,
  splitAmount,
  unitsToAmount,
  type Breakdown,
  type PeriodKind,
  type ShareInput,
  type WeightSpec,
} from "../../core/targets";
import { cells, optionalNumber, single, toDay, toDayList, toNumber, toText } from "../args";
import { valueOrError } from "../errors";
import { uiLang } from "../lang";

/**
 * The targets functions. Dates come back as serial numbers: a function cannot set the
 * number format of the cells it spills into in every Excel host, so users format the
 * date columns (the README says so).
 */

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A 2-D range as rows (a single value is a 1×1 range). */
function grid(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  return raw.map((row) => (Array.isArray(row) ? row : [row]));
}

/** Years people type instead of a date (=TARGETSPLIT(…, 2026)); serials 1900–9999 are dates in 1905–1927, which no one plans. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;

/** The plan start: a date, or a year number meaning its 1 January. */
export function readStart(raw: unknown): Result<Day> {
  const v = single(raw);
  if (typeof v === "number" && Number.isInteger(v) && v >= FIRST_YEAR && v <= LAST_YEAR)
    return ok(dayFromYmd(v, 1, 1));
  return toDay("start", raw);
}

const EVEN_PER_MONTH = /^(month|months|monthly|月|按月|每月|每月平均)$/i;
const EVEN_PER_DAY = /^(workday|workdays|day|days|工作日|每日|每天)$/i;

/**
 * The weights argument: blank (even per working day), "month" (even per month), twelve
 * monthly amounts in a row or a column, or two columns of dates and weights.
 */
export function readWeights(raw: unknown): Result<WeightSpec> {
  const g = grid(raw);
  const values = cells(raw);
  if (values.every(isBlank)) return ok({ kind: "workday" });
  if (values.length === 1 && typeof values[0] === "string") {
    const text = values[0].normalize("NFKC").trim();
    if (EVEN_PER_MONTH.test(text)) return ok({ kind: "month" });
    if (EVEN_PER_DAY.test(text)) return ok({ kind: "workday" });
    return fail("targets.weightsArg");
  }
  const width = g[0].length;
  if (width === 2 && g.every((row) => row.length === 2)) {
    const days: { date: Day; weight: number }[] = [];
    for (const [date, weight] of g) {
      if (isBlank(date) && isBlank(weight)) continue;
      const d = toDay("weights", date);
      if (!d.ok) return d;
      const w = optionalNumber("weights", weight, 0);
      if (!w.ok) return w;
      days.push({ date: d.value, weight: w.value });
    }
    return ok({ kind: "daily", days });
  }
  if (g.length === 1 || width === 1) {
    const amounts: number[] = [];
    for (const c of values) {
      const n = optionalNumber("weights", c, 0);
      if (!n.ok) return n;
      amounts.push(n.value);
    }
    return ok({ kind: "monthly", amounts });
  }
  return fail("targets.weightsArg");
}

function readPeriod(raw: unknown, fallback: PeriodKind): Result<PeriodKind> {
  const v = single(raw);
  return isBlank(v) ? ok(fallback) : parsePeriod(String(v));
}

interface PlanArgs {
  readonly annual: number;
  readonly start: Day;
  readonly weights: WeightSpec;
  readonly holidays: Day[];
  readonly workdays: Day[];
  readonly weekend: boolean[];
}

function readPlanArgs(
  annual: unknown,
  start: Result<Day>,
  weights: unknown,
  holidays: unknown,
  workdays: unknown,
  weekend: unknown
): Result<PlanArgs> {
  const a = toNumber("annual", annual);
  if (!a.ok) return a;
  if (!start.ok) return start;
  const w = readWeights(weights);
  if (!w.ok) return w;
  const h = toDayList("holidays", holidays);
  if (!h.ok) return h;
  const m = toDayList("workdays", workdays);
  if (!m.ok) return m;
  const wk = parseWeekend(single(weekend) as string | number | null | undefined);
  if (!wk.ok) return wk;
  return ok({
    annual: a.value,
    start: start.value,
    weights: w.value,
    holidays: h.value,
    workdays: m.value,
    weekend: wk.value,
  });
}

/**
 * Excel recalculates every TARGETFOR cell of a sheet with the same plan (a column of
 * dates against one annual target), so the last few breakdowns are kept: each is a
 * year of days and costs a few milliseconds to compute.
 */
const CACHE_SIZE = 8;
const cache = new Map<string, Result<Breakdown>>();

function planFor(args: PlanArgs): Result<Breakdown> {
  const key = JSON.stringify(args);
  const hit = cache.get(key);
  if (hit) return hit;
  const cal = amendCalendar(args.weekend, undefined, args.holidays, args.workdays);
  const result = cal.ok
    ? breakDown({
        annual: args.annual,
        start: args.start,
        calendar: cal.value,
        weights: args.weights,
      })
    : cal;
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, result);
  return result;
}

export function targetSplitResult(
  annual: unknown,
  start: unknown,
  period: unknown,
  weights: unknown,
  holidays: unknown,
  workdays: unknown,
  weekend: unknown
): Result<number[][]> {
  const args = readPlanArgs(annual, readStart(start), weights, holidays, workdays, weekend);
  if (!args.ok) return args;
  const kind = readPeriod(period, "month");
  if (!kind.ok) return kind;
  const b = planFor(args.value);
  if (!b.ok) return b;
  const { unit } = b.value;
  return ok(
    periodsOfKind(b.value, kind.value).map((p) => [
      dayToSerial(p.start),
      dayToSerial(p.end),
      p.workingDays,
      unitsToAmount(p.units, unit),
    ])
  );
}

export function targetForResult(
  annual: unknown,
  date: unknown,
  period: unknown,
  weights: unknown,
  holidays: unknown,
  workdays: unknown,
  weekend: unknown
): Result<number> {
  const d = toDay("date", date);
  if (!d.ok) return d;
  const args = readPlanArgs(
    annual,
    ok(dayFromYmd(ymdOf(d.value).year, 1, 1)),
    weights,
    holidays,
    workdays,
    weekend
  );
  if (!args.ok) return args;
  const kind = readPeriod(period, "day");
  if (!kind.ok) return kind;
  const b = planFor(args.value);
  if (!b.ok) return b;
  const p = periodContaining(b.value, kind.value, d.value);
  return p.ok ? ok(unitsToAmount(p.value.units, b.value.unit)) : p;
}

/** Shares from a column or row of numbers, or two columns of names and shares; blank rows give 0. */
export function readShareRange(
  raw: unknown
): Result<{ shares: ShareInput[]; rows: number[]; shape: "column" | "row" }> {
  const g = grid(raw);
  const shares: ShareInput[] = [];
  const rows: number[] = [];
  const named =
    g.every((r) => r.length === 2) && g.some((r) => typeof r[0] === "string" && !isBlank(r[0]));
  if (named) {
    for (const [i, [name, share]] of g.entries()) {
      if (isBlank(name) && isBlank(share)) continue;
      const n = toText("shares", name);
      if (!n.ok) return n;
      const s = optionalNumber("shares", share, 0);
      if (!s.ok) return s;
      shares.push({ name: n.value, share: s.value });
      rows.push(i);
    }
    return ok({ shares, rows, shape: "column" });
  }
  const isRow = g.length === 1;
  if (!isRow && g.some((r) => r.length !== 1)) return fail("targets.sharesArg");
  for (const [i, c] of cells(raw).entries()) {
    const s = optionalNumber("shares", c, 0);
    if (!s.ok) return s;
    shares.push({ name: String(i + 1), share: s.value });
    rows.push(i);
  }
  return ok({ shares, rows, shape: isRow && g[0].length > 1 ? "row" : "column" });
}

export function marketSplitResult(
  amount: unknown,
  shares: unknown,
  unit: unknown
): Result<number[][]> {
  const a = toNumber("amount", amount);
  if (!a.ok) return a;
  const u = optionalNumber("unit", unit, 1);
  if (!u.ok) return u;
  const range = readShareRange(shares);
  if (!range.ok) return range;
  const { shares: list, rows, shape } = range.value;
  if (list.length === 0) return fail("arg.required", { arg: "shares" }, "na");
  const parts = splitAmount(a.value, list, u.value);
  if (!parts.ok) return parts;
  const height = grid(shares).length;
  const out = new Array<number>(shape === "row" ? list.length : height).fill(0);
  rows.forEach((r, k) => (out[r] = parts.value[k]));
  return ok(shape === "row" ? [out] : out.map((x) => [x]));
}

/** Today in the local time zone, as a day number: what TODAY() would show. */
function today(): Day {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function paceResult(
  target: unknown,
  actual: unknown,
  start: unknown,
  end: unknown,
  asOf: unknown,
  holidays: unknown,
  workdays: unknown
): Result<number> {
  const t = toNumber("target", target);
  if (!t.ok) return t;
  const a = toNumber("actual", actual);
  if (!a.ok) return a;
  const s = toDay("start", start);
  if (!s.ok) return s;
  const e = toDay("end", end);
  if (!e.ok) return e;
  const at = isBlank(single(asOf)) ? ok(today()) : toDay("asOf", asOf);
  if (!at.ok) return at;
  const h = toDayList("holidays", holidays);
  if (!h.ok) return h;
  const w = toDayList("workdays", workdays);
  if (!w.ok) return w;
  const cal = amendCalendar(undefined, undefined, h.value, w.value);
  if (!cal.ok) return cal;
  return paceOf(t.value, a.value, cal.value, s.value, e.value, at.value);
}

/** SALES.TARGETSPLIT: the contract is the JSDoc of the registered wrapper in ../targets.ts. */
export function targetsplit(
  annual: any,
  start: any,
  period?: any,
  weights?: any[][],
  holidays?: any[][],
  workdays?: any[][],
  weekend?: any
): number[][] | CustomFunctions.Error {
  return valueOrError(
    targetSplitResult(annual, start, period, weights, holidays, workdays, weekend),
    uiLang()
  );
}

/** SALES.TARGETFOR: the contract is the JSDoc of the registered wrapper in ../targets.ts. */
export function targetfor(
  annual: any,
  date: any,
  period?: any,
  weights?: any[][],
  holidays?: any[][],
  workdays?: any[][],
  weekend?: any
): number | CustomFunctions.Error {
  return valueOrError(
    targetForResult(annual, date, period, weights, holidays, workdays, weekend),
    uiLang()
  );
}

/** SALES.MARKETSPLIT: the contract is the JSDoc of the registered wrapper in ../targets.ts. */
export function marketsplit(
  amount: any,
  shares: any[][],
  unit?: any
): number[][] | CustomFunctions.Error {
  return valueOrError(marketSplitResult(amount, shares, unit), uiLang());
}

/** SALES.PACE: the contract is the JSDoc of the registered wrapper in ../targets.ts. */
export function pace(
  target: any,
  actual: any,
  start: any,
  end: any,
  asOf?: any,
  holidays?: any[][],
  workdays?: any[][]
): number | CustomFunctions.Error {
  return valueOrError(paceResult(target, actual, start, end, asOf, holidays, workdays), uiLang());
}
