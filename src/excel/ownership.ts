import type { SheetPlan } from "../core/sheet/plan";
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
} from "./cells";
import type { Conflict } from "./types";

/** Where the add-in keeps what it wrote, in the workbook's settings. */
export const OWNED_KEY = "advance.owned";

/** What the add-in wrote on earlier runs: its tables (with a fingerprint of their contents) and loose cells. */
export interface Owned {
  readonly tables: {
    readonly [name: string]: {
      readonly sheet: string;
      readonly address: string;
      readonly print: string;
    };
  };
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

/** Facts read from the workbook before a write. */
export interface WorkbookFacts {
  /** Existing tables the plan names: their sheet and A1 address (no sheet). */
  readonly tables: ReadonlyMap<string, { sheet: string; address: string; formulas?: unknown[][] }>;
  /** For each plan table: the used cells inside its target area, as a box, or undefined when empty. */
  readonly usedInTarget: ReadonlyMap<string, Box | undefined>;
  /** Values of the plan's loose cells as they are now ("" when empty), keyed by qualified address. */
  readonly cellValues: ReadonlyMap<string, unknown>;
  readonly owned: Owned;
}

/**
 * Decides whether a plan can be written without losing a user's data. A target area may
 * hold only the add-in's own table of the same name; loose cells may be overwritten only
 * if the add-in wrote them before; an own table whose contents changed since it was
 * written counts as the user's data too. Nothing is written while any conflict stands,
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
    if (
      existing &&
      record &&
      existing.formulas &&
      fingerprint(existing.formulas) !== record.print
    ) {
      conflicts.push({
        kind: "edited",
        sheet: existing.sheet,
        address: existing.address,
        table: t.name,
      });
    }
  }
  for (const c of plan.cells ?? []) {
    const key = qualified(
      c.sheet,
      boxAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col })
    );
    const now = facts.cellValues.get(key);
    if (now !== undefined && now !== "" && now !== null && !facts.owned.cells[key]) {
      conflicts.push({
        kind: "occupied",
        sheet: c.sheet,
        address: boxAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }),
        table: "",
      });
    }
  }
  return conflicts;
}

/** The ownership record after writing a plan. */
export function ownedAfter(plan: SheetPlan, before: Owned): Owned {
  const tables = { ...before.tables };
  for (const t of plan.tables) {
    const { inputs } = tableGrid(t);
    tables[t.name] = {
      sheet: t.sheet,
      address: boxAddress(tableBox(t)),
      print: fingerprint(inputs.map((r) => r.map(heldValue))),
    };
  }
  const cells: Record<string, true> = { ...before.cells };
  for (const c of plan.cells ?? [])
    cells[
      qualified(c.sheet, boxAddress({ top: c.row, left: c.col, bottom: c.row, right: c.col }))
    ] = true;
  return { tables, cells };
}
