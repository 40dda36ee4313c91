/**
 * Dates in Advance are whole day numbers: days since 1899-12-30, so that for every
 * date from 1900-03-01 on, the day number equals Excel's serial number.
 *
 * Excel's 1900 date system counts 1900-02-29, a day that never was (a bug kept from
 * Lotus 1-2-3). Serials 1–59 (1900-01-01 … 1900-02-28) are therefore one less than
 * our day numbers, and serial 60 names no real day.
 */
export type Day = number;

/** The first and last dates Excel can show in the 1900 date system. */
export const FIRST_SERIAL = 1; // 1900-01-01
export const LAST_SERIAL = 2958465; // 9999-12-31
/** Excel's phantom 1900-02-29. */
export const PHANTOM_LEAP_SERIAL = 60;

const MS_PER_DAY = 86_400_000;
/** 1899-12-30 in ms since the Unix epoch. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel serial → day number, or undefined for serial 60 and out-of-range values. */
export function serialToDay(serial: number): Day | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Excel drops the time of day (a fraction) when a date is used as a day.
  const s = Math.floor(serial);
  if (s < FIRST_SERIAL || s > LAST_SERIAL || s === PHANTOM_LEAP_SERIAL) return undefined;
  return s < PHANTOM_LEAP_SERIAL ? s + 1 : s;
}

/** Day number → Excel serial. */
export function dayToSerial(day: Day): number {
  return day <= PHANTOM_LEAP_SERIAL ? day - 1 : day;
}

export interface Ymd {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export function dayFromYmd(year: number, month: number, day: number): Day {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / MS_PER_DAY);
}

export function ymdOf(day: Day): Ymd {
  const d = new Date(EPOCH_MS + day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** "YYYY-MM-DD". */
export function isoDate(day: Day): string {
  const { year, month, day: d } = ymdOf(day);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(d, 2)}`;
}

/** Parses "YYYY-MM-DD" (also "YYYY/M/D" and "YYYY.M.D"); undefined when it is not a real date. */
export function parseIsoDate(text: string): Day | undefined {
  const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const day = dayFromYmd(y, mo, d);
  const back = ymdOf(day);
  if (back.year !== y || back.month !== mo || back.day !== d) return undefined; // 2026-02-30
  return day;
}

/** ISO weekday: Monday 1 … Sunday 7. Day 0 (1899-12-30) was a Saturday. */
export function isoWeekday(day: Day): number {
  return ((((day + 5) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: the week belongs to the year of its Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = ymdOf(thursday).year;
  const jan1 = dayFromYmd(year, 1, 1);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function daysInMonth(year: number, month: number): number {
  return (
    dayFromYmd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayFromYmd(year, month, 1)
  );
}

/** Adds months to a (year, month) pair. */
export function addMonths(
  year: number,
  month: number,
  delta: number
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
