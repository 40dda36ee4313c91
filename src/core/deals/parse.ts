/**
 * Reading stage, objection and strength names typed by users — the key
 * ("pain"), or its label in any of the three languages ("Pain", "痛苦",
 * "問題") — for the Excel and CLI faces.
 */
import { fail, ok, type Result } from "../issues";
import { LANGS, t } from "../i18n";
import { objectionLabelKey, stageLabelKey, strengthLabelKey } from "./labels";
import {
  OBJECTIONS,
  STAGES,
  STRENGTHS,
  type ObjectionKey,
  type StageKey,
  type Strength,
} from "./types";

function lookup<K extends string>(keys: readonly K[], labelKey: (k: K) => string): Map<string, K> {
  const map = new Map<string, K>();
  for (const k of keys) {
    map.set(k.toLowerCase(), k);
    for (const lang of LANGS) map.set(t(lang, labelKey(k)).trim().toLowerCase(), k);
  }
  return map;
}

let stages: Map<string, StageKey> | undefined;
let objections: Map<string, ObjectionKey> | undefined;
let strengths: Map<string, Strength> | undefined;

const clean = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, " ");

export function parseStage(text: string): Result<StageKey> {
  stages ??= lookup(STAGES, stageLabelKey);
  const k = stages.get(clean(text));
  return k ? ok(k) : fail("deals.stage.unknown", { value: text, choices: STAGES.join(", ") });
}

export function parseObjection(text: string): Result<ObjectionKey> {
  objections ??= lookup(OBJECTIONS, objectionLabelKey);
  const k = objections.get(clean(text));
  return k
    ? ok(k)
    : fail("deals.objection.unknown", { value: text, choices: OBJECTIONS.join(", ") });
}

/** A list of strengths: cells, or one text separated by commas, semicolons, 、 or line breaks. Blanks are skipped. */
export function parseStrengths(input: string | readonly string[]): Result<Strength[]> {
  strengths ??= lookup(STRENGTHS, strengthLabelKey);
  const items = (typeof input === "string" ? [input] : input)
    .flatMap((s) => s.split(/[,;，；、\n]+/))
    .map(clean)
    .filter((s) => s !== "");
  const out: Strength[] = [];
  for (const item of items) {
    const k = strengths.get(item);
    if (!k) return fail("deals.strength.unknown", { value: item, choices: STRENGTHS.join(", ") });
    if (!out.includes(k)) out.push(k);
  }
  return ok(out);
}
