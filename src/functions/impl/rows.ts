import type { Lang } from "../../core/i18n";
import { fail, ok, type Result } from "../../core/issues";
import { single, toText } from "../args";
import { cellError, valueOrError } from "../errors";
import { outputLang, uiLang, type OutputLang } from "../lang";

/**
 * What the note-reading functions (visits, deals) share: a range read as rows of notes,
 * one answer per row, and the answers spilled back as a column.
 *
 * A visit log is a few thousand rows; past this many a whole-column reference (D:D, a
 * million rows) was most likely meant as the table column, and classifying it would
 * spill a million #N/As. Classifying takes about 0.1 ms a note, so the limit is ~10 s.
 */
export const MAX_NOTES = 100_000;

export type Grid = unknown[][];

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Excel passes a range as rows of cells; a single value (a constant, a test) as itself. */
export function asGrid(raw: unknown): Grid {
  if (!Array.isArray(raw)) return [[raw]];
  return raw.map((row) => (Array.isArray(row) ? row : [row]));
}

export function sizeOf(grid: Grid): number {
  return grid.reduce((n, row) => n + row.length, 0);
}

/** The texts of one row's cells (blanks dropped: core skips them anyway); an error cell is refused. */
export function rowTexts(row: readonly unknown[], arg: string): Result<string[]> {
  const out: string[] = [];
  for (const c of row) {
    if (isBlank(c)) continue;
    const text = toText(arg, c);
    if (!text.ok) return text;
    out.push(text.value);
  }
  return ok(out);
}

/**
 * One answer per row of a range, the cells of a row read together as one note (notes
 * beside feedback): a single cell or a row gives one answer, a column a column of them.
 */
export function perRow<T>(
  raw: unknown,
  arg: string,
  answer: (texts: string[]) => Result<T>
): Result<Result<T>[]> {
  const grid = asGrid(raw);
  const count = sizeOf(grid);
  if (count > MAX_NOTES) return fail("arg.tooLarge", { arg, count, max: MAX_NOTES });
  return ok(
    grid.map((row) => {
      const texts = rowTexts(row, arg);
      return texts.ok ? answer(texts.value) : texts;
    })
  );
}

/** Messages go out in the language asked for; with "key", in Excel's. */
export const messageLang = (lang: OutputLang): Lang => (lang === "key" ? uiLang() : lang);

/**
 * Per-row answers as a spill: one row in, the answer (or its error) as the function's
 * value; several rows, a column with an error value in the cells that have none.
 */
export function spill(
  result: Result<Result<string>[]>,
  lang: Lang
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  if (!result.ok) return cellError(result.issue, lang);
  const rows = result.value;
  if (rows.length === 1) {
    const one = valueOrError(rows[0], lang);
    return typeof one === "string" ? [[one]] : one;
  }
  return rows.map((r) => [valueOrError(r, lang)]);
}

/** Reads the `language` argument, runs, and spills the answers in that language. */
export function withLanguage(
  language: unknown,
  run: (lang: OutputLang) => Result<Result<string>[]>
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  const lang = outputLang(single(language));
  if (!lang.ok) return cellError(lang.issue, uiLang());
  return spill(run(lang.value), messageLang(lang.value));
}
