import { isoDate, serialToDay } from "../../core/calendar";
import type { ReadValue } from "../../excel/types";

/**
 * How the preview grid shows a cell: Excel's number formats, for the formats the add-in
 * and the sample workbook use (dates, grouped amounts, percentages, fixed decimals,
 * literal prefixes such as ¥). Not a full implementation of Excel's format language:
 * a format it does not understand shows the number as General does.
 */

/** The first section of a format (positive numbers): sections are split by ; outside quotes. */
function firstSection(format: string): string {
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    if (format[i] === '"') quoted = !quoted;
    else if (format[i] === "\\") i++;
    else if (format[i] === ";" && !quoted) return format.slice(0, i);
  }
  return format;
}

/** Drops what the grid cannot show: colours [Red], locale tags [$-804], padding _x and fill *x. */
function stripDirectives(section: string): string {
  return section.replace(/\[[^\]]*\]/g, "").replace(/[_*]./g, "");
}

/** A date format has day, month or year letters outside quotes (and no digit placeholders). */
function isDateFormat(section: string): boolean {
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  return /[ymd]/i.test(bare) && !/[0#?]/.test(bare);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

function formatDate(serial: number, section: string): string | undefined {
  const day = serialToDay(Math.floor(serial));
  if (day === undefined) return undefined;
  const [y, m, d] = isoDate(day).split("-").map(Number);
  let out = "";
  for (let i = 0; i < section.length;) {
    const rest = section.slice(i);
    const quoted = /^"([^"]*)"/.exec(rest);
    if (quoted) {
      out += quoted[1];
      i += quoted[0].length;
      continue;
    }
    if (rest[0] === "\\") {
      out += rest[1] ?? "";
      i += 2;
      continue;
    }
    const token = /^(y+|m+|d+)/i.exec(rest);
    if (!token) {
      out += rest[0];
      i++;
      continue;
    }
    const t = token[1].toLowerCase();
    if (t[0] === "y") out += t.length <= 2 ? pad(y % 100, 2) : String(y);
    else if (t[0] === "m")
      out += t.length === 1 ? String(m) : t.length === 2 ? pad(m, 2) : monthName(m, t.length);
    else out += t.length === 1 ? String(d) : t.length === 2 ? pad(d, 2) : String(d);
    i += token[1].length;
  }
  return out;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function monthName(m: number, width: number): string {
  return width === 3
    ? MONTHS[m - 1]
    : new Date(Date.UTC(2000, m - 1, 1)).toLocaleString("en", { month: "long", timeZone: "UTC" });
}

/** Groups an integer's digits by thousands. */
function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function formatNumber(n: number, section: string): string | undefined {
  const body = /[0#?][0#?,]*(\.[0#?]+)?%?/.exec(
    section.replace(/"[^"]*"/g, (q) => "\u0000".repeat(q.length))
  );
  if (!body) return undefined;
  const spec = body[0];
  const percent = spec.endsWith("%") || /%/.test(section.replace(/"[^"]*"/g, ""));
  const decimals = spec.includes(".") ? spec.split(".")[1].replace(/%$/, "").length : 0;
  const grouped = spec.split(".")[0].includes(",");
  const value = percent ? n * 100 : n;
  const fixed = Math.abs(value).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  let shown = (grouped ? group(int) : int) + (frac ? "." + frac : "");
  if (value < 0 && Number(fixed) !== 0) shown = "-" + shown;
  // Literal text around the number ("¥", " 元", "\€") stays where the format puts it.
  const literal = (s: string) =>
    s
      .replace(/"([^"]*)"/g, "$1")
      .replace(/\\(.)/g, "$1")
      .replace(/%/g, "");
  const prefix = literal(section.slice(0, body.index));
  const suffix = literal(section.slice(body.index + spec.length));
  return `${prefix}${shown}${percent ? "%" : ""}${suffix}`;
}

/** General: integers as they are, other numbers with at most 10 significant digits, as Excel's grid does. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

/** The text a cell shows in the grid. */
export function formatCell(value: ReadValue, format?: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!format || format === "General") return general(value);
  const section = stripDirectives(firstSection(format));
  const shown = isDateFormat(section) ? formatDate(value, section) : formatNumber(value, section);
  return shown ?? general(value);
}

/** Numbers align right, text left, as in Excel. */
export function alignOf(value: ReadValue): "left" | "right" | "center" {
  if (typeof value === "number") return "right";
  if (typeof value === "boolean" || /^#[A-Z/]+[!?]?$|^#N\/A$/.test(value)) return "center";
  return "left";
}
