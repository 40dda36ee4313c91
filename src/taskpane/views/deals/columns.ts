import { isStageKey, STRENGTHS, type StageKey, type Strength } from "../../../core/deals";
import { VISIT_FIELDS, type FieldSchema, type VisitField } from "../../../core/headers";
import { t, type Lang } from "../../../core/i18n";
import { parseAddress } from "../../../excel/cells";
import type { FormulaColumn, Region } from "../../../excel/types";
import {
  noteRef,
  placeOwnColumn,
  type NoteSpan,
  type OwnColumn,
} from "../../components/formulaColumns";

// Moved to components/formulaColumns (the Visits view adds its column the same way); the
// Deals view's callers and tests still find them here.
export {
  MAPPING_SETTING,
  asOwnColumns,
  noteCells,
  noteSpan,
  rememberOwn,
  sheetRow,
  userPart,
  widened,
  type NoteSpan,
  type OwnColumn,
} from "../../components/formulaColumns";

/*
 * The Deals view's rules apart from React: which cells hold a row's note, the formulas
 * and conditional formats of the columns it adds, how it recognises those columns on a
 * re-run, and the settings it keeps.
 */

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
  return `=SALES.${FUNCTION[kind]}(${noteRef(region, span, row)},"${lang}")`;
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
  return placeOwnColumn(region, own, (l) => columnHeader(kind, l), lang);
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
