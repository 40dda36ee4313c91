import {
  readClientTable,
  readVisitTable,
  type ClientRecord,
  type TableRead,
  type VisitRecord,
} from "../../../core/clients";
import {
  CLIENT_FIELDS,
  VISIT_FIELDS,
  type ClientField,
  type FieldSchema,
  type VisitField,
} from "../../../core/headers";
import type { Issue, Result } from "../../../core/issues";
import { columnLetter } from "../../../core/sheet/plan";
import type { Region } from "../../../excel/types";
import type { ColumnChoice } from "../../components/ColumnMapping";
import type { RankBy } from "./options";

/*
 * Core reads a list by matching its headers itself; the pane lets the user correct that
 * match. Until core takes a column choice directly, the choice is handed over as headers
 * core cannot misread: each chosen column gets its field's own name, every other column
 * none. Warnings then name the user's real header again.
 */

/** A header mapHeaders reads as `field` and as no other field (a test checks every field of both schemas). */
export function canonicalHeader<F extends string>(s: FieldSchema<F>): string {
  return s.names[0] ?? s.exact?.[0] ?? s.field;
}

/** The headers that make mapHeaders give exactly `columns`. */
export function relabel<F extends string>(
  headerCount: number,
  columns: ColumnChoice<F>,
  schema: readonly FieldSchema<F>[]
): string[] {
  const out: string[] = Array.from({ length: headerCount }, () => "");
  for (const s of schema) {
    const c = columns[s.field];
    if (c !== undefined && c >= 0 && c < headerCount) out[c] = canonicalHeader(s);
  }
  return out;
}

/** A warning about a relabelled column, naming the user's header (or its column letter when blank). */
function withUserHeader(
  issue: Issue,
  relabelled: readonly string[],
  region: Pick<Region, "headers" | "left">
): Issue {
  const column = issue.params?.column;
  const i = typeof column === "string" ? relabelled.indexOf(column) : -1;
  if (i < 0) return issue;
  const header = region.headers[i]?.trim() || columnLetter(region.left + i);
  return { ...issue, params: { ...issue.params, column: header } };
}

function withUserHeaders<R, F extends string>(
  read: Result<TableRead<R, F>>,
  relabelled: readonly string[],
  region: Pick<Region, "headers" | "left">
): Result<TableRead<R, F>> {
  if (!read.ok) return read;
  return {
    ok: true,
    value: {
      ...read.value,
      warnings: read.value.warnings.map((w) => withUserHeader(w, relabelled, region)),
    },
  };
}

/**
 * The client list, read with the user's column choice, ranked by `rankBy` (from
 * effectiveRankBy: undefined only when neither revenue nor potential has a column, and
 * then nobody has a value and the tiers come from the list's own tier column, else C).
 */
export function readClients(
  region: Pick<Region, "headers" | "rows" | "left">,
  columns: ColumnChoice<ClientField>,
  rankBy: RankBy | undefined
): Result<TableRead<ClientRecord, ClientField>> {
  const headers = relabel(region.headers.length, columns, CLIENT_FIELDS);
  const valueColumn = rankBy === undefined ? undefined : columns[rankBy];
  const read = readClientTable(headers, region.rows, { valueColumn });
  return withUserHeaders(read, headers, region);
}

/** The visit log, read with the user's column choice. */
export function readVisits(
  region: Pick<Region, "headers" | "rows" | "left">,
  columns: ColumnChoice<VisitField>
): Result<TableRead<VisitRecord, VisitField>> {
  const headers = relabel(region.headers.length, columns, VISIT_FIELDS);
  return withUserHeaders(readVisitTable(headers, region.rows), headers, region);
}
