import { normalizeHeader } from "../headers/normalize";
import { t, type Lang } from "../i18n";
import {
  DEPTH_WORDS,
  LEVEL_WORDS,
  NEW_CLIENT_WORDS,
  OUTCOME_WORDS,
  PLACEHOLDER_WORDS,
  ROLE_WORDS,
  STAGE_WORDS,
} from "./lexicon";
import type { Depth, Flag, Level, Outcome, Role, Scope, Stage, Tier } from "./types";

/** Labels compare like headers: NFKC, case, spaces and punctuation ignored. */
export const normalizeLabel = normalizeHeader;

type Words<K extends string> = { readonly [key in K]: readonly string[] };

function indexWords<K extends string>(words: Words<K>): Map<string, K> {
  const index = new Map<string, K>();
  for (const key of Object.keys(words) as K[]) {
    index.set(normalizeLabel(key), key);
    for (const w of words[key]) index.set(normalizeLabel(w), key);
  }
  return index;
}

const ROLE_INDEX = indexWords(ROLE_WORDS);
const LEVEL_INDEX = indexWords(LEVEL_WORDS);
const DEPTH_INDEX = indexWords(DEPTH_WORDS);
const STAGE_INDEX = indexWords(STAGE_WORDS);
const OUTCOME_INDEX = indexWords(OUTCOME_WORDS);
const NEW_WORDS = new Set(NEW_CLIENT_WORDS.map(normalizeLabel));
const PLACEHOLDERS = new Set(PLACEHOLDER_WORDS.map(normalizeLabel));

/** True for a blank cell or one that only says "nothing" ("-", "n/a", "无", "未知"). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.has(normalizeLabel(text));
}

export const parseLevel = (text: string): Level | undefined =>
  LEVEL_INDEX.get(normalizeLabel(text));
export const parseDepth = (text: string): Depth | undefined =>
  DEPTH_INDEX.get(normalizeLabel(text));
export const parseStage = (text: string): Stage | undefined =>
  STAGE_INDEX.get(normalizeLabel(text));
export const parseOutcome = (text: string): Outcome | undefined =>
  OUTCOME_INDEX.get(normalizeLabel(text));

/** A, B or C, also written "A类", "B級", "C类客户", "a"; or new (新客户). */
export function parseTier(text: string): Tier | undefined {
  const key = normalizeLabel(text);
  if (NEW_WORDS.has(key)) return "new";
  const m = /^([abc])(类|類|级|級)?(客户|客戶)?$/.exec(key);
  return m ? (m[1].toUpperCase() as Tier) : undefined;
}

// Several roles in one cell: "接纳者/权力者", "receptive, power", "不满者、权力者".
const ROLE_SEPARATORS = /[/／、,，;；|｜&＆+\n]+/;

/**
 * The roles written in one cell, in the order of ROLE_WORDS, without repeats.
 * `unknown` lists the words that are no role, so a caller can say which; placeholders
 * ("-", "未知") are neither roles nor unknown.
 */
export function parseRoles(text: string): { roles: Role[]; unknown: string[] } {
  const found = new Set<Role>();
  const unknown: string[] = [];
  for (const part of text.split(ROLE_SEPARATORS)) {
    if (isPlaceholder(part)) continue;
    const whole = ROLE_INDEX.get(normalizeLabel(part));
    if (whole) {
      found.add(whole);
      continue;
    }
    // "接纳者 权力者": a space may separate roles too, but only when every word is one.
    const words = part.trim().split(/\s+/);
    const each = words.map((w) => ROLE_INDEX.get(normalizeLabel(w)));
    if (words.length > 1 && each.every((r) => r !== undefined)) each.forEach((r) => found.add(r!));
    else unknown.push(part.trim());
  }
  return { roles: (Object.keys(ROLE_WORDS) as Role[]).filter((r) => found.has(r)), unknown };
}

/** Display words. "key" asks for the stable key, for formulas that compare results. */
export type LabelLang = Lang | "key";

export function tierLabel(tier: Tier, lang: LabelLang): string {
  if (tier !== "new") return tier;
  return lang === "key" ? "new" : t(lang, "clients.tier.new");
}

function label(prefix: string, key: string, lang: LabelLang): string {
  return lang === "key" ? key : t(lang, `clients.${prefix}.${key}`);
}

export const roleLabel = (r: Role, lang: LabelLang) => label("role", r, lang);
export const levelLabel = (l: Level, lang: LabelLang) => label("level", l, lang);
export const depthLabel = (d: Depth, lang: LabelLang) => label("depth", d, lang);
export const scopeLabel = (s: Scope, lang: LabelLang) => label("scope", s, lang);
export const stageLabel = (s: Stage, lang: LabelLang) => label("stage", s, lang);
export const outcomeLabel = (o: Outcome, lang: LabelLang) => label("outcome", o, lang);
export const flagLabel = (f: Flag, lang: LabelLang) => label("flag", f, lang);

/** Joins labels the way each language lists things: "a, b" / "a、b". */
export function listLabels(labels: readonly string[], lang: LabelLang): string {
  return labels.join(lang === "zh-Hans" || lang === "zh-Hant" ? "、" : ", ");
}
