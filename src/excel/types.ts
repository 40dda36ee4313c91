import type { Issue } from "../core/issues";
import type { SheetPlan } from "../core/sheet/plan";

/** Cell values as read from a sheet: Excel gives numbers, strings, booleans; "" for empty. */
export type ReadValue = string | number | boolean;

/** A block of cells read from the workbook, with where it came from. */
export interface Region {
  readonly sheet: string;
  /** A1 address of the whole block, header row included, e.g. "A1:F201". */
  readonly address: string;
  /** 0-based position of the header row's first cell. */
  readonly top: number;
  readonly left: number;
  /** Name of the Excel table the block is, if it is one. */
  readonly table?: string;
  readonly headers: string[];
  readonly rows: ReadValue[][];
}

/** A cell the add-in would have to overwrite, or a table the user changed since the last run. */
export interface Conflict {
  readonly kind: "occupied" | "edited";
  readonly sheet: string;
  /** A1 address of the first occupied cells (or of the edited table). */
  readonly address: string;
  /** The table the write was for. */
  readonly table: string;
}

export interface WrittenTable {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly rows: number;
  readonly created: boolean;
}

export type WriteOutcome =
  | { readonly ok: true; readonly tables: readonly WrittenTable[]; readonly requests: number }
  | { readonly ok: false; readonly conflicts: readonly Conflict[] }
  | { readonly ok: false; readonly issue: Issue };

export interface WriteOptions {
  /** The user agreed to replace the cells listed as conflicts in a previous attempt. */
  readonly overwrite?: boolean;
  /** Called after each chunk is sent: rows written so far, and in all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A live formula column added beside a region (e.g. visit outcomes beside the notes). */
export interface FormulaColumn {
  readonly sheet: string;
  /** The table to extend (its new column follows new rows), or undefined for a plain range. */
  readonly table?: string;
  /** 0-based column where the new column goes; must be empty (or the add-in's own from a previous run). */
  readonly col: number;
  readonly top: number; // header row, 0-based
  readonly rows: number; // data rows
  readonly header: string;
  /** Formula for data row i (0-based), English syntax. */
  readonly formula: (row: number) => string;
  /** Conditional formats: when the cell's text equals `text`, fill with `fill` (hex). */
  readonly highlights?: readonly {
    readonly text: string;
    readonly fill: string;
    readonly font?: string;
  }[];
}

/**
 * What the task pane needs from a workbook. The Office.js implementation talks to Excel;
 * the in-memory one backs the browser preview, the tests and the CLI's .xlsx output.
 */
export interface WorkbookAccess {
  /** Writes tables the add-in owns: creates them, or updates them in place on a re-run. */
  applyPlan(plan: SheetPlan, options?: WriteOptions): Promise<WriteOutcome>;
  /** The table or current region around the selection (or the used range of the active sheet). */
  readActiveRegion(): Promise<Region | undefined>;
  /** The selected cells' values (e.g. a list of holidays the user selected). */
  readSelection(): Promise<{ sheet: string; address: string; values: ReadValue[][] }>;
  /** A block of cells by sheet and A1 address (header row first), or undefined if the sheet is gone. */
  readRange(sheet: string, address: string): Promise<Region | undefined>;
  /** A table by name, or undefined. */
  readTable(name: string): Promise<Region | undefined>;
  /** Adds a column of live formulas beside a region; never over a user's cells. */
  addFormulaColumn(column: FormulaColumn, options?: WriteOptions): Promise<WriteOutcome>;
  /** Add-in settings stored in the workbook (parameters of the last run, column mappings). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting(key: string, value: unknown): Promise<void>;
  /** Shows a range to the user (after a write, or from a list in the pane). */
  select(sheet: string, address: string): Promise<void>;
}
