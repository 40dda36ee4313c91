import "./runtime-guard";
import { unwrap } from "./unwrap";

/**
 * The visits functions as Excel registers them. Each is a thin async wrapper: the
 * classifier, its lexicons and words load on first use from ./impl/visits (a chunk of
 * its own), so functions.js stays small. The JSDoc here is what
 * custom-functions-metadata-plugin turns into functions.json.
 *
 * All three declare string[][] so a column of notes spills a column of answers; a row
 * without an answer holds a #N/A error value inside the spill.
 */
const load = () => import(/* webpackChunkName: "fn-visits" */ "./impl/visits");

/**
 * The outcome of a logged visit: Order, Advance, Continuation or No-sale. Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @customfunction VISITOUTCOME
 * @helpurl https://localhost:3000/help.html#visitoutcome
 * @param note A note, or a range of notes: each row is one note (e.g. notes, feedback and next step side by side). Blank rows give #N/A.
 * @param [commitment] The commitment the visit aimed at (e.g. a meeting with the general manager next Tuesday), read when a note only says the customer agreed: one cell for every row, or one per row of note. Blank: none.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The outcome of each row, as a column.
 */
export async function visitOutcome(
  note: any[][],
  commitment?: any[][],
  language?: any
): Promise<string[][]> {
  return unwrap((await load()).visitOutcome(note, commitment, language)) as string[][];
}

/**
 * Why a visit got its outcome: the outcome, the rule that decided it and the words of the note it rests on. Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @customfunction VISITWHY
 * @helpurl https://localhost:3000/help.html#visitwhy
 * @param note A note, or a range of notes: each row is one note (e.g. notes, feedback and next step side by side). Blank rows give #N/A.
 * @param [commitment] The commitment the visit aimed at (e.g. a meeting with the general manager next Tuesday), read when a note only says the customer agreed: one cell for every row, or one per row of note. Blank: none.
 * @param [language] Language of the explanation: "en", "zh-Hans", "zh-Hant", or "key" for the id of the rule that decided (e.g. advance.trial). Default: Excel's language.
 * @returns The explanation of each row, as a column.
 */
export async function visitWhy(
  note: any[][],
  commitment?: any[][],
  language?: any
): Promise<string[][]> {
  return unwrap((await load()).visitWhy(note, commitment, language)) as string[][];
}

/**
 * The level of a customer's commitment on the five-step scale: inner, verbal, written, public verbal, public written. Give a column of texts for one answer per row; text that shows no commitment gives #N/A.
 * @customfunction COMMITLEVEL
 * @helpurl https://localhost:3000/help.html#commitlevel
 * @param text What the customer committed to, as written in a note or a commitment column; a range gives one answer per row. Blank rows give #N/A.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The level of each row, as a column.
 */
export async function commitLevel(text: any[][], language?: any): Promise<string[][]> {
  return unwrap((await load()).commitLevel(text, language)) as string[][];
}
