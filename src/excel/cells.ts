import { dayToSerial } from "../core/calendar";
import {
  cellAddress,
  isDateCell,
  isFormula,
  type PlanCell,
  type TablePlan,
} from "../core/sheet/plan";

/** A cell as Office.js `range.formulas` takes it: a formula string, a constant, or "" for blank. */
export type ExcelInput = string | number | boolean;

/**
 * Text that Excel would read as something else when written — a formula (=, +, -, @),
 * or a number or date ("00123", "3/4", "1e5") — gets Excel's own quote prefix, so a
 * visit note that starts with "=" or "-" stays exactly the text the user typed and
 * never runs as a formula. The apostrophe is not part of the cell's value.
 */
export function escapeText(text: string): string {
  if (/^[=+\-@\t\r\n']/.test(text)) return `'${text}`;
  if (/^\s*[\d.,:/%$¥€£ -]+\s*$/.test(text) && /\d/.test(text)) return `'${text}`;
  return text;
}

export function toExcelInput(cell: PlanCell): ExcelInput {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return escapeText(cell);
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (isFormula(cell)) return cell.formula;
  if (isDateCell(cell)) return dayToSerial(cell.date);
  return "";
}

/** The header row and body of a table as Excel inputs, with a number format per cell. */
export function tableGrid(t: TablePlan): { inputs: ExcelInput[][]; formats: string[][] } {
  const header = t.columns.map((c) => escapeText(c.header));
  const headerFormats = t.columns.map(() => "General");
  const inputs: ExcelInput[][] = [header];
  const formats: string[][] = [headerFormats];
  const colFormats = t.columns.map((c) => c.numberFormat ?? "General");
  for (const row of t.rows) {
    inputs.push(t.columns.map((_, i) => toExcelInput(row[i] ?? null)));
    formats.push(colFormats);
  }
  // An Excel table has at least one body row; an empty result is one blank row.
  if (t.rows.length === 0) {
    inputs.push(t.columns.map(() => ""));
    formats.push(colFormats);
  }
  return { inputs, formats };
}

/** UTF-8 bytes of a string, without allocating (JSON requests travel as UTF-8). */
function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** Approximate bytes a row adds to a request: its JSON for formulas and number formats. */
export function rowBytes(inputs: readonly ExcelInput[], formats: readonly string[]): number {
  let n = 8; // brackets and commas of the two arrays
  for (const v of inputs) n += (typeof v === "string" ? utf8Bytes(v) + 2 : String(v).length) + 1;
  for (const f of formats) n += utf8Bytes(f) + 3;
  // JSON escapes quotes and backslashes; allow for them generously.
  return Math.ceil(n * 1.1);
}

/**
 * Excel on the web refuses requests over 5 MB. Writes are cut into blocks of whole rows
 * below this budget, leaving room for the request's own envelope.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

export interface RowBlock {
  readonly first: number; // index into the grid's rows
  readonly count: number;
  readonly bytes: number;
}

export function splitRows(
  inputs: readonly ExcelInput[][],
  formats: readonly string[][],
  budget = REQUEST_BUDGET_BYTES
): RowBlock[] {
  const blocks: RowBlock[] = [];
  let first = 0;
  let bytes = 0;
  for (let i = 0; i < inputs.length; i++) {
    const b = rowBytes(inputs[i], formats[i]);
    if (i > first && bytes + b > budget) {
      blocks.push({ first, count: i - first, bytes });
      first = i;
      bytes = 0;
    }
    bytes += b;
  }
  if (inputs.length > first) blocks.push({ first, count: inputs.length - first, bytes });
  return blocks;
}

/** A1 range of `rows` × `cols` cells starting at a 0-based cell. */
export function rangeAddress(row: number, col: number, rows: number, cols: number): string {
  const a = cellAddress(row, col);
  return rows === 1 && cols === 1 ? a : `${a}:${cellAddress(row + rows - 1, col + cols - 1)}`;
}

/** The value Excel holds for what we write: the quote prefix is not part of it. */
export function heldValue(input: ExcelInput): ExcelInput {
  return typeof input === "string" && input.startsWith("'") ? input.slice(1) : input;
}

/**
 * A fingerprint of a table's contents as the add-in wrote them, kept in the workbook's
 * settings. On a re-run the table is read back (`range.formulas`): if the fingerprint
 * differs, the user typed into the table, and the add-in asks before replacing it.
 * Formula cells count only as "a formula is here", since Excel may re-space formula
 * text; constants count by value. FNV-1a, 32 bits: this detects edits, it is no security.
 */
export function fingerprint(grid: readonly (readonly unknown[])[]): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
  };
  for (const row of grid) {
    for (const v of row) {
      mix(printOf(v));
      mix("\u001f");
    }
    mix("\u001e");
  }
  return h.toString(16).padStart(8, "0");
}

function printOf(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.startsWith("=") ? "\u0192" : v;
  // Excel stores doubles; round away binary noise so 0.1+0.2 and 0.3 compare equal.
  if (typeof v === "number") return String(Math.round(v * 1e9) / 1e9);
  return String(v);
}

export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number; // inclusive
  readonly right: number; // inclusive
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Parses "Sheet1!B2:D9", "'My sheet'!A1" or "C3" into a sheet name (may be "") and a box. */
export function parseAddress(address: string): { sheet: string; box: Box } | undefined {
  const m =
    /^(?:(?:'((?:[^']|'')+)'|([^!]+))!)?\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(
      address.trim()
    );
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const top = Number(m[4]) - 1;
  const left = colIndex(m[3]);
  const bottom = m[6] !== undefined ? Number(m[6]) - 1 : top;
  const right = m[5] !== undefined ? colIndex(m[5]) : left;
  return {
    sheet,
    box: {
      top: Math.min(top, bottom),
      left: Math.min(left, right),
      bottom: Math.max(top, bottom),
      right: Math.max(left, right),
    },
  };
}

export function boxAddress(b: Box): string {
  return rangeAddress(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}

/** A sheet-qualified address, quoting names Excel needs quoted. */
export function qualified(sheet: string, address: string): string {
  const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${q}!${address}`;
}

export function contains(outer: Box, inner: Box): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

export function tableBox(t: TablePlan): Box {
  return {
    top: t.anchor.row,
    left: t.anchor.col,
    bottom: t.anchor.row + Math.max(t.rows.length, 1),
    right: t.anchor.col + t.columns.length - 1,
  };
}
