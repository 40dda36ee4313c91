import type { Day } from "../calendar";

/**
 * What a feature wants written to a workbook, independent of how it is written.
 * Core builds plans; src/excel renders them through Office.js, into the in-memory
 * workbook of the preview, or into an .xlsx file (CLI and Download), so the three
 * faces write the same tables with the same formulas.
 */

/** A formula in English (invariant) syntax, starting with "=". Structured references allowed. */
export interface FormulaCell {
  readonly formula: string;
  /**
   * The value the formula gives, when core already knows it (a month's SUMIFS is the
   * month's amount). Written as the cached result in .xlsx files and shown by the
   * in-memory workbook; Excel recalculates it anyway.
   */
  readonly result?: string | number | boolean;
}

/** A date, written as its serial number with the column's date format. */
export interface DateCell {
  readonly date: Day;
}

/** Text, numbers, booleans and blanks are written as values; text is never read as a formula. */
export type PlanCell = string | number | boolean | null | FormulaCell | DateCell;

export interface ColumnPlan {
  readonly header: string;
  /** An Excel number format ("yyyy-mm-dd", "#,##0", "0.0%"); General when absent. */
  readonly numberFormat?: string;
  /** Column width in characters, when the default is too narrow. */
  readonly width?: number;
}

export interface TablePlan {
  /** Excel table name, unique in the workbook (tblTargetDays, tblClients, …). */
  readonly name: string;
  readonly sheet: string;
  /** Top-left cell of the header row, 0-based, on `sheet`. */
  readonly anchor: { readonly row: number; readonly col: number };
  readonly columns: readonly ColumnPlan[];
  readonly rows: readonly (readonly PlanCell[])[];
  /** Which add-in action made the table; shown as a note on its header. */
  readonly madeBy: string;
  /** Excel table style; the default is a light banded style. */
  readonly style?: string;
  /**
   * Whole-row highlights: an Excel formula written for the first body row with relative
   * row references (e.g. "=$G2>0" when the header is row 1), a fill colour (#rrggbb) and
   * an optional font colour. Rendered as conditional formats, so they follow the data.
   */
  readonly rowHighlights?: readonly RowHighlight[];
  /**
   * Columns users add to the table (to the right of the add-in's columns) survive a
   * re-run: their cells move with the row whose value in this column (0-based index into
   * `columns`) is the same, e.g. the client name. Without a key, a re-run that finds
   * such columns asks before replacing them.
   */
  readonly keyColumn?: number;
}

export interface RowHighlight {
  readonly formula: string;
  readonly fill: string;
  readonly font?: string;
}

/** A label or a check beside tables (e.g. "Months add back to the annual target: ✓"). */
export interface CellPlanEntry {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly value: PlanCell;
  readonly numberFormat?: string;
  readonly bold?: boolean;
}

export interface SheetPlan {
  readonly tables: readonly TablePlan[];
  readonly cells?: readonly CellPlanEntry[];
}

export function isFormula(c: PlanCell): c is FormulaCell {
  return typeof c === "object" && c !== null && "formula" in c;
}

export function isDateCell(c: PlanCell): c is DateCell {
  return typeof c === "object" && c !== null && "date" in c;
}

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1-style address of a 0-based cell. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** The A1 range a table plan covers, header included. */
export function tableRange(t: TablePlan): string {
  const last = t.anchor.row + Math.max(t.rows.length, 1);
  return `${cellAddress(t.anchor.row, t.anchor.col)}:${cellAddress(last, t.anchor.col + t.columns.length - 1)}`;
}
