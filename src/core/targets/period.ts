import { addMonths, dayFromYmd, isoDate, isoWeek, ymdOf, type Day } from "../calendar";
import { fail, ok, type Result } from "../issues";

/**
 * The plan period: twelve whole months from a start month, so a calendar year or any
 * fiscal year. Weeks are ISO weeks (Monday start) and quarters calendar quarters, both
 * clipped to the plan, so every day belongs to exactly one week, month and quarter and
 * the periods' keys match the Week / Month / Quarter columns of the day table.
 */
export interface PlanPeriod {
  readonly start: Day;
  readonly end: Day;
  /** The twelve months in order, each with its key ("2026-01") and first and last day. */
  readonly months: readonly { readonly key: string; readonly start: Day; readonly end: Day }[];
}

/** Months in a plan: a year, whatever month it starts in. */
export const PLAN_MONTHS = 12;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** "2026-01" */
export function monthKey(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${pad(year, 4)}-${pad(month)}`;
}

/** "2026-Q1" (calendar quarter) */
export function quarterKey(day: Day): string {
  const { year, month } = ymdOf(day);
  return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** "2026-W01" (ISO week-year and week: 2027-01-01 is in 2026-W53) */
export function weekKey(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The plan starting on `start`, which must be the first day of a month. */
export function planPeriod(start: Day): Result<PlanPeriod> {
  const { year, month, day } = ymdOf(start);
  if (day !== 1) {
    return fail("targets.startNotFirst", {
      date: isoDate(start),
      first: isoDate(dayFromYmd(year, month, 1)),
    });
  }
  const months = Array.from({ length: PLAN_MONTHS }, (_, i) => {
    const m = addMonths(year, month, i);
    const next = addMonths(year, month, i + 1);
    const first = dayFromYmd(m.year, m.month, 1);
    return { key: monthKey(first), start: first, end: dayFromYmd(next.year, next.month, 1) - 1 };
  });
  return ok({ start, end: months[PLAN_MONTHS - 1].end, months });
}

/** The plan for a calendar year. */
export function yearPlan(year: number): Result<PlanPeriod> {
  return planPeriod(dayFromYmd(year, 1, 1));
}
