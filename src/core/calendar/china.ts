/**
 * Mainland China's public holidays and make-up working days (调休), from the
 * `chinese-days` package.
 *
 * Why this package: the State Council publishes each year's arrangement (放假安排) in
 * November, and `chinese-days` transcribes it, holidays *and* the weekend days worked
 * in exchange, with a link to each notice; it is updated every year. `date-holidays`
 * knows the holidays but not the make-up days, so with it a Saturday like 2026-02-28
 * would count as a day off when everyone is at work, and each 调休 arrangement would
 * be wrong by one to two days.
 *
 * Why its data file and not its functions: the package's date functions parse
 * "YYYY-MM-DD" as UTC and then move to the start of the day in local time, so west of
 * Greenwich every answer is a day early (getDayDetail("2026-01-04") reports 2026-01-03
 * in New York). Its JSON data, keyed by ISO date, has no time zone at all.
 *
 * Coverage (chinese-days 1.5.7): 2004 to 2026. Later years need the package's next
 * release, published after the State Council's notice each November.
 */
import data from "chinese-days/dist/chinese-days.json";
import { fail, ok, type Result } from "../issues";
import { isoDate, ymdOf, type Day } from "./serial";

interface ChineseDaysData {
  /** ISO date → "English name,中文名,days": every day off of a holiday period, weekends included. */
  readonly holidays: Readonly<Record<string, string>>;
  /** ISO date → holiday name: weekend days worked in exchange (调休上班). */
  readonly workdays: Readonly<Record<string, string>>;
}

const DATA = data as unknown as ChineseDaysData;

function yearsIn(table: Readonly<Record<string, string>>): number[] {
  return Object.keys(table).map((k) => Number(k.slice(0, 4)));
}

/** First and last year the data covers (every year in between is present). */
export const CHINA_CALENDAR_YEARS: { readonly first: number; readonly last: number } = (() => {
  const years = yearsIn(DATA.holidays);
  return { first: Math.min(...years), last: Math.max(...years) };
})();

export interface HolidayLists {
  /** Days off (some fall on weekends, which is harmless). */
  readonly holidays: readonly Day[];
  /** Make-up working days, all on weekends. */
  readonly workdays: readonly Day[];
}

/**
 * The official days off and make-up working days from `from` to `to` (both included),
 * or an issue when the range reaches a year the data does not cover: a silently plain
 * calendar would put targets on Spring Festival.
 */
export function chinaCalendar(from: Day, to: Day): Result<HolidayLists> {
  const first = ymdOf(from).year;
  const last = ymdOf(to).year;
  const missing: number[] = [];
  for (let y = first; y <= last; y++)
    if (y < CHINA_CALENDAR_YEARS.first || y > CHINA_CALENDAR_YEARS.last) missing.push(y);
  if (missing.length > 0) {
    return fail("calendar.chinaNotCovered", {
      years: missing.join(", "),
      first: CHINA_CALENDAR_YEARS.first,
      last: CHINA_CALENDAR_YEARS.last,
    });
  }
  const holidays: Day[] = [];
  const workdays: Day[] = [];
  for (let d = from; d <= to; d++) {
    const key = isoDate(d);
    if (key in DATA.holidays) holidays.push(d);
    if (key in DATA.workdays) workdays.push(d);
  }
  return ok({ holidays, workdays });
}
