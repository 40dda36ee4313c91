import { parseIsoDate, serialToDay, PHANTOM_LEAP_SERIAL, type Day } from "../core/calendar";
import { fail, ok, type Result } from "../core/issues";

/**
 * Coercion of Excel-shaped arguments. Custom functions receive numbers, strings,
 * booleans, null for an empty cell, 2-D arrays for ranges, and (with
 * capturesCalculationErrors) error objects. Each helper returns a typed value or an
 * issue naming the argument, so function bodies stay a few lines long.
 */
export type Cell = number | string | boolean | null | undefined | { code?: string };

function isBlank(v: unknown): v is null | undefined | "" {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

function isErrorValue(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** A single cell: the top-left of a range, since Excel passes a 1×1 range as [[v]]. */
export function single(v: unknown): unknown {
  let x = v;
  while (Array.isArray(x)) x = x.length > 0 ? x[0] : null;
  return x;
}

export interface NumberRule {
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}

/** A number: numeric cells, or text holding a number ("1,200" and full-width digits too). */
export function toNumber(name: string, raw: unknown, rule: NumberRule = {}): Result<number> {
  const v = single(raw);
  if (isBlank(v)) return fail("arg.required", { arg: name }, "na");
  if (isErrorValue(v)) return fail("arg.errorValue", { arg: name });
  let n: number;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") {
    const cleaned = v.normalize("NFKC").trim().replace(/[,\s]/g, "");
    n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? Number(cleaned) : NaN;
  } else n = NaN;
  if (!Number.isFinite(n)) return fail("arg.notNumber", { arg: name, value: show(v) });
  if (rule.integer && !Number.isInteger(n))
    return fail("arg.notNumber", { arg: name, value: show(v) });
  if ((rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max)) {
    return fail("arg.outOfRange", {
      arg: name,
      value: n,
      min: rule.min ?? "-∞",
      max: rule.max ?? "∞",
    });
  }
  return ok(n);
}

export function optionalNumber(
  name: string,
  raw: unknown,
  fallback: number,
  rule: NumberRule = {}
): Result<number> {
  return isBlank(single(raw)) ? ok(fallback) : toNumber(name, raw, rule);
}

/** Text: numbers are read as their digits (an ID typed as a number is still an ID). */
export function toText(name: string, raw: unknown): Result<string> {
  const v = single(raw);
  if (isBlank(v)) return fail("arg.required", { arg: name }, "na");
  if (isErrorValue(v)) return fail("arg.errorValue", { arg: name });
  if (typeof v === "string") return ok(v);
  if (typeof v === "number" || typeof v === "boolean") return ok(String(v));
  return fail("arg.notText", { arg: name, value: show(v) });
}

/** A date: a date cell (serial number) or text in ISO form ("2026-10-01", "2026/10/1"). */
export function toDay(name: string, raw: unknown): Result<Day> {
  const v = single(raw);
  if (isBlank(v)) return fail("arg.required", { arg: name }, "na");
  if (isErrorValue(v)) return fail("arg.errorValue", { arg: name });
  if (typeof v === "number") {
    if (Math.floor(v) === PHANTOM_LEAP_SERIAL) return fail("calendar.phantomDate", { arg: name });
    const day = serialToDay(v);
    return day === undefined ? fail("arg.dateOutOfRange", { arg: name, value: v }) : ok(day);
  }
  if (typeof v === "string") {
    const day = parseIsoDate(v.normalize("NFKC"));
    if (day !== undefined) return ok(day);
  }
  return fail("arg.notDate", { arg: name, value: show(v) });
}

/** Every cell of a range, row by row. */
export function cells(raw: unknown): unknown[] {
  if (!Array.isArray(raw)) return [raw];
  const out: unknown[] = [];
  for (const row of raw) {
    if (Array.isArray(row)) for (const c of row) out.push(c);
    else out.push(row);
  }
  return out;
}

/**
 * A list of dates from a range (holidays, make-up days). Blank cells are skipped,
 * since users select whole columns; anything else that is not a date is reported.
 */
export function toDayList(name: string, raw: unknown): Result<Day[]> {
  if (raw === undefined || raw === null) return ok([]);
  const out: Day[] = [];
  for (const c of cells(raw)) {
    if (isBlank(c)) continue;
    const d = toDay(name, c);
    if (!d.ok) {
      return d.issue.code === "arg.notDate"
        ? fail("calendar.badListDate", { arg: name, value: show(c) })
        : d;
    }
    out.push(d.value);
  }
  return ok(out);
}
