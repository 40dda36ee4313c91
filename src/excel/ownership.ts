import type { SheetPlan, TablePlan } from "../core/sheet/plan";
import {
  boxAddress,
  contains,
  fingerprint,
  heldValue,
  parseAddress,
  qualified,
  tableBox,
  tableGrid,
  type Box,
  type ExcelInput,
} from "./cells";
import type { Conflict } from "./types";

/** Where the add-in keeps what it wrote, in the workbook's settings. */
export const OWNED_KEY = "advance.owned";

export interface OwnedTable {
  readonly sheet: string;
  readonly address: string;
  /** Fingerprint of the add-in's own columns as written. */
  readonly print: string;
  /** Headers of the add-in's own columns as written (they may change language between runs). */
  readonly columns?: readonly string[];
}

/** What the add-in wrote on earlier runs: its tables (with a fingerprint of their contents) and loose cells. */
export interface Owned {
  readonly tables: { readonly [name: string]: OwnedTable };
  readonly cells: { readonly [qualifiedAddress: string]: true };
}

export const NO_OWNED: Owned = { tables: {}, cells: {} };

export function parseOwned(raw: unknown): Owned {
  if (typeof raw === "string") {
    try {
      return parseOwned(JSON.parse(raw));
    } catch {
      return NO_OWNED;
    }
  }
  if (typeof raw !== "object" || raw === null) return NO_OWNED;
  const o = raw as Partial<Owned>;
  return { tables: o.tables ?? {}, cells: o.cells ?? {} };
}

/** An existing table the plan names, as read from the workbook. */
export interface ExistingTable {
  readonly sheet: string;
  readonly address: string;
  /** `range.formulas` of the whole table, header row first. */
  readonly formulas?: unknown[][];
}

/** Facts read from the workbook before a write. */
export interface WorkbookFacts {
  readonly tables: ReadonlyMap<string, ExistingTable>;
  /** For each plan table: the used cells inside its target area, as a box, or undefined when empty. */
  readonly usedInTarget: ReadonlyMap<string, Box | undefined>;
  /** Values of the plan's loose cells as they are now ("" when empty), keyed by qualified address. */
  readonly cellValues: ReadonlyMap<string, unknown>;
  readonly owned: Owned;
}

/** Indices of an existing table's columns that the add-in wrote (by header), and of the user's own. */
function splitColumns(
  existing: unknown[][],
  own: readonly string[]
): { ours: number[]; theirs: number[] } {
  const header = (existing[0] ?? []).map((h) => String(h ?? ""));
  const ours: number[] = [];
  const theirs: number[] = [];
  header.forEach((h, i) => (own.includes(h) ? ours : theirs).push(i));
  return { ours, theirs };
}

function ownHeaders(t: TablePlan, record: OwnedTable | undefined): readonly string[] {
  return record?.columns ?? t.columns.map((c) => c.header);
}

/**
 * The grid to write for a table: the plan's columns, then any columns the user added to
 * the table on an earlier run, carried over row by row through the plan's key column.
 */
export function layoutTable(
  t: TablePlan,
  existing: ExistingTable | undefined,
  record: OwnedTable | undefined
): { inputs: ExcelInput[][]; formats: string[][]; box: Box } {
  const grid = tableGrid(t);
  const box = tableBox(t);
  const formulas = existing?.formulas;
  if (!formulas || t.keyColumn === undefined || formulas.length === 0) return { ...grid, box };
  const own = ownHeaders(t, record);
  const { theirs } = splitColumns(formulas, own);
  if (theirs.length === 0) return { ...grid, box };
  const keyAt = (formulas[0] as unknown[]).findIndex((h) => String(h) === own[t.keyColumn!]);
  const carried = new Map<string, unknown[]>();
  if (keyAt >= 0) {
    for (const row of formulas.slice(1)) {
      const key = String(row[keyAt] ?? "");
      if (key !== "" && !carried.has(key))
        carried.set(
          key,
          theirs.map((i) => row[i])
        );
    }
  }
  const headers = theirs.map((i) => formulas[0][i]);
  const inputs = grid.inputs.map((row, r) => {
    if (r === 0) return [...row, ...(headers as ExcelInput[])];
    const key = String(heldValue(row[t.keyColumn!]) ?? "");
    const extra = carried.get(key) ?? theirs.map(() => "");
    return [
      ...row,
      ...(extra.map((v) => (v === null || v === undefined ? "" : v)) as ExcelInput[]),
    ];
  });
  const formats = grid.formats.map((row) => [...row, ...theirs.map(() => "General")]);
  return { inputs, formats, box: { ...box, right: box.right + theirs.length } };
}

/**
 * Decides whether a plan can be written without losing a user's data. A target area may
 * hold only the add-in's own table of the same name; loose cells may be overwritten only
 * if the add-in wrote them before; an own table whose contents changed since it was
 * written counts as the user's data too, as do columns the user added to it unless the
 * plan can carry them over by a key. Nothing is written while any conflict stands,
 * unless the user agreed (overwrite).
 */
export function findConflicts(plan: SheetPlan, facts: WorkbookFacts): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const t of plan.tables) {
    const existing = facts.tables.get(t.name);
    const existingBox =
      existing && existing.sheet === t.sheet ? parseAddress(existing.address)?.box : undefined;
    const used = facts.usedInTarget.get(t.name);
    if (used && !(existingBox && contains(existingBox, used))) {
      conflicts.push({
        kind: "occupied",
        sheet: t.sheet,
        address: boxAddress(used),
        table: t.name,
      });
    }
    const record = facts.owned.tables[t.name];
    if (existing && record && existing.formulas) {
      const { ours, theirs } = splitColumns(existing.formulas, ownHeaders(t, record));
      const projected = existing.formulas.map((row) => ours.map((i) => row[i]));
      const edited = fingerprint(projected) !== record.print;
      const uncarried = theirs.length > 0 && t.keyColumn === undefined;
      if (edited || uncarried) {
        conflicts.push({
          kind: "edited",
          sheet: existing.sheet,
          address: existing.address,
          table: t.name,
        });
      }
    }
  }
  for (const c of plan.cells ?? []) {
    const address = boxAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col });
    const now = facts.cellValues.get(qualified(c.sheet, address));
    if (
      now !== undefined &&
      now !== "" &&
      now !== null &&
      !facts.owned.cells[qualified(c.sheet, address)]
    ) {
      conflicts.push({ kind: "occupied", sheet: c.sheet, address, table: "" });
    }
  }
  return conflicts;
}

/** The ownership record after writing a plan. */
export function ownedAfter(
  plan: SheetPlan,
  before: Owned,
  boxes?: ReadonlyMap<string, Box>
): Owned {
  const tables: Record<string, OwnedTable> = { ...before.tables };
  for (const t of plan.tables) {
    const { inputs } = tableGrid(t);
    tables[t.name] = {
      sheet: t.sheet,
      address: boxAddress(boxes?.get(t.name) ?? tableBox(t)),
      print: fingerprint(inputs.map((r) => r.map(heldValue))),
      columns: t.columns.map((c) => c.header),
    };
  }
  const cells: Record<string, true> = { ...before.cells };
  for (const c of plan.cells ?? []) {
    cells[
      qualified(c.sheet, boxAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }))
    ] = true;
  }
  return { tables, cells };
}
