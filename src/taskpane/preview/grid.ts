import type { Box } from "../../excel/cells";
import type { MemoryWorkbook, MemTable } from "../../excel/memory";

/**
 * What the preview grid needs to draw a sheet, apart from React: its extent, which
 * cells are table headers or banded rows, and how wide each column should be.
 */

/**
 * Rows drawn per sheet. A year of day targets split by market is over a thousand rows;
 * drawing them all as table cells makes every click slow, and the download holds them.
 */
export const ROW_CAP = 500;
/** Columns drawn per sheet; the add-in's tables are far narrower. */
export const COL_CAP = 52;

/**
 * Empty cells drawn beyond the used range, as Excel always shows more sheet than data:
 * room to type a formula beside a table, and to see that nothing else is there.
 */
export const MARGIN = { rows: 20, cols: 4, minRows: 40, minCols: 10 } as const;

/** How many rows and columns to draw for a used extent. */
export function drawnExtent(used: { rows: number; cols: number }): { rows: number; cols: number } {
  return {
    rows: Math.min(Math.max(used.rows + MARGIN.rows, MARGIN.minRows), ROW_CAP),
    cols: Math.min(Math.max(used.cols + MARGIN.cols, MARGIN.minCols), COL_CAP),
  };
}

/** The used extent of a sheet: its cells, spilled values and tables. */
export function sheetExtent(
  wb: MemoryWorkbook,
  sheet: string,
  spills?: ReadonlyMap<string, unknown>
): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  const grow = (r: number, c: number) => {
    rows = Math.max(rows, r + 1);
    cols = Math.max(cols, c + 1);
  };
  for (const [key, cell] of wb.sheets.get(sheet) ?? []) {
    if (cell.value === "" && !cell.formula) continue;
    const [r, c] = key.split(",").map(Number);
    grow(r, c);
  }
  for (const key of spills?.keys() ?? []) {
    const [r, c] = key.split(",").map(Number);
    grow(r, c);
  }
  for (const t of wb.tables.values()) if (t.sheet === sheet) grow(t.box.bottom, t.box.right);
  return { rows, cols };
}

export type TablePart = "header" | "band" | "body";

export interface TableLook {
  readonly table: MemTable;
  readonly part: TablePart;
  /** The style family decides the header fill: Light 1–7 have none. */
  readonly filled: boolean;
}

/** Where each table's cells are, for styling; later tables win on overlap (there is none in practice). */
export function tableLooks(
  wb: MemoryWorkbook,
  sheet: string
): (row: number, col: number) => TableLook | undefined {
  const tables = [...wb.tables.values()].filter((t) => t.sheet === sheet);
  return (row, col) => {
    for (const table of tables) {
      const b: Box = table.box;
      if (row < b.top || row > b.bottom || col < b.left || col > b.right) continue;
      const light = /^TableStyleLight(\d+)$/.exec(table.style);
      const filled = !light || Number(light[1]) > 7;
      const part: TablePart = row === b.top ? "header" : (row - b.top) % 2 === 1 ? "band" : "body";
      return { table, part, filled };
    }
    return undefined;
  };
}

/** Display width of text in character cells: CJK characters take two. */
export function textWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
}

/** Pixel widths of columns from their widest shown text, within bounds Excel users would find normal. */
export function columnWidths(texts: (col: number) => string[], cols: number): number[] {
  const CHAR_PX = 7; // one narrow character at the grid's 12px font
  const MIN_PX = 56;
  const MAX_PX = 360; // long notes are cut with an ellipsis; the whole text is in the cell's tooltip
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const widest = texts(c).reduce((w, s) => Math.max(w, textWidth(s)), 0);
    widths.push(Math.max(MIN_PX, Math.min(MAX_PX, widest * CHAR_PX + 16)));
  }
  return widths;
}

/** Reads a cell of the sheet for a highlight rule: the column letters and the 0-based row. */
export type CellReader = (col: number, row: number) => string | number | boolean | undefined;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const COMPARE: Record<string, (a: number, b: number) => boolean> = {
  ">": (a, b) => a > b,
  ">=": (a, b) => a >= b,
  "<": (a, b) => a < b,
  "<=": (a, b) => a <= b,
  "=": (a, b) => a === b,
  "<>": (a, b) => a !== b,
};

/**
 * A whole-row highlight rule (a conditional format formula written for the table's first
 * body row, e.g. "=$G2>0" or '=ISNUMBER(FIND("3+ visits",$J2))') as a test of one row.
 * Only these shapes, the ones the add-in writes, are understood; any other formula gives
 * undefined and the grid leaves the row as it is rather than guess.
 */
export function rowRule(
  formula: string,
  firstBodyRow: number
): ((read: CellReader, row: number) => boolean) | undefined {
  const ref = String.raw`\$?([A-Z]{1,3})\$?(\d+)`;
  const at = (letters: string, digits: string, row: number) => ({
    col: colIndex(letters),
    row: row + (Number(digits) - 1 - firstBodyRow),
  });
  const cmp = new RegExp(
    String.raw`^=\s*${ref}\s*(>=|<=|<>|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*$`,
    "i"
  ).exec(formula);
  if (cmp) {
    const [, letters, digits, op, n] = cmp;
    return (read, row) => {
      const p = at(letters, digits, row);
      const v = read(p.col, p.row);
      return typeof v === "number" && COMPARE[op](v, Number(n));
    };
  }
  const find = new RegExp(
    String.raw`^=\s*ISNUMBER\(\s*(FIND|SEARCH)\(\s*"((?:[^"]|"")*)"\s*,\s*${ref}\s*\)\s*\)\s*$`,
    "i"
  ).exec(formula);
  if (find) {
    const [, fn, quoted, letters, digits] = find;
    const text = quoted.replace(/""/g, '"');
    const caseless = fn.toUpperCase() === "SEARCH";
    return (read, row) => {
      const p = at(letters, digits, row);
      const v = String(read(p.col, p.row) ?? "");
      return caseless ? v.toLowerCase().includes(text.toLowerCase()) : v.includes(text);
    };
  }
  return undefined;
}

/** The fill of a table row by its row highlights: the first rule that holds wins, as Excel's stop order. */
export function rowFill(
  wb: MemoryWorkbook,
  table: MemTable,
  row: number
): { fill: string; font?: string } | undefined {
  if (!table.rowHighlights || row <= table.box.top || row > table.box.bottom) return undefined;
  const read: CellReader = (col, r) => wb.get(table.sheet, r, col)?.value;
  for (const h of table.rowHighlights) {
    const test = rowRule(h.formula, table.box.top + 1);
    if (test?.(read, row)) return { fill: h.fill, font: h.font };
  }
  return undefined;
}
