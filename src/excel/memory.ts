import type { RowHighlight, SheetPlan } from "../core/sheet/plan";
import { isFormula } from "../core/sheet/plan";
import {
  boxAddress,
  escapeText,
  heldValue,
  parseAddress,
  qualified,
  rangeAddress,
  splitRows,
  tableBox,
  toExcelInput,
  type Box,
} from "./cells";
import {
  findConflicts,
  NO_OWNED,
  layoutTable,
  ownedAfter,
  parseOwned,
  type Owned,
  type WorkbookFacts,
} from "./ownership";
import type {
  FormulaColumn,
  ReadValue,
  Region,
  WorkbookAccess,
  WriteOptions,
  WriteOutcome,
  WrittenTable,
} from "./types";

/** One cell of the in-memory workbook. */
export interface MemCell {
  /** What Excel would hold: a constant, or the cached result of a formula. */
  value: ReadValue;
  formula?: string;
  format?: string;
}

export interface MemTable {
  name: string;
  sheet: string;
  box: Box;
  style: string;
  comment?: string;
  rowHighlights?: readonly RowHighlight[];
  /** Column formulas that fill new rows (calculated columns), by 0-based column offset. */
  calculated?: Record<number, (row: number) => string>;
}

export interface MemHighlight {
  readonly sheet: string;
  readonly address: string;
  readonly text: string;
  readonly fill: string;
  readonly font?: string;
}

/**
 * A workbook held in memory, with the behaviour of the Office.js implementation that
 * users can notice: owned tables, conflicts, quote-prefixed text, formulas. It backs the
 * browser preview, the CLI's .xlsx output (through xlsx.ts) and the tests.
 * `evaluate` computes formula cells the add-in writes (our own SALES functions);
 * formulas it does not know keep their cached result.
 */
export class MemoryWorkbook implements WorkbookAccess {
  readonly sheets = new Map<string, Map<string, MemCell>>();
  readonly sheetOrder: string[] = [];
  readonly tables = new Map<string, MemTable>();
  readonly settings = new Map<string, string>();
  readonly highlights: MemHighlight[] = [];
  /** Requests the Office implementation would have sent (for the same chunking). */
  requests = 0;
  active?: { sheet: string; address: string };
  private listeners = new Set<() => void>();

  constructor(
    private readonly evaluate?: (
      formula: string,
      wb: MemoryWorkbook,
      sheet: string,
      row: number,
      col: number
    ) => ReadValue | undefined
  ) {}

  /** The preview re-renders its grid when the workbook changes. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.listeners.forEach((l) => l());
  }

  sheet(name: string, create = false): Map<string, MemCell> | undefined {
    let s = this.sheets.get(name);
    if (!s && create) {
      s = new Map();
      this.sheets.set(name, s);
      this.sheetOrder.push(name);
    }
    return s;
  }

  get(sheet: string, row: number, col: number): MemCell | undefined {
    return this.sheets.get(sheet)?.get(`${row},${col}`);
  }

  /** Sets a cell as typing would: "=…" is a formula, a leading apostrophe makes text. */
  set(
    sheet: string,
    row: number,
    col: number,
    input: string | number | boolean | null,
    format?: string
  ): void {
    const s = this.sheet(sheet, true)!;
    const key = `${row},${col}`;
    if (input === null || input === "") {
      if (format) s.set(key, { value: "", format });
      else s.delete(key);
      return;
    }
    const prev = s.get(key);
    const cell: MemCell = { value: input, format: format ?? prev?.format };
    if (typeof input === "string" && input.startsWith("=")) {
      cell.formula = input;
      cell.value = this.evaluate?.(input, this, sheet, row, col) ?? "";
    } else if (typeof input === "string") {
      cell.value = heldValue(input);
    }
    s.set(key, cell);
  }

  /** Used cells of a sheet inside a box, as their bounding box. */
  usedIn(sheet: string, box: Box): Box | undefined {
    const s = this.sheets.get(sheet);
    if (!s) return undefined;
    let found: Box | undefined;
    for (const [key, cell] of s) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = key.split(",").map(Number);
      if (r < box.top || r > box.bottom || c < box.left || c > box.right) continue;
      found = found
        ? {
            top: Math.min(found.top, r),
            left: Math.min(found.left, c),
            bottom: Math.max(found.bottom, r),
            right: Math.max(found.right, c),
          }
        : { top: r, left: c, bottom: r, right: c };
    }
    return found;
  }

  /** Values (formula text for formula cells) of a box, as Office.js `range.formulas` gives them. */
  formulasOf(sheet: string, box: Box): unknown[][] {
    const out: unknown[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: unknown[] = [];
      for (let c = box.left; c <= box.right; c++) {
        const cell = this.get(sheet, r, c);
        row.push(cell?.formula ?? cell?.value ?? "");
      }
      out.push(row);
    }
    return out;
  }

  valuesOf(sheet: string, box: Box): ReadValue[][] {
    const out: ReadValue[][] = [];
    for (let r = box.top; r <= box.bottom; r++) {
      const row: ReadValue[] = [];
      for (let c = box.left; c <= box.right; c++) row.push(this.get(sheet, r, c)?.value ?? "");
      out.push(row);
    }
    return out;
  }

  private clearBox(sheet: string, box: Box): void {
    const s = this.sheets.get(sheet);
    if (!s) return;
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++) s.delete(`${r},${c}`);
  }

  private owned(): Owned {
    return parseOwned(this.settings.get("advance.owned") ?? NO_OWNED);
  }

  async applyPlan(plan: SheetPlan, options: WriteOptions = {}): Promise<WriteOutcome> {
    const owned = this.owned();
    const facts: WorkbookFacts = {
      tables: new Map(
        plan.tables
          .filter((t) => this.tables.has(t.name))
          .map((t) => {
            const mt = this.tables.get(t.name)!;
            return [
              t.name,
              {
                sheet: mt.sheet,
                address: boxAddress(mt.box),
                formulas: this.formulasOf(mt.sheet, mt.box),
              },
            ];
          })
      ),
      usedInTarget: new Map(plan.tables.map((t) => [t.name, this.usedIn(t.sheet, tableBox(t))])),
      cellValues: new Map(
        (plan.cells ?? []).map((c) => [
          qualified(c.sheet, rangeAddress(c.row, c.col, 1, 1)),
          this.get(c.sheet, c.row, c.col)?.value ?? "",
        ])
      ),
      owned,
    };
    this.requests = 2;
    const conflicts = findConflicts(plan, facts);
    if (conflicts.length > 0 && !options.overwrite) return { ok: false, conflicts };

    const written: WrittenTable[] = [];
    const total = plan.tables.reduce((n, t) => n + t.rows.length + 1, 0);
    let done = 0;
    const boxes = new Map<string, Box>();
    for (const t of plan.tables) {
      const old = this.tables.get(t.name);
      const grid = layoutTable(t, facts.tables.get(t.name), owned.tables[t.name]);
      const box = grid.box;
      boxes.set(t.name, box);
      if (old) this.clearBox(old.sheet, old.box);
      for (const b of splitRows(grid.inputs, grid.formats)) {
        for (let i = b.first; i < b.first + b.count; i++) {
          grid.inputs[i].forEach((input, j) => {
            this.set(t.sheet, t.anchor.row + i, t.anchor.col + j, input, grid.formats[i][j]);
            const planned = i > 0 ? t.rows[i - 1]?.[j] : undefined;
            // A formula whose result core already knows shows it, as Excel would after calculating.
            if (planned && isFormula(planned) && planned.result !== undefined) {
              const cell = this.get(t.sheet, t.anchor.row + i, t.anchor.col + j)!;
              if (cell.value === "") cell.value = planned.result;
            }
          });
        }
        done += b.count;
        this.requests++;
        options.onProgress?.(done, total);
      }
      this.tables.set(t.name, {
        name: t.name,
        sheet: t.sheet,
        box,
        style: t.style ?? "TableStyleLight9",
        comment: old?.comment ?? t.madeBy,
        rowHighlights: t.rowHighlights,
      });
      written.push({
        name: t.name,
        sheet: t.sheet,
        address: boxAddress(box),
        rows: t.rows.length,
        created: !old,
      });
    }
    for (const c of plan.cells ?? []) {
      this.set(c.sheet, c.row, c.col, toExcelInput(c.value), c.numberFormat);
      if (isFormula(c.value) && c.value.result !== undefined) {
        const cell = this.get(c.sheet, c.row, c.col)!;
        if (cell.value === "") cell.value = c.value.result;
      }
    }
    this.settings.set("advance.owned", JSON.stringify(ownedAfter(plan, owned, boxes)));
    this.requests++;
    this.changed();
    return { ok: true, tables: written, requests: this.requests };
  }

  private tableAt(sheet: string, row: number, col: number): MemTable | undefined {
    for (const t of this.tables.values()) {
      if (
        t.sheet === sheet &&
        row >= t.box.top &&
        row <= t.box.bottom &&
        col >= t.box.left &&
        col <= t.box.right
      )
        return t;
    }
    return undefined;
  }

  private region(sheet: string, box: Box, table?: string): Region {
    const [head = [], ...rows] = this.valuesOf(sheet, box);
    return {
      sheet,
      address: boxAddress(box),
      top: box.top,
      left: box.left,
      table,
      headers: head.map((h) => String(h).trim()),
      rows,
    };
  }

  async readActiveRegion(): Promise<Region | undefined> {
    const sheet = this.active?.sheet ?? this.sheetOrder[0];
    if (!sheet) return undefined;
    const sel = this.active ? parseAddress(this.active.address)?.box : undefined;
    const table = sel ? this.tableAt(sheet, sel.top, sel.left) : undefined;
    if (table) return this.region(sheet, table.box, table.name);
    const used = this.usedIn(sheet, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
    return used ? this.region(sheet, used) : undefined;
  }

  async readSelection(): Promise<{ sheet: string; address: string; values: ReadValue[][] }> {
    const sheet = this.active?.sheet ?? this.sheetOrder[0] ?? "Sheet1";
    const address = this.active?.address ?? "A1";
    const box = parseAddress(address)?.box ?? { top: 0, left: 0, bottom: 0, right: 0 };
    // Like Excel's implementation: only the used part of the selection holds values.
    const used = this.usedIn(sheet, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 });
    const part = used && {
      top: Math.max(box.top, used.top),
      left: Math.max(box.left, used.left),
      bottom: Math.min(box.bottom, used.bottom),
      right: Math.min(box.right, used.right),
    };
    if (!part || part.top > part.bottom || part.left > part.right)
      return { sheet, address, values: [] };
    return { sheet, address: boxAddress(part), values: this.valuesOf(sheet, part) };
  }

  async readRange(sheet: string, address: string): Promise<Region | undefined> {
    const box = parseAddress(address)?.box;
    return this.sheets.has(sheet) && box ? this.region(sheet, box) : undefined;
  }

  async readTable(name: string): Promise<Region | undefined> {
    const t = this.tables.get(name);
    return t ? this.region(t.sheet, t.box, t.name) : undefined;
  }

  async addFormulaColumn(column: FormulaColumn, options: WriteOptions = {}): Promise<WriteOutcome> {
    const box: Box = {
      top: column.top,
      left: column.col,
      bottom: column.top + column.rows,
      right: column.col,
    };
    const ours = this.get(column.sheet, column.top, column.col)?.value === column.header;
    if (!ours && this.usedIn(column.sheet, box) && !options.overwrite) {
      return {
        ok: false,
        conflicts: [
          {
            kind: "occupied",
            sheet: column.sheet,
            address: boxAddress(box),
            table: column.table ?? "",
          },
        ],
      };
    }
    this.set(column.sheet, column.top, column.col, escapeText(column.header));
    for (let i = 0; i < column.rows; i++)
      this.set(column.sheet, column.top + 1 + i, column.col, column.formula(i));
    if (column.table) {
      const t = this.tables.get(column.table);
      if (t && column.col === t.box.right + 1) {
        t.box = { ...t.box, right: column.col };
        t.calculated = { ...(t.calculated ?? {}), [column.col - t.box.left]: column.formula };
      }
    }
    if (!ours) {
      const address = boxAddress({ ...box, top: box.top + 1 });
      for (const h of column.highlights ?? [])
        this.highlights.push({ sheet: column.sheet, address, ...h });
    }
    this.changed();
    return {
      ok: true,
      tables: [
        {
          name: column.table ?? "",
          sheet: column.sheet,
          address: boxAddress(box),
          rows: column.rows,
          created: !ours,
        },
      ],
      requests: 2,
    };
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    const raw = this.settings.get("advance." + key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    this.settings.set("advance." + key, JSON.stringify(value));
  }

  async select(sheet: string, address: string): Promise<void> {
    this.active = { sheet, address };
    this.changed();
  }

  /** Puts a block of values on a sheet, as a user's existing data (tests, the preview's sample). */
  load(
    sheet: string,
    rows: (string | number | boolean | null)[][],
    at = { row: 0, col: 0 },
    table?: string
  ): void {
    rows.forEach((r, i) =>
      r.forEach((v, j) =>
        this.set(sheet, at.row + i, at.col + j, typeof v === "string" ? escapeText(v) : v)
      )
    );
    if (table) {
      const box = {
        top: at.row,
        left: at.col,
        bottom: at.row + rows.length - 1,
        right: at.col + Math.max(...rows.map((r) => r.length)) - 1,
      };
      this.tables.set(table, { name: table, sheet, box, style: "TableStyleMedium2" });
    }
    this.changed();
  }
}
