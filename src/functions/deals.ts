import "./runtime-guard";
import { unwrap } from "./unwrap";

/**
 * The deals functions as Excel registers them. Each is a thin async wrapper: the
 * classifiers, lexicons and words behind them load on first use from ./impl/deals (a
 * chunk of its own), so functions.js stays small. The JSDoc here is what
 * custom-functions-metadata-plugin turns into functions.json.
 *
 * BUYSTAGE and OBJECTION declare string[][] so a column of notes spills a column of
 * answers; a row without notes holds a #N/A error value inside the spill (Excel shows
 * per-cell errors of an array result).
 */
const load = () => import(/* webpackChunkName: "fn-deals" */ "./impl/deals");

/**
 * The buying stage a note shows the customer to be in (problem, pain, goal, requirements, measures, solution, value, risk, cost). Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @customfunction BUYSTAGE
 * @helpurl https://localhost:3000/help.html#buystage
 * @param note A note, or a range of notes: each row is one note (e.g. notes and feedback side by side). Blank rows give #N/A.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The stage of each row, as a column.
 */
export async function buyStage(note: any[][], language?: any): Promise<string[][]> {
  return unwrap((await load()).buyStage(note, language)) as string[][];
}

/**
 * The kind of reason a customer gives for not signing (strategy, timing, team, price, authority, stall, or none). Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @customfunction OBJECTION
 * @helpurl https://localhost:3000/help.html#objection
 * @param note A note, or a range of notes: each row is one note (e.g. notes and feedback side by side). Blank rows give #N/A.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The objection kind of each row, as a column.
 */
export async function objection(note: any[][], language?: any): Promise<string[][]> {
  return unwrap((await load()).objection(note, language)) as string[][];
}

/**
 * Where to pull a customer back to from their buying stage, given our strengths: spills one row of three cells, the stage to return to, the move (scare, smash or pull) and the steps to take.
 * @customfunction PULLBACK
 * @helpurl https://localhost:3000/help.html#pullback
 * @param stage The customer's buying stage now: a key such as solution, or its label in English, Simplified or Traditional Chinese.
 * @param [strengths] What we can bring: revealProblems, unexpectedSolution, referenceCases, topAccess (or their labels), in cells or in one text separated by commas; or four TRUE/FALSE cells in that order. Blank: none.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns One row: target stage, move, steps.
 */
export async function pullBack(
  stage: any,
  strengths?: any[][],
  language?: any
): Promise<string[][]> {
  return unwrap((await load()).pullBack(stage, strengths, language)) as string[][];
}

/**
 * The recommended answer to an objection: give its kind (price, 价格 …) or the note itself, which is classified first.
 * @customfunction OBJECTIONREPLY
 * @helpurl https://localhost:3000/help.html#objectionreply
 * @param kind_or_note An objection kind (a key such as price, or its label) or a note; a range is read as one note.
 * @param [language] Language of the answer: "en", "zh-Hans", "zh-Hant", or "key" for the objection kind it answers. Default: Excel's language.
 * @returns The recommended answer.
 */
export async function objectionReply(kind_or_note: any[][], language?: any): Promise<string> {
  return unwrap((await load()).objectionReply(kind_or_note, language)) as string;
}
