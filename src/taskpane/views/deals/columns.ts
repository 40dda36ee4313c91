import { isStageKey, STRENGTHS, type StageKey, type Strength } from "../../../core/deals";
import { VISIT_FIELDS, type FieldSchema, type VisitField } from "../../../core/headers";
import { LANGS, t, type Lang } from "../../../core/i18n";
import { columnLetter } from "../../../core/sheet/plan";
import { boxAddress, parseAddress } from "../../../excel/cells";
import type { FormulaColumn, Region } from "../../../excel/types";
import type { ColumnChoice } from "../../components/ColumnMapping";

/*
 * The Deals view's rules apart from React: which cells hold a row's note, the formulas
 * and conditional formats of the columns it adds, how it recognises those columns on a
 * re-run, and the settings it keeps.
 */

/** Shared with the Visits and Clients views: a column corrected there is right here too. */
export const MAPPING_SETTING = "visits.mapping";
export const STRENGTHS_SETTING = "deals.strengths";
export const ENTRY_SETTING = "deals.entry";
/** The formula columns the view added, so a re-run updates them and never takes a user's column for one. */
export const COLUMNS_SETTING = "deals.columns";

/**
 * The visit-log fields, but only the notes are needed here: a deal list often has no
 * visit date. Same field names as VISIT_FIELDS, so remembered corrections carry over.
 */
export const DEAL_FIELDS: readonly FieldSchema<VisitField>[] = VISIT_FIELDS.map((f) => ({
  ...f,
  required: f.field === "notes",
}));

export type ColumnKind = "stage" | "objection";

const FUNCTION: Record<ColumnKind, string> = { stage: "BUYSTAGE", objection: "OBJECTION" };
const HEADER_KEY: Record<ColumnKind, string> = {
  stage: "deals.header.stage",
  objection: "deals.header.objection",
};

export function columnHeader(kind: ColumnKind, lang: Lang): string {
  return t(lang, HEADER_KEY[kind]);
}

/** The columns (0-based, within the region) read as one note. */
export interface NoteSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The notes column, widened over the feedback and next-step columns when they sit right
 * beside it: the customer's objection is often in the feedback, and a formula can pass
 * side-by-side cells as one range (SALES.BUYSTAGE reads a row's cells as one note). The
 * card reads the same cells as the formula, so the two never disagree.
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
 * The formula of one row, e.g. =SALES.BUYSTAGE(C2:D2,"zh-Hans"). Relative A1 references
 * read plainly and follow the row when Excel fills a table's column down. The language
 * is written out so the labels (and the conditional formats that match them) stay the
 * same for a colleague whose Excel speaks another language.
 */
export function dealFormula(
  kind: ColumnKind,
  region: Pick<Region, "top" | "left">,
  span: NoteSpan,
  row: number,
  lang: Lang
): string {
  const r = sheetRow(region.top, row);
  const from = `${columnLetter(region.left + span.first)}${r}`;
  const ref =
    span.first === span.last ? from : `${from}:${columnLetter(region.left + span.last)}${r}`;
  return `=SALES.${FUNCTION[kind]}(${ref},"${lang}")`;
}

/** A column the view wrote, as remembered in the workbook. */
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

const isOwn = (own: readonly OwnColumn[], sheet: string, header: string) =>
  own.some((c) => c.sheet === sheet && c.header === header.trim());

/**
 * The region without the formula columns the view added at its right (a user's columns
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
 * Where the column of `kind` goes: the one written before (any language of its header,
 * if the workbook remembers writing it), else the first column right of the region.
 * A re-run writes in the language of the column found, so its labels keep matching its
 * conditional formats.
 */
export function placeColumn(
  region: Region,
  own: readonly OwnColumn[],
  kind: ColumnKind,
  lang: Lang
): { col: number; header: string; lang: Lang } {
  for (const l of LANGS) {
    const header = columnHeader(kind, l);
    // From the right: ours was added after any user column that happens to share its name.
    let at = region.headers.length - 1;
    while (at >= 0 && region.headers[at].trim() !== header) at--;
    if (at >= 0 && isOwn(own, region.sheet, header))
      return { col: region.left + at, header, lang: l };
  }
  return {
    col: region.left + region.headers.length,
    header: columnHeader(kind, lang),
    lang,
  };
}

// Excel's own Good / Neutral / Bad cell styles, which users already read at a glance.
const GOOD = { fill: "#C6EFCE", font: "#006100" };
const NEUTRAL = { fill: "#FFEB9C", font: "#9C5700" };
const BAD = { fill: "#FFC7CE", font: "#9C0006" };

/**
 * Stages in three bands: up to the goal the customer's view is still forming (we can
 * shape it); requirements and measures are being fixed; from the solution on, the rules
 * are written and a rep who was not there must pull back.
 */
const STAGE_BAND: Record<StageKey, typeof GOOD> = {
  problem: GOOD,
  pain: GOOD,
  goal: GOOD,
  requirements: NEUTRAL,
  measures: NEUTRAL,
  solution: BAD,
  value: BAD,
  risk: BAD,
  cost: BAD,
};

/** No objection is good news; a stall hides one; a stated reason needs an answer. */
const OBJECTION_BAND = {
  none: GOOD,
  stall: NEUTRAL,
  strategy: BAD,
  timing: BAD,
  team: BAD,
  price: BAD,
  authority: BAD,
} as const;

export function highlightsFor(kind: ColumnKind, lang: Lang): FormulaColumn["highlights"] {
  const bands: Record<string, typeof GOOD> = kind === "stage" ? STAGE_BAND : OBJECTION_BAND;
  const prefix = kind === "stage" ? "deals.stage." : "deals.objection.";
  return Object.entries(bands).map(([key, band]) => ({
    text: t(lang, prefix + key),
    fill: band.fill,
    font: band.font,
  }));
}

export interface FormulaColumnArgs {
  readonly region: Region;
  readonly own: readonly OwnColumn[];
  readonly span: NoteSpan;
  readonly kind: ColumnKind;
  readonly lang: Lang;
}

/** The whole column to add beside the region (or to update, if it is there already). */
export function formulaColumn({ region, own, span, kind, lang }: FormulaColumnArgs): FormulaColumn {
  const place = placeColumn(region, own, kind, lang);
  return {
    sheet: region.sheet,
    table: region.table,
    col: place.col,
    top: region.top,
    rows: region.rows.length,
    header: place.header,
    formula: (row) => dealFormula(kind, region, span, row, place.lang),
    highlights: highlightsFor(kind, place.lang),
  };
}

/** A block's address widened to take in a column added at its right (a plain range does not grow by itself). */
export function widened(address: string, col: number): string {
  const at = parseAddress(address);
  return at ? boxAddress({ ...at.box, right: Math.max(at.box.right, col) }) : address;
}

/**
 * The data row (0-based) of the region the selection starts in, or undefined when it is
 * on another sheet, on the header row or outside the region.
 */
export function selectedRow(
  region: Pick<Region, "sheet" | "top" | "left" | "headers" | "rows">,
  selection: { readonly sheet: string; readonly address: string }
): number | undefined {
  const at = parseAddress(selection.address);
  if (!at) return undefined;
  const sheet = at.sheet || selection.sheet;
  if (sheet !== region.sheet) return undefined;
  const row = at.box.top - region.top - 1;
  const inside =
    at.box.left <= region.left + region.headers.length - 1 && at.box.right >= region.left;
  return inside && row >= 0 && row < region.rows.length ? row : undefined;
}

export function asStrengths(saved: unknown): Strength[] {
  return Array.isArray(saved) ? STRENGTHS.filter((s) => saved.includes(s)) : [];
}

/**
 * Entry stages by client. A deal's entry stage is a fact about that deal, so it is kept
 * per client (the row's client name; "" when the log has no client column).
 */
export type EntryMemory = Readonly<Record<string, StageKey>>;

/** Enough for a rep's or a team's active deals; the oldest are dropped beyond it. */
const ENTRY_LIMIT = 300;

export function asEntries(saved: unknown): EntryMemory {
  if (typeof saved !== "object" || saved === null || Array.isArray(saved)) return {};
  return Object.fromEntries(
    Object.entries(saved as Record<string, unknown>).filter((e): e is [string, StageKey] =>
      isStageKey(e[1])
    )
  );
}

export function rememberEntry(
  saved: unknown,
  client: string,
  stage: StageKey | undefined
): EntryMemory {
  const rest = Object.entries(asEntries(saved)).filter(([c]) => c !== client);
  const next = stage === undefined ? rest : [...rest, [client, stage] as [string, StageKey]];
  return Object.fromEntries(next.slice(-ENTRY_LIMIT));
}
