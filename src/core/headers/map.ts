import { normalizeHeader } from "./normalize";
import type { FieldSchema } from "./schema";

export interface HeaderMap<F extends string> {
  /** The column index of each field found. */
  readonly columns: { readonly [K in F]?: number };
  /** Indices of the headers no field claimed (the user's own columns), left to right. */
  readonly unmatched: readonly number[];
  /** Required fields that no header matched. */
  readonly missing: readonly F[];
}

interface Candidate<F> {
  readonly field: F;
  readonly fieldOrder: number;
  readonly column: number;
  /** Whole-header matches beat partial ones; among partial ones, the longer name is the more specific. */
  readonly score: number;
}

// Any whole-header match outranks any partial one, whatever the lengths.
const WHOLE = 1_000;

function candidates<F extends string>(
  keys: readonly string[],
  schema: readonly FieldSchema<F>[]
): Candidate<F>[] {
  const out: Candidate<F>[] = [];
  schema.forEach((s, fieldOrder) => {
    const names = s.names.map(normalizeHeader);
    const exact = (s.exact ?? []).map(normalizeHeader);
    keys.forEach((key, column) => {
      if (key === "") return;
      if (names.includes(key) || exact.includes(key)) {
        out.push({ field: s.field, fieldOrder, column, score: WHOLE });
        return;
      }
      // A one-character name inside a header is more likely coincidence than meaning.
      const longest = Math.max(
        0,
        ...names.filter((n) => n.length >= 2 && key.includes(n)).map((n) => n.length)
      );
      if (longest > 0) out.push({ field: s.field, fieldOrder, column, score: longest });
    });
  });
  return out;
}

/**
 * Finds each field's column by its header. Every header goes to at most one field and
 * every field to at most one header, best match first: whole-header matches, then the
 * longest name found inside a header ("客户联系人" is the contact, not the client), then
 * the leftmost column, then the schema's order. The result is the same whatever order
 * the columns come in, apart from that leftmost rule for true duplicates.
 */
export function mapHeaders<F extends string>(
  headers: readonly string[],
  schema: readonly FieldSchema<F>[]
): HeaderMap<F> {
  const keys = headers.map((h) => normalizeHeader(h ?? ""));
  const ranked = candidates(keys, schema).sort(
    (a, b) => b.score - a.score || a.column - b.column || a.fieldOrder - b.fieldOrder
  );
  const columns: { [K in F]?: number } = {};
  const taken = new Set<number>();
  for (const c of ranked) {
    if (columns[c.field] !== undefined || taken.has(c.column)) continue;
    columns[c.field] = c.column;
    taken.add(c.column);
  }
  return {
    columns,
    unmatched: headers.map((_, i) => i).filter((i) => !taken.has(i)),
    missing: schema.filter((s) => s.required && columns[s.field] === undefined).map((s) => s.field),
  };
}

/** The column whose header is `name` (compared like mapHeaders compares), or undefined. */
export function findHeader(headers: readonly string[], name: string): number | undefined {
  const key = normalizeHeader(name);
  if (key === "") return undefined;
  const i = headers.findIndex((h) => normalizeHeader(h ?? "") === key);
  return i < 0 ? undefined : i;
}
