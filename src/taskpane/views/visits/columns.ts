import { VISIT_FIELDS, type FieldSchema, type VisitField } from "../../../core/headers";
import { t, type Lang } from "../../../core/i18n";
import { OUTCOMES, type VisitOutcome } from "../../../core/visits";
import type { FormulaColumn, Region } from "../../../excel/types";
import {
  noteRef,
  placeOwnColumn,
  type NoteSpan,
  type OwnColumn,
} from "../../components/formulaColumns";

/*
 * The outcome column the Visits view adds beside a log: its header, its live
 * SALES.VISITOUTCOME formulas and its conditional formats.
 */

/** The outcome columns the view wrote, so a re-run updates them and never takes a user's column for one. */
export const COLUMNS_SETTING = "visits.columns";

/**
 * The visit-log fields for this view: the notes are what is classified, the client and
 * date are what the summary groups and orders by; a log without a date is still read in
 * row order, so only notes and client are required. Same field names as VISIT_FIELDS,
 * so a correction made in the Clients or Deals view carries over.
 */
export const VISITS_VIEW_FIELDS: readonly FieldSchema<VisitField>[] = VISIT_FIELDS.map((f) => ({
  ...f,
  required: f.field === "notes" || f.field === "client",
}));

export const outcomeHeader = (lang: Lang): string => t(lang, "visits.view.header");

/**
 * One row's formula, e.g. =SALES.VISITOUTCOME(D2:E2,,"zh-Hans"): the row's note cells
 * read together, no commitment objective (the log does not record one), and the
 * language written out so the labels (and the conditional formats that match them) stay
 * the same for a colleague whose Excel speaks another language.
 */
export function outcomeFormula(
  region: Pick<Region, "top" | "left">,
  span: NoteSpan,
  row: number,
  lang: Lang
): string {
  return `=SALES.VISITOUTCOME(${noteRef(region, span, row)},,"${lang}")`;
}

/**
 * Fills with dark text of the same hue, each pair above 4.5:1 contrast. Green and amber
 * are Excel's own Good and Neutral styles, which users read at a glance; a no-sale is
 * grey rather than red because a clear no is a normal, useful result, not an error.
 */
export const OUTCOME_COLOURS: Record<VisitOutcome, { fill: string; font: string }> = {
  order: { fill: "#C6EFCE", font: "#006100" },
  advance: { fill: "#DDEBF7", font: "#1F4E79" },
  continuation: { fill: "#FFEB9C", font: "#7A4500" },
  "no-sale": { fill: "#E7E6E6", font: "#3A3A3A" },
};

export function outcomeHighlights(lang: Lang): FormulaColumn["highlights"] {
  return OUTCOMES.map((o) => ({
    text: t(lang, `visits.outcome.${o}`),
    fill: OUTCOME_COLOURS[o].fill,
    font: OUTCOME_COLOURS[o].font,
  }));
}

export interface OutcomeColumnArgs {
  readonly region: Region;
  readonly own: readonly OwnColumn[];
  readonly span: NoteSpan;
  readonly lang: Lang;
}

/** The whole column to add beside the log (or to update, if the view wrote it before). */
export function outcomeColumn({ region, own, span, lang }: OutcomeColumnArgs): FormulaColumn {
  const place = placeOwnColumn(region, own, outcomeHeader, lang);
  return {
    sheet: region.sheet,
    table: region.table,
    col: place.col,
    top: region.top,
    rows: region.rows.length,
    header: place.header,
    formula: (row) => outcomeFormula(region, span, row, place.lang),
    highlights: outcomeHighlights(place.lang),
  };
}
