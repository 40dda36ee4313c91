import { isoDate, isWorkingDay, type WorkCalendar } from "../calendar";
import { fail, ok, type Result } from "../issues";
import { MAX_UNITS, scaleToIntegers } from "./intmath";
import { PLAN_MONTHS, type PlanPeriod } from "./period";
import type { WeightSpec } from "./types";

/**
 * Each day's share of the year as an exact fraction num/den (0 for days off), and each
 * month's share likewise; a day's quota is annual × num / den. Keeping per-month
 * denominators (month weight ÷ its working days) avoids ever rounding a weight.
 * The fractions are consistent: a month's day shares add up to the month's share,
 * and the months' to 1.
 */
export interface DayShares {
  readonly dayNum: readonly number[];
  readonly dayDen: readonly number[];
  readonly monthNum: readonly number[];
  readonly monthDen: readonly number[];
}

/** Weights are read to six decimals; finer digits are rounded. */
const WEIGHT_DECIMALS = 6;
/** The most working days a month can have (a make-up Saturday cannot add a 32nd day). */
const MAX_DAYS_IN_MONTH = 31;

function checkWeights(values: readonly number[], label: (i: number) => string): Result<void> {
  for (const [i, w] of values.entries()) {
    if (!Number.isFinite(w))
      return fail("targets.weightNotNumber", { what: label(i), value: String(w) });
    if (w < 0) return fail("targets.weightNegative", { what: label(i), value: w });
  }
  if (values.every((w) => w === 0)) return fail("targets.weightsAllZero");
  return ok(undefined);
}

/** Integer weights whose total, times a month's day count, still fits the exact arithmetic. */
function integerWeights(values: readonly number[], perDay: boolean): Result<number[]> {
  const ints = scaleToIntegers(values, WEIGHT_DECIMALS);
  const total = ints.reduce((a, b) => a + b, 0);
  const limit = perDay ? MAX_UNITS : MAX_UNITS / MAX_DAYS_IN_MONTH;
  if (!Number.isSafeInteger(total) || total > limit) return fail("targets.weightsTooLarge");
  return ok(ints);
}

export function dayShares(
  period: PlanPeriod,
  cal: WorkCalendar,
  spec: WeightSpec
): Result<DayShares> {
  const { start } = period;
  const length = period.end - start + 1;
  const working = Array.from({ length }, (_, i) => isWorkingDay(cal, start + i));
  const monthOf = (i: number) => period.months.findIndex((m) => start + i <= m.end);
  const perMonth = period.months.map(
    (m) => working.slice(m.start - start, m.end - start + 1).filter(Boolean).length
  );
  const dayNum = new Array<number>(length).fill(0);
  const dayDen = new Array<number>(length).fill(1);

  if (spec.kind === "workday") {
    const total = perMonth.reduce((a, b) => a + b, 0);
    if (total === 0)
      return fail("targets.noWorkingDays", {
        start: isoDate(period.start),
        end: isoDate(period.end),
      });
    working.forEach((w, i) => {
      dayNum[i] = w ? 1 : 0;
      dayDen[i] = total;
    });
    return ok({ dayNum, dayDen, monthNum: perMonth, monthDen: perMonth.map(() => total) });
  }

  if (spec.kind === "month" || spec.kind === "monthly") {
    const raw = spec.kind === "month" ? period.months.map(() => 1) : spec.amounts;
    if (raw.length !== PLAN_MONTHS) return fail("targets.weightsCount", { count: raw.length });
    const checked = checkWeights(raw, (i) => period.months[i].key);
    if (!checked.ok) return checked;
    const ints = integerWeights(raw, false);
    if (!ints.ok) return ints;
    const total = ints.value.reduce((a, b) => a + b, 0);
    for (const [m, w] of ints.value.entries()) {
      if (w > 0 && perMonth[m] === 0)
        return fail("targets.monthNoWorkday", { month: period.months[m].key });
    }
    let m = 0;
    for (let i = 0; i < length; i++) {
      if (start + i > period.months[m].end) m++;
      dayNum[i] = working[i] ? ints.value[m] : 0;
      dayDen[i] = working[i] ? total * perMonth[m] : 1;
    }
    return ok({ dayNum, dayDen, monthNum: ints.value, monthDen: ints.value.map(() => total) });
  }

  // A weight per date.
  const raw = new Array<number>(length).fill(0);
  for (const { date, weight } of spec.days) {
    if (date < period.start || date > period.end) {
      return fail("targets.dateOutsidePlan", {
        date: isoDate(date),
        start: isoDate(period.start),
        end: isoDate(period.end),
      });
    }
    raw[date - start] += weight;
  }
  const checked = checkWeights(raw, (i) => isoDate(start + i));
  if (!checked.ok) return checked;
  for (let i = 0; i < length; i++) {
    if (raw[i] > 0 && !working[i])
      return fail("targets.weightOnDayOff", { date: isoDate(start + i) });
  }
  const ints = integerWeights(raw, true);
  if (!ints.ok) return ints;
  const total = ints.value.reduce((a, b) => a + b, 0);
  const monthNum = period.months.map(() => 0);
  ints.value.forEach((w, i) => {
    dayNum[i] = w;
    dayDen[i] = total;
    monthNum[monthOf(i)] += w;
  });
  return ok({ dayNum, dayDen, monthNum, monthDen: monthNum.map(() => total) });
}
