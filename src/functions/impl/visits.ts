import { fail, ok, type Result } from "../../core/issues";
import {
  classifyVisits,
  commitLevel as levelOf,
  explainVerdict,
  levelLabel,
  outcomeLabel,
  type VisitVerdict,
} from "../../core/visits";
import { type OutputLang } from "../lang";
import { asGrid, MAX_NOTES, rowTexts, sizeOf, withLanguage } from "./rows";

/**
 * The visits functions: the outcome of a logged visit, why, and the level of a
 * customer's commitment. Each is a `…Result` function with the rules (for tests and
 * other faces) and the Excel entry below it that maps issues to error values.
 */

/** A row as core reads it: one cell as written (its evidence quoted as is), several together. */
function noteOf(texts: string[]): string | string[] {
  return texts.length === 1 ? texts[0] : texts;
}

/**
 * The commitment objective of each of `rows` notes: none, one cell for all of them, or
 * one row per note (the commitment column beside the notes). A commitment cell holding
 * an error value spoils only its own row.
 */
export function readCommitments(raw: unknown, rows: number): Result<Result<string | undefined>[]> {
  if (raw === undefined || raw === null) return ok(new Array(rows).fill(ok(undefined)));
  const grid = asGrid(raw);
  if (grid.length !== 1 && grid.length !== rows)
    return fail("visits.commitmentRows", { count: grid.length, rows });
  if (sizeOf(grid) > MAX_NOTES)
    return fail("arg.tooLarge", { arg: "commitment", count: sizeOf(grid), max: MAX_NOTES });
  const read = grid.map((row): Result<string | undefined> => {
    const texts = rowTexts(row, "commitment");
    if (!texts.ok) return texts;
    return ok(texts.value.length === 0 ? undefined : texts.value.join("\n"));
  });
  return ok(grid.length === rows ? read : new Array(rows).fill(read[0]));
}

/**
 * The verdict of every row of `note`, classified in one call to classifyVisits (a column
 * of 10,000 notes is one function call, not 10,000). Rows that cannot be read keep their
 * own issue; the others go to the classifier together.
 */
export function verdicts(note: unknown, commitment: unknown): Result<Result<VisitVerdict>[]> {
  const grid = asGrid(note);
  const count = sizeOf(grid);
  if (count > MAX_NOTES) return fail("arg.tooLarge", { arg: "note", count, max: MAX_NOTES });
  const goals = readCommitments(commitment, grid.length);
  if (!goals.ok) return goals;

  const out = new Array<Result<VisitVerdict>>(grid.length);
  const notes: (string | string[])[] = [];
  const commitments: (string | undefined)[] = [];
  const at: number[] = [];
  grid.forEach((row, i) => {
    const texts = rowTexts(row, "note");
    const goal = goals.value[i];
    if (!texts.ok) out[i] = texts;
    else if (!goal.ok) out[i] = goal;
    else {
      notes.push(noteOf(texts.value));
      commitments.push(goal.value);
      at.push(i);
    }
  });
  const classified = classifyVisits(notes, { commitments });
  classified.forEach((r, j) => (out[at[j]] = r));
  return ok(out);
}

const mapRows = <A, B>(rows: Result<A>[], f: (a: A) => B): Result<B>[] =>
  rows.map((r) => (r.ok ? ok(f(r.value)) : r));

/** VISITOUTCOME's rules apart from Excel: per row, the outcome's label (or key), or why there is none. */
export function visitOutcomeResult(
  note: unknown,
  commitment: unknown,
  lang: OutputLang
): Result<Result<string>[]> {
  const rows = verdicts(note, commitment);
  if (!rows.ok) return rows;
  return ok(
    mapRows(rows.value, (v) => (lang === "key" ? v.outcome : outcomeLabel(v.outcome, lang)))
  );
}

/** VISITWHY's rules apart from Excel: per row, the sentence of explainVerdict; with "key", the rule's id. */
export function visitWhyResult(
  note: unknown,
  commitment: unknown,
  lang: OutputLang
): Result<Result<string>[]> {
  const rows = verdicts(note, commitment);
  if (!rows.ok) return rows;
  return ok(mapRows(rows.value, (v) => (lang === "key" ? v.rule : explainVerdict(v, lang))));
}

/** COMMITLEVEL's rules apart from Excel: per row, the level's label (or key). */
export function commitLevelResult(text: unknown, lang: OutputLang): Result<Result<string>[]> {
  const grid = asGrid(text);
  const count = sizeOf(grid);
  if (count > MAX_NOTES) return fail("arg.tooLarge", { arg: "text", count, max: MAX_NOTES });
  return ok(
    grid.map((row) => {
      const texts = rowTexts(row, "text");
      if (!texts.ok) return texts;
      const r = levelOf(texts.value.join("\n"));
      if (!r.ok) return r;
      return ok(lang === "key" ? r.value.level : levelLabel(r.value.level, lang));
    })
  );
}

/**
 * The outcome of a logged visit: Order, Advance, Continuation or No-sale. Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @param note A note, or a range of notes: each row is one note (e.g. notes, feedback and next step side by side). Blank rows give #N/A.
 * @param [commitment] The commitment the visit aimed at (e.g. a meeting with the general manager next Tuesday), read when a note only says the customer agreed: one cell for every row, or one per row of note. Blank: none.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The outcome of each row, as a column.
 */
export function visitOutcome(
  note: any[][],
  commitment?: any[][],
  language?: any
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  return withLanguage(language, (lang) => visitOutcomeResult(note, commitment, lang));
}

/**
 * Why a visit got its outcome: the outcome, the rule that decided it and the words of the note it rests on. Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @param note A note, or a range of notes: each row is one note (e.g. notes, feedback and next step side by side). Blank rows give #N/A.
 * @param [commitment] The commitment the visit aimed at (e.g. a meeting with the general manager next Tuesday), read when a note only says the customer agreed: one cell for every row, or one per row of note. Blank: none.
 * @param [language] Language of the explanation: "en", "zh-Hans", "zh-Hant", or "key" for the id of the rule that decided (e.g. advance.trial). Default: Excel's language.
 * @returns The explanation of each row, as a column.
 */
export function visitWhy(
  note: any[][],
  commitment?: any[][],
  language?: any
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  return withLanguage(language, (lang) => visitWhyResult(note, commitment, lang));
}

/**
 * The level of a customer's commitment on the five-step scale: inner, verbal, written, public verbal, public written. Give a column of texts for one answer per row; text that shows no commitment gives #N/A.
 * @param text What the customer committed to, as written in a note or a commitment column; a range gives one answer per row. Blank rows give #N/A.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The level of each row, as a column.
 */
export function commitLevel(
  text: any[][],
  language?: any
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  return withLanguage(language, (lang) => commitLevelResult(text, lang));
}
