import { fail, ok, type Result } from "../issues";
import { isoWeekday, type Day } from "./serial";

/**
 * A working-day calendar: which weekdays are weekend, which dates are holidays,
 * and which dates are make-up working days (调休: a weekend day worked to bridge a
 * holiday). A make-up day is a working day even if it falls on the weekend, which
 * Excel's NETWORKDAYS.INTL cannot express.
 */
export interface WorkCalendar {
  /** weekend[0] is Monday … weekend[6] Sunday; true = not a working day. */
  readonly weekend: readonly boolean[];
  readonly holidays: ReadonlySet<Day>;
  readonly workdays: ReadonlySet<Day>;
}

/** Saturday and Sunday off. */
export const SAT_SUN: readonly boolean[] = [false, false, false, false, false, true, true];

export function makeCalendar(
  weekend: readonly boolean[] = SAT_SUN,
  holidays: Iterable<Day> = [],
  workdays: Iterable<Day> = []
): WorkCalendar {
  return { weekend: [...weekend], holidays: new Set(holidays), workdays: new Set(workdays) };
}

/**
 * NETWORKDAYS.INTL weekend numbers: 1–7 are two-day weekends starting Sat/Sun, Sun/Mon,
 * Mon/Tue, …, Fri/Sat; 11–17 are single days Sunday, Monday, …, Saturday.
 */
const WEEKEND_NUMBER_MASKS: Readonly<Record<number, string>> = {
  1: "0000011",
  2: "1000001",
  3: "1100000",
  4: "0110000",
  5: "0011000",
  6: "0001100",
  7: "0000110",
  11: "0000001",
  12: "1000000",
  13: "0100000",
  14: "0010000",
  15: "0001000",
  16: "0000100",
  17: "0000010",
};

/**
 * Parses a weekend given as a 7-character mask ("0000011", Monday first, 1 = off)
 * or as a NETWORKDAYS.INTL weekend number. Like Excel, a week with no working day
 * ("1111111") is refused.
 */
export function parseWeekend(input: string | number | undefined | null): Result<boolean[]> {
  if (input === undefined || input === null || input === "") return ok([...SAT_SUN]);
  let mask: string | undefined;
  if (typeof input === "number") {
    mask = Number.isInteger(input) ? WEEKEND_NUMBER_MASKS[input] : undefined;
  } else {
    const text = input.trim();
    if (/^\d{1,2}$/.test(text) && text.length < 7) mask = WEEKEND_NUMBER_MASKS[Number(text)];
    else if (/^[01]{7}$/.test(text)) mask = text;
  }
  if (mask === undefined) return fail("calendar.weekendInvalid", { value: String(input) });
  if (mask === "1111111") return fail("calendar.weekendAllOff", { value: mask });
  return ok([...mask].map((c) => c === "1"));
}

export function isWorkingDay(cal: WorkCalendar, day: Day): boolean {
  if (cal.workdays.has(day)) return true;
  if (cal.holidays.has(day)) return false;
  return !cal.weekend[isoWeekday(day) - 1];
}

/** A date listed both as a holiday and as a make-up working day is a contradiction. */
export function findConflict(cal: WorkCalendar): Day | undefined {
  for (const d of cal.holidays) if (cal.workdays.has(d)) return d;
  return undefined;
}

/**
 * Working days from `start` to `end`, both included, like NETWORKDAYS: negative
 * when `end` is before `start`. Counts whole weeks arithmetically and then corrects
 * for the listed dates, so a range of centuries costs no more than a month.
 */
export function countWorkdays(cal: WorkCalendar, start: Day, end: Day): number {
  if (end < start) return -countWorkdays(cal, end, start);
  const span = end - start + 1;
  const perWeek = cal.weekend.filter((off) => !off).length;
  let count = Math.floor(span / 7) * perWeek;
  // The remainder (fewer than 7 days) starts where the whole weeks end.
  for (let d = start + Math.floor(span / 7) * 7; d <= end; d++) {
    if (!cal.weekend[isoWeekday(d) - 1]) count++;
  }
  for (const h of cal.holidays) {
    if (h >= start && h <= end && !cal.weekend[isoWeekday(h) - 1] && !cal.workdays.has(h)) count--;
  }
  for (const w of cal.workdays) {
    if (w >= start && w <= end && cal.weekend[isoWeekday(w) - 1]) count++;
  }
  return count;
}
