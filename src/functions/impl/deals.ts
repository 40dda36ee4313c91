import {
  classifyObjection,
  classifyStage,
  moveLabelKey,
  objectionLabelKey,
  objectionReply as replyKey,
  parseObjection,
  parseStage,
  parseStrengths,
  pullBack as advise,
  stageLabelKey,
  stepKey,
  STRENGTHS,
  type ObjectionKey,
  type StageKey,
  type Strength,
} from "../../core/deals";
import { t, type Lang } from "../../core/i18n";
import { fail, ok, type Result } from "../../core/issues";
import { cells, single, toText } from "../args";
import { cellError, valueOrError } from "../errors";
import { outputLang, uiLang, type OutputLang } from "../lang";
import { asGrid, isBlank, MAX_NOTES, messageLang, perRow, rowTexts, withLanguage } from "./rows";

/**
 * The deals functions: buying stage and objection of notes, pull-back advice, the reply
 * to an objection. Each is a `…Result` function with the rules (for tests and other
 * faces) and the Excel entry below it that maps issues to error values.
 */

const stageWord = (s: StageKey, lang: OutputLang) =>
  lang === "key" ? s : t(lang, stageLabelKey(s));
const objectionWord = (o: ObjectionKey, lang: OutputLang) =>
  lang === "key" ? o : t(lang, objectionLabelKey(o));

/** BUYSTAGE's rules apart from Excel: per row, the stage's label (or key), or why there is none. */
export function buyStageResult(note: unknown, lang: OutputLang): Result<Result<string>[]> {
  return perRow(note, "note", (texts) => {
    const r = classifyStage(texts);
    return r.ok ? ok(stageWord(r.value.stage, lang)) : r;
  });
}

/** OBJECTION's rules apart from Excel. */
export function objectionResult(note: unknown, lang: OutputLang): Result<Result<string>[]> {
  return perRow(note, "note", (texts) => {
    const r = classifyObjection(texts);
    return r.ok ? ok(objectionWord(r.value.objection, lang)) : r;
  });
}

/**
 * The buying stage a note shows the customer to be in (problem, pain, goal, requirements, measures, solution, value, risk, cost). Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @param note A note, or a range of notes: each row is one note (e.g. notes and feedback side by side). Blank rows give #N/A.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The stage of each row, as a column.
 */
export function buyStage(
  note: any[][],
  language?: any
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  return withLanguage(language, (lang) => buyStageResult(note, lang));
}

/**
 * The kind of reason a customer gives for not signing (strategy, timing, team, price, authority, stall, or none). Give a column of notes for one answer per row; the cells of a row are read together as one note.
 * @param note A note, or a range of notes: each row is one note (e.g. notes and feedback side by side). Blank rows give #N/A.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The objection kind of each row, as a column.
 */
export function objection(
  note: any[][],
  language?: any
): (string | CustomFunctions.Error)[][] | CustomFunctions.Error {
  return withLanguage(language, (lang) => objectionResult(note, lang));
}

/**
 * The strengths argument: names or labels in cells or in one text ("topAccess, 参照系"),
 * or four TRUE/FALSE cells in the order of STRENGTHS (a row of checkboxes). Blank: none.
 */
export function readStrengths(raw: unknown): Result<Strength[]> {
  const all = raw === undefined || raw === null ? [] : cells(raw);
  if (all.some((c) => typeof c === "boolean")) {
    if (all.length !== STRENGTHS.length || !all.every((c) => typeof c === "boolean" || isBlank(c)))
      return fail("deals.strength.flags", { choices: STRENGTHS.join(", "), count: all.length });
    return ok(STRENGTHS.filter((_, i) => all[i] === true));
  }
  const texts = rowTexts(all, "strengths");
  return texts.ok ? parseStrengths(texts.value) : texts;
}

/**
 * Steps in one cell, numbered. A fixed three-cell row (rather than a cell per step) keeps
 * a column of PULLBACKs from spilling into each other: routes have one to three steps.
 * Chinese sentences run on without a space; English ones are spaced.
 */
function joinSteps(steps: readonly string[], lang: Lang): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join(lang === "en" ? " " : "");
}

/** PULLBACK's rules apart from Excel: [target stage, move, steps] as one row. */
export function pullBackResult(
  stage: unknown,
  strengths: unknown,
  lang: OutputLang
): Result<string[][]> {
  const text = toText("stage", stage);
  if (!text.ok) return text;
  const s = parseStage(text.value);
  if (!s.ok) return s;
  const have = readStrengths(strengths);
  if (!have.ok) return have;
  const advice = advise(s.value, have.value);
  if (!advice.ok) return advice;
  const { target, move, steps } = advice.value;
  if (lang === "key") return ok([[target, move, steps.join(", ")]]);
  return ok([
    [
      t(lang, stageLabelKey(target)),
      t(lang, moveLabelKey(move)),
      joinSteps(
        steps.map((k) => t(lang, stepKey(k))),
        lang
      ),
    ],
  ]);
}

/**
 * Where to pull a customer back to from their buying stage, given our strengths: spills one row of three cells, the stage to return to, the move (scare, smash or pull) and the steps to take.
 * @param stage The customer's buying stage now: a key such as solution, or its label in English, Simplified or Traditional Chinese.
 * @param [strengths] What we can bring: revealProblems, unexpectedSolution, referenceCases, topAccess (or their labels), in cells or in one text separated by commas; or four TRUE/FALSE cells in that order. Blank: none.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns One row: target stage, move, steps.
 */
export function pullBack(
  stage: any,
  strengths?: any[][],
  language?: any
): string[][] | CustomFunctions.Error {
  const lang = outputLang(single(language));
  if (!lang.ok) return cellError(lang.issue, uiLang());
  return valueOrError(pullBackResult(stage, strengths, lang.value), messageLang(lang.value));
}

/**
 * OBJECTIONREPLY's rules apart from Excel. A single cell naming a kind (price, 价格) is
 * taken as that kind; anything else is a note, classified first. With "key", the answer
 * is the kind the reply answers, to look up a team's own scripts.
 */
export function objectionReplyResult(kindOrNote: unknown, lang: OutputLang): Result<string> {
  const grid = asGrid(kindOrNote);
  const count = grid.reduce((n, row) => n + row.length, 0);
  if (count > MAX_NOTES)
    return fail("arg.tooLarge", { arg: "kind_or_note", count, max: MAX_NOTES });
  const texts = rowTexts(cells(grid), "kind_or_note");
  if (!texts.ok) return texts;
  const named = texts.value.length === 1 ? parseObjection(texts.value[0]) : undefined;
  let kind: ObjectionKey;
  if (named?.ok) kind = named.value;
  else {
    const r = classifyObjection(texts.value);
    if (!r.ok) return r;
    kind = r.value.objection;
  }
  if (lang === "key") return ok(kind);
  const reply = replyKey(kind);
  return reply.ok ? ok(t(lang, reply.value)) : reply;
}

/**
 * The recommended answer to an objection: give its kind (price, 价格 …) or the note itself, which is classified first.
 * @param kind_or_note An objection kind (a key such as price, or its label) or a note; a range is read as one note.
 * @param [language] Language of the answer: "en", "zh-Hans", "zh-Hant", or "key" for the objection kind it answers. Default: Excel's language.
 * @returns The recommended answer.
 */
export function objectionReply(
  kind_or_note: any[][],
  language?: any
): string | CustomFunctions.Error {
  const lang = outputLang(single(language));
  if (!lang.ok) return cellError(lang.issue, uiLang());
  return valueOrError(objectionReplyResult(kind_or_note, lang.value), messageLang(lang.value));
}
