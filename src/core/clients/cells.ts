import { dayFromYmd, parseIsoDate, serialToDay, type Day } from "../calendar";
import { fail, ok, type Result } from "../issues";
import { isPlaceholder } from "./labels";

/**
 * Cell values as the three faces hand them over: numbers and text from Office.js (dates
 * as serial numbers), Date objects from an .xlsx read in Node, text from a CSV file.
 */
export type CellInput = string | number | boolean | Date | null | undefined;

export function isBlankCell(v: CellInput): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** A cell as text, trimmed; "" for blank. */
export function cellString(v: CellInput): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v).trim();
}

// Chinese amounts are often written in 万 (10^4) and 亿 (10^8); "k" and "m" in English.
const MULTIPLIERS: Readonly<Record<string, number>> = {
  万: 1e4,
  萬: 1e4,
  亿: 1e8,
  億: 1e8,
  k: 1e3,
  m: 1e6,
};

/**
 * An amount: a number cell, or text such as "1,280,000", "¥128万", "$1.2m", "5.88 萬元".
 * Blank or placeholder cells ("-", "n/a", "无") have no value; other text is an issue.
 */
export function readAmount(v: CellInput): Result<number | undefined> {
  if (typeof v === "number")
    return Number.isFinite(v) ? ok(v) : fail("clients.badValue", { value: String(v) });
  const text = cellString(v);
  if (text === "" || isPlaceholder(text)) return ok(undefined);
  const cleaned = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s,]|rmb|cny|usd|hkd|twd|元|圆|圓|[¥$€£]/g, "");
  const m = /^([-+]?(?:\d+\.?\d*|\.\d+))(万|萬|亿|億|k|m)?$/.exec(cleaned);
  if (!m) return fail("clients.badValue", { value: text });
  return ok(Number(m[1]) * (m[2] ? MULTIPLIERS[m[2]] : 1));
}

/**
 * A date: a serial number (Excel), a Date (an .xlsx read in Node: the calendar day is
 * taken in UTC, which is how the file stores it), or ISO-like text, with a time of day
 * ignored ("2026-03-05 14:30"). Blank → undefined.
 */
export function readDay(v: CellInput): Result<Day | undefined> {
  if (isBlankCell(v)) return ok(undefined);
  if (typeof v === "number") {
    const day = serialToDay(v);
    return day === undefined ? fail("clients.badDate", { value: String(v) }) : ok(day);
  }
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return fail("clients.badDate", { value: "" });
    return ok(dayFromYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()));
  }
  const text = cellString(v);
  const datePart = text
    .normalize("NFKC")
    .replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(z|[+-]\d{2}:?\d{2})?$/i, "");
  const day = parseIsoDate(datePart);
  return day === undefined ? fail("clients.badDate", { value: text }) : ok(day);
}
