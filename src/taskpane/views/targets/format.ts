import { dayFromYmd, isoDate, type Day } from "../../../core/calendar";
import { t, type Lang } from "../../../core/i18n";

/**
 * How the Targets view shows numbers, months, quarters and weeks in the pane's
 * language. The sheet gets real numbers with number formats; these are for reading.
 */

/** The same locales as the pane's `Words` (src/taskpane/i18n.tsx). */
import { LOCALE } from "../../i18n";

/** The currency the pane shows amounts in; the sheet's number formats stay currency-neutral. */
const CURRENCY = "CNY";

/** Decimals an amount has with a rounding unit: 2 for 0.01, none for 1 and above. */
export function unitDecimals(unit: number): number {
  return unit >= 1 ? 0 : Math.round(-Math.log10(unit));
}

/** Amounts as "¥5,880,000" (or "¥5,880,000.00" with cents), with the unit's decimals throughout a table. */
export function moneyFormat(lang: Lang, unit: number): (n: number) => string {
  const d = unitDecimals(unit);
  const f = new Intl.NumberFormat(LOCALE[lang], {
    style: "currency",
    currency: CURRENCY,
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: d,
    maximumFractionDigits: d,
  });
  return (n) => f.format(n);
}

/**
 * The short form people say aloud: "¥5.88M", "¥588万". Shown beside the typed target
 * because a zero too many or too few is the likeliest typo in an annual figure.
 */
export function compactMoney(lang: Lang, n: number): string {
  return new Intl.NumberFormat(LOCALE[lang], {
    style: "currency",
    currency: CURRENCY,
    currencyDisplay: "narrowSymbol",
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(n);
}

/** A plain number with the locale's grouping. */
export function plainNumber(lang: Lang, n: number, maxDecimals = 2): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: maxDecimals }).format(n);
}

function utc(day: Day): Date {
  const [y, m, d] = isoDate(day).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** "Jan 2026" / "2026年1月" for a month key "2026-01". */
export function monthLabel(lang: Lang, key: string): string {
  const [y, m] = key.split("-").map(Number);
  return new Intl.DateTimeFormat(LOCALE[lang], {
    year: "numeric",
    month: "short",
    timeZone: "UTC",
  }).format(utc(dayFromYmd(y, m, 1)));
}

/** Month names for a picker, January first: "January" / "一月" / "1月". */
export function monthNames(lang: Lang): string[] {
  const f = new Intl.DateTimeFormat(LOCALE[lang], { month: "long", timeZone: "UTC" });
  return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2026, i, 1))));
}

/** Weekday names, Monday first (the order of a weekend mask): "Mon" / "周一" / "週一". */
export function weekdayNames(lang: Lang): string[] {
  const f = new Intl.DateTimeFormat(LOCALE[lang], { weekday: "short", timeZone: "UTC" });
  // 2026-01-05 is a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(Date.UTC(2026, 0, 5 + i))));
}

/** A date in the reader's locale: "Jan 1, 2026" / "2026年1月1日". */
export function dateLabel(lang: Lang, day: Day): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    year: "numeric",
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  }).format(utc(day));
}

/** "Q1 2026" / "2026 年第 1 季度" for a quarter key "2026-Q1". */
export function quarterLabel(lang: Lang, key: string): string {
  const m = /^(\d{4})-Q(\d)$/.exec(key);
  return m ? t(lang, "targets.view.quarter", { year: m[1], quarter: Number(m[2]) }) : key;
}

/** "W14" / "第14周" / "第14週" for a week key "2026-W14". */
export function weekLabel(lang: Lang, key: string): string {
  const m = /^\d{4}-W(\d{2})$/.exec(key);
  return m ? t(lang, "targets.view.week", { week: Number(m[1]) }) : key;
}

/** Capitalises a core message for use as a sentence on its own (no effect on Chinese). */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How many cell addresses a message lists before it says "and N more". */
const CELLS_SHOWN = 5;

/** "A1, A7" or "A1, A7, … and 12 more". */
export function cellList(lang: Lang, cells: readonly string[]): string {
  const shown = cells.slice(0, CELLS_SHOWN).join(", ");
  return cells.length > CELLS_SHOWN
    ? t(lang, "targets.view.moreCells", { cells: shown, count: cells.length - CELLS_SHOWN })
    : shown;
}
