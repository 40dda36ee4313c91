import { CLIENTS_TABLE } from "../../../core/clients";
import { parseAddress, rangeAddress } from "../../../excel/cells";
import type { Region, WorkbookAccess } from "../../../excel/types";
import type { Message } from "./options";

/** Where a list was read from, as remembered in the workbook for the next time the view opens. */
export interface SourceRef {
  readonly sheet: string;
  readonly address: string;
  readonly table?: string;
}

export type SourceKind = "clients" | "visits";
export type SavedSources = { readonly [K in SourceKind]?: SourceRef };

export const SOURCES_SETTING = "clients.sources";
export const OPTIONS_SETTING = "clients.options";
export const CLIENT_MAPPING_SETTING = "clients.mapping";
/** Shared with the Visits view: it is the same log, so one correction serves both. */
export const VISIT_MAPPING_SETTING = "visits.mapping";

export function refOf(region: Region): SourceRef {
  return { sheet: region.sheet, address: region.address, table: region.table };
}

export function asSources(saved: unknown): SavedSources {
  if (typeof saved !== "object" || saved === null) return {};
  const ok = (r: unknown): r is SourceRef =>
    typeof r === "object" &&
    r !== null &&
    typeof (r as SourceRef).sheet === "string" &&
    typeof (r as SourceRef).address === "string";
  const s = saved as Record<string, unknown>;
  return {
    clients: ok(s.clients) ? s.clients : undefined,
    visits: ok(s.visits) ? s.visits : undefined,
  };
}

/** Why a picked block cannot be used, or undefined when it can. */
export function pickProblem(region: Region | undefined): Message | undefined {
  if (!region || region.headers.every((h) => h.trim() === ""))
    return { key: "clients.view.nothingThere" };
  // Reading our own output back as input would rank last run's result, not the user's list.
  if (region.table === CLIENTS_TABLE)
    return { key: "clients.view.ownTable", params: { table: CLIENTS_TABLE } };
  if (region.rows.length === 0)
    return { key: "clients.view.noRows", params: { sheet: region.sheet, address: region.address } };
  return undefined;
}

/**
 * Reads a remembered list again. A table is found by its name wherever it has grown to;
 * a plain range is read at the address it had (rows added below it are not seen — a
 * table is the better home for a list that grows). Undefined when it is gone.
 */
export async function reread(wb: WorkbookAccess, ref: SourceRef): Promise<Region | undefined> {
  if (ref.table) return wb.readTable(ref.table);
  return wb.readRange(ref.sheet, ref.address);
}

/** The whole row of `client` in a table read back from the sheet (the client's name is in its first column). */
export function clientRow(
  table: Region,
  client: string
): { sheet: string; address: string } | undefined {
  const box = parseAddress(table.address)?.box;
  if (!box) return undefined;
  const i = table.rows.findIndex((r) => String(r[0] ?? "").trim() === client.trim());
  if (i < 0) return undefined;
  return {
    sheet: table.sheet,
    address: rangeAddress(box.top + 1 + i, box.left, 1, box.right - box.left + 1),
  };
}
