import type { VisitField } from "../../core/headers";
import { LANGS, type Lang } from "../../core/i18n";
import { columnLetter } from "../../core/sheet/plan";
import { boxAddress, parseAddress } from "../../excel/cells";
import type { Region } from "../../excel/types";
import type { ColumnChoice } from "./ColumnMapping";

/*
 * What the views that add live SALES formula columns beside a visit log (Deals, Visits)
 * share: which cells hold a row's note, how a row's note is referenced in a formula, and
 * how the columns a view wrote are remembered, recognised on a re-run and kept out of
 * the user's column choice.
 */

/** Shared by the Visits, Deals and Clients views: a column corrected in one is right in the others. */
export const MAPPING_SETTING = "visits.mapping";

/** The columns (0-based, within the region) read as one note. */
export interface NoteSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The notes column, widened over the feedback and next-step columns when they sit right
 * beside it: what the customer agreed is often in the feedback or the next step, and a
 * formula can pass side-by-side cells as one range (the SALES functions read a row's
 * cells as one note). The pane reads the same cells as the formula, so the two agree.
 */
export function noteSpan(columns: ColumnChoice<VisitField>): NoteSpan | undefined {
  const notes = columns.notes;
  if (notes === undefined) return undefined;
  const part = new Set([columns.notes, columns.feedback, columns.nextStep]);
  let first = notes;
  let last = notes;
  while (part.has(first - 1)) first--;
  while (part.has(last + 1)) last++;
  return { first, last };
}

/** The note of data row `row`: its span's cells as text, blanks left out. */
export function noteCells(region: Pick<Region, "rows">, span: NoteSpan, row: number): string[] {
  const cells = region.rows[row]?.slice(span.first, span.last + 1) ?? [];
  return cells.map((c) => String(c ?? "").trim()).filter((c) => c !== "");
}

/** A1 row number of data row `row` (0-based) of a region whose header row is `top` (0-based). */
export const sheetRow = (top: number, row: number): number => top + 2 + row;

/**
 * The note's cells of one row as a relative A1 reference ("D2" or "D2:E2"): relative
 * references read plainly and follow the row when Excel fills a table's column down.
 */
export function noteRef(region: Pick<Region, "top" | "left">, span: NoteSpan, row: number): string {
  const r = sheetRow(region.top, row);
  const from = `${columnLetter(region.left + span.first)}${r}`;
  return span.first === span.last ? from : `${from}:${columnLetter(region.left + span.last)}${r}`;
}

/** A column a view wrote, as remembered in the workbook. */
export interface OwnColumn {
  readonly sheet: string;
  readonly header: string;
}

/** How many written columns are remembered: a few per log, a few logs per workbook. */
const OWN_LIMIT = 20;

export function asOwnColumns(saved: unknown): OwnColumn[] {
  return Array.isArray(saved)
    ? saved.filter(
        (c): c is OwnColumn =>
          typeof c === "object" &&
          c !== null &&
          typeof (c as OwnColumn).sheet === "string" &&
          typeof (c as OwnColumn).header === "string"
      )
    : [];
}

export function rememberOwn(saved: unknown, column: OwnColumn): OwnColumn[] {
  const rest = asOwnColumns(saved).filter(
    (c) => c.sheet !== column.sheet || c.header !== column.header
  );
  return [column, ...rest].slice(0, OWN_LIMIT);
}

export const isOwn = (own: readonly OwnColumn[], sheet: string, header: string): boolean =>
  own.some((c) => c.sheet === sheet && c.header === header.trim());

/**
 * The region without the formula columns a view added at its right (a user's columns
 * left of them stay), so the headers — and the remembered column choice keyed by
 * them — are the same before and after a column is added.
 */
export function userPart(region: Region, own: readonly OwnColumn[]): Region {
  let width = region.headers.length;
  while (width > 0 && isOwn(own, region.sheet, region.headers[width - 1])) width--;
  if (width === region.headers.length) return region;
  return {
    ...region,
    headers: region.headers.slice(0, width),
    rows: region.rows.map((r) => r.slice(0, width)),
  };
}

/**
 * Where a view's column goes: the one written before (its header in any language, if the
 * workbook remembers writing it), else the first column right of the region. A re-run
 * writes in the language of the column found, so its labels keep matching its
 * conditional formats.
 */
export function placeOwnColumn(
  region: Region,
  own: readonly OwnColumn[],
  headerIn: (lang: Lang) => string,
  lang: Lang
): { col: number; header: string; lang: Lang } {
  for (const l of LANGS) {
    const header = headerIn(l);
    // From the right: ours was added after any user column that happens to share its name.
    let at = region.headers.length - 1;
    while (at >= 0 && region.headers[at].trim() !== header) at--;
    if (at >= 0 && isOwn(own, region.sheet, header))
      return { col: region.left + at, header, lang: l };
  }
  return { col: region.left + region.headers.length, header: headerIn(lang), lang };
}

/** A block's address widened to take in a column added at its right (a plain range does not grow by itself). */
export function widened(address: string, col: number): string {
  const at = parseAddress(address);
  return at ? boxAddress({ ...at.box, right: Math.max(at.box.right, col) }) : address;
}
