import {
  CLIENT_FIELDS,
  VISIT_FIELDS,
  mapHeaders,
  type ClientField,
  type HeaderMap,
  type VisitField,
} from "../headers";
import { fail, ok, type Issue, type Result } from "../issues";
import { cellString, isBlankCell, readAmount, readDay, type CellInput } from "./cells";
import {
  isPlaceholder,
  parseDepth,
  parseLevel,
  parseOutcome,
  parseRoles,
  parseStage,
  parseTier,
} from "./labels";
import type { ClientRecord, ContactRecord, VisitRecord } from "./types";

/**
 * Reading a client list or a visit log from its header row and data rows. Cells that
 * cannot be read do not stop the run: they become warnings with their row (counted
 * as in a sheet whose header is row 1) and are left out, so one typo in a thousand
 * rows does not block the rest.
 */
export interface TableRead<R, F extends string> {
  readonly records: readonly R[];
  /** For each record, its 0-based data row. */
  readonly rows: readonly number[];
  readonly map: HeaderMap<F>;
  readonly warnings: readonly Issue[];
}

/** The sheet row of a 0-based data row: the header is row 1. */
const sheetRow = (i: number) => i + 2;

function warn(code: string, i: number, header: string, value: string): Issue {
  return { code, params: { row: sheetRow(i), column: header, value } };
}

export interface ClientTableOptions {
  /** Column of the value to rank by; by default revenue, else potential. */
  readonly valueColumn?: number;
}

/** The column ranked by: the one asked for, else revenue, else potential; undefined when none. */
export function valueColumnOf(map: HeaderMap<ClientField>, asked?: number): number | undefined {
  return asked ?? map.columns.value ?? map.columns.potential;
}

export function readClientTable(
  headers: readonly string[],
  rows: readonly (readonly CellInput[])[],
  options: ClientTableOptions = {}
): Result<TableRead<ClientRecord, ClientField>> {
  const map = mapHeaders(headers, CLIENT_FIELDS);
  const col = map.columns;
  if (col.client === undefined)
    return fail("clients.noClientColumn", { headers: headers.join(", ") });
  const valueCol = valueColumnOf(map, options.valueColumn);
  const warnings: Issue[] = [];
  const records: ClientRecord[] = [];
  const at: number[] = [];

  rows.forEach((row, i) => {
    const cell = (c: number | undefined): CellInput => (c === undefined ? undefined : row[c]);
    const text = (c: number | undefined) => cellString(cell(c));
    const name = text(col.client);
    if (name === "") {
      if (!row.every(isBlankCell))
        warnings.push(warn("clients.blankClient", i, headers[col.client!], ""));
      return;
    }
    // Each optional label: read when present, warned about when it is not a known word.
    const label = <T>(
      c: number | undefined,
      parse: (s: string) => T | undefined,
      code: string
    ): T | undefined => {
      const s = text(c);
      if (s === "" || isPlaceholder(s)) return undefined;
      const v = parse(s);
      if (v === undefined) warnings.push(warn(code, i, headers[c!], s));
      return v;
    };

    const amount = readAmount(cell(valueCol));
    if (!amount.ok)
      warnings.push(warn("clients.badValueAt", i, headers[valueCol!], text(valueCol)));
    const last = readDay(cell(col.lastVisit));
    if (!last.ok)
      warnings.push(warn("clients.badDateAt", i, headers[col.lastVisit!], text(col.lastVisit)));

    let roles: ContactRecord["roles"] = [];
    if (text(col.role) !== "") {
      const parsed = parseRoles(text(col.role));
      roles = parsed.roles;
      for (const u of parsed.unknown)
        warnings.push(warn("clients.unknownRoleAt", i, headers[col.role!], u));
    }
    const level = label(col.relationship, parseLevel, "clients.unknownLevelAt");
    const depth = label(col.depth, parseDepth, "clients.unknownDepthAt");
    const contactName = text(col.contact);
    const department = text(col.department);
    const hasContact =
      contactName !== "" || roles.length > 0 || level !== undefined || depth !== undefined;

    records.push({
      name,
      value: amount.ok ? amount.value : undefined,
      tierOverride: label(col.tier, parseTier, "clients.unknownTierAt"),
      lastVisit: last.ok ? last.value : undefined,
      stage: label(col.stage, parseStage, "clients.unknownStageAt"),
      contact: hasContact
        ? {
            name: contactName || undefined,
            roles,
            level,
            depth,
            department: department || undefined,
          }
        : undefined,
    });
    at.push(i);
  });
  return ok({ records, rows: at, map, warnings });
}

export function readVisitTable(
  headers: readonly string[],
  rows: readonly (readonly CellInput[])[]
): Result<TableRead<VisitRecord, VisitField>> {
  const map = mapHeaders(headers, VISIT_FIELDS);
  const col = map.columns;
  if (map.missing.length > 0) {
    return fail("clients.visitColumnsMissing", { headers: headers.join(", ") });
  }
  const noteColumns = [col.notes, col.feedback, col.nextStep].filter(
    (c): c is number => c !== undefined
  );
  const warnings: Issue[] = [];
  const records: VisitRecord[] = [];
  const at: number[] = [];
  rows.forEach((row, i) => {
    if (row.every(isBlankCell)) return;
    const date = readDay(row[col.date!]);
    if (!date.ok)
      warnings.push(warn("clients.badDateAt", i, headers[col.date!], cellString(row[col.date!])));
    const outcomeText = col.outcome === undefined ? "" : cellString(row[col.outcome]);
    const outcome =
      outcomeText === "" || isPlaceholder(outcomeText) ? undefined : parseOutcome(outcomeText);
    if (outcomeText !== "" && !isPlaceholder(outcomeText) && outcome === undefined) {
      warnings.push(warn("clients.unknownOutcomeAt", i, headers[col.outcome!], outcomeText));
    }
    records.push({
      client: cellString(row[col.client!]),
      date: date.ok ? date.value : undefined,
      outcome,
      notes: noteColumns.map((c) => cellString(row[c])),
    });
    at.push(i);
  });
  return ok({ records, rows: at, map, warnings });
}
