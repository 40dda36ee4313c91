import { countWorkdays, isoDate, type Day, type WorkCalendar } from "../calendar";
import { fail, ok, type Result } from "../issues";
import type { Breakdown, PeriodKind, TargetPeriod } from "./types";

/**
 * Words for a period, as typed into a formula or a form. Chinese users write 季度 or
 * 季, 月 or 月度, 周 (Simplified) or 週 (Traditional) or 星期, 日 or 天.
 */
const PERIOD_WORDS: Readonly<Record<string, PeriodKind>> = {
  quarter: "quarter",
  quarterly: "quarter",
  q: "quarter",
  季度: "quarter",
  季: "quarter",
  month: "month",
  monthly: "month",
  m: "month",
  月: "month",
  月度: "month",
  week: "week",
  weekly: "week",
  w: "week",
  周: "week",
  週: "week",
  星期: "week",
  day: "day",
  daily: "day",
  d: "day",
  日: "day",
  天: "day",
};

export const PERIOD_CHOICES = "quarter, month, week, day (季度, 月, 周/週, 日)";

export function parsePeriod(text: string): Result<PeriodKind> {
  const kind = PERIOD_WORDS[text.normalize("NFKC").trim().toLowerCase()];
  return kind ? ok(kind) : fail("targets.periodInvalid", { value: text, choices: PERIOD_CHOICES });
}

/** The breakdown's periods of a kind; for days, one period per calendar day. */
export function periodsOfKind(b: Breakdown, kind: PeriodKind): readonly TargetPeriod[] {
  if (kind === "quarter") return b.quarters;
  if (kind === "month") return b.months;
  if (kind === "week") return b.weeks;
  return b.days.map((d) => ({
    key: isoDate(d.date),
    start: d.date,
    end: d.date,
    units: d.units,
    workingDays: d.working ? 1 : 0,
  }));
}

/** The period of a kind that contains `date`; an issue when the date is outside the plan. */
export function periodContaining(b: Breakdown, kind: PeriodKind, date: Day): Result<TargetPeriod> {
  if (date < b.start || date > b.end) {
    return fail("targets.dateOutsidePlan", {
      date: isoDate(date),
      start: isoDate(b.start),
      end: isoDate(b.end),
    });
  }
  if (kind === "day") {
    const d = b.days[date - b.start];
    return ok({
      key: isoDate(date),
      start: date,
      end: date,
      units: d.units,
      workingDays: d.working ? 1 : 0,
    });
  }
  return ok(periodsOfKind(b, kind).find((p) => p.start <= date && date <= p.end)!);
}

/**
 * Time-progress attainment (时间进度达成率): actual ÷ (target × the share of working
 * days elapsed). Working days are counted from `start` through `asOf`, both included,
 * as NETWORKDAYS does, so on the last working day the share is 100%; `asOf` after
 * `end` counts as `end`. 1 means exactly on pace.
 */
export function pace(
  target: number,
  actual: number,
  cal: WorkCalendar,
  start: Day,
  end: Day,
  asOf: Day
): Result<number> {
  if (!Number.isFinite(target) || target <= 0)
    return fail("targets.paceTarget", { value: String(target) });
  if (!Number.isFinite(actual)) return fail("targets.paceActual", { value: String(actual) });
  if (end < start) return fail("targets.paceRange", { start: isoDate(start), end: isoDate(end) });
  const all = countWorkdays(cal, start, end);
  if (all === 0)
    return fail("targets.paceNoWorkdays", { start: isoDate(start), end: isoDate(end) });
  if (asOf < start)
    return fail("targets.paceNotStarted", { asOf: isoDate(asOf), start: isoDate(start) }, "na");
  const elapsed = countWorkdays(cal, start, Math.min(asOf, end));
  if (elapsed === 0)
    return fail("targets.paceNotStarted", { asOf: isoDate(asOf), start: isoDate(start) }, "na");
  return ok(actual / ((target * elapsed) / all));
}
