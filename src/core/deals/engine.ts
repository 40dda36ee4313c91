/**
 * The cue engine shared by the stage and objection classifiers: compiles the
 * per-language lexicons once, then finds cues sentence by sentence, dropping
 * negated ones and applying context and override rules. The classifiers only
 * decide between the hits it returns.
 */
import {
  patternSource,
  type CueDef,
  type Grammar,
  type Lexicon,
  type Pattern,
} from "./lexicon/types";
import { isHanChar, type Sentence } from "./text";

export interface CompiledCue<K extends string> {
  readonly kind: K;
  readonly rule: string;
  readonly strength: 0 | 1 | 2;
  readonly negatable: boolean;
  readonly re: RegExp;
  readonly context?: RegExp;
  readonly unless?: RegExp;
  readonly overrides: readonly K[];
}

export interface Hit<K extends string> {
  readonly kind: K;
  readonly rule: string;
  readonly strength: 0 | 1 | 2;
  /** Offsets in the whole note. */
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly negated: boolean;
}

/** Replaces {NAME} by its macro (a few rounds, so macros may use macros). Unknown names are a programmer error. */
export function expandMacros(pattern: Pattern, macros: Readonly<Record<string, Pattern>>): string {
  let out = patternSource(pattern);
  for (let round = 0; round < 4 && /\{[A-Z][A-Z0-9_]*\}/.test(out); round++) {
    out = out.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_whole, name: string) => {
      const body = macros[name];
      if (body === undefined) throw new Error(`deals lexicon: unknown macro {${name}}`);
      return `(?:${patternSource(body)})`;
    });
  }
  return out;
}

/** Compiles the cues of several lexicons (one per language) with their macros. */
export function compileCues<K extends string>(
  parts: readonly { lexicon: Lexicon<K>; grammar: Grammar }[]
): CompiledCue<K>[] {
  const out: CompiledCue<K>[] = [];
  for (const { lexicon, grammar } of parts) {
    const macros = { ...grammar.macros, ...lexicon.macros };
    for (const cue of lexicon.cues) out.push(compileCue(cue, macros));
  }
  return out;
}

function compileCue<K extends string>(
  cue: CueDef<K>,
  macros: Readonly<Record<string, Pattern>>
): CompiledCue<K> {
  return {
    kind: cue.kind,
    rule: cue.rule,
    strength: cue.strength ?? 2,
    negatable: cue.negatable ?? true,
    re: new RegExp(expandMacros(cue.re, macros), "gi"),
    context:
      cue.context === undefined ? undefined : new RegExp(expandMacros(cue.context, macros), "i"),
    unless:
      cue.unless === undefined ? undefined : new RegExp(expandMacros(cue.unless, macros), "i"),
    overrides: cue.overrides ?? [],
  };
}

/** One alternation of every language's pattern for a grammar slot (negators, decisive markers …). */
export function unionPattern(
  grammars: readonly Grammar[],
  slot: "negators" | "repComment" | "reportBack" | "decisive" | "concession"
): RegExp {
  const parts = grammars.map((g) => expandMacros(g[slot], g.macros ?? {})).filter((p) => p !== "");
  return new RegExp(parts.map((p) => `(?:${p})`).join("|"), "i");
}

/** Things that end a clause, so a negation does not reach over them ("no complaints, but losses"). */
export const CLAUSE_BREAK =
  /[,、:()"「」『』—]|\bbut\b|\bhowever\b|\balthough\b|\bthough\b|\bwhile\b|但|不过|不過|可是|然而|而是|只是/gi;

/**
 * How far back a negation reaches: a dozen Chinese characters ("还没有谁觉得现在
 * 的系统拖了后腿") or about six English words ("haven't lost a single booking").
 */
const NEGATION_SPAN_HAN = 12;
const NEGATION_SPAN_LATIN = 32;

/** True when a negator occurs in the clause just before position `at` of the sentence. */
export function negatedAt(sentence: string, at: number, negators: RegExp): boolean {
  const before = sentence.slice(0, at).replace(/\s+$/, "");
  const span = isHanChar(before[before.length - 1]) ? NEGATION_SPAN_HAN : NEGATION_SPAN_LATIN;
  let window = before.slice(Math.max(0, before.length - span));
  let cut = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(window); m; m = CLAUSE_BREAK.exec(window))
    cut = m.index + m[0].length;
  if (cut >= 0) window = window.slice(cut);
  // A-not-A questions (能不能, 有没有, 影不影响) ask; they do not deny.
  window = window.replace(/([\u3400-\u9fff])[不没沒]\1/g, "");
  return negators.test(window);
}

/**
 * Every cue found in the sentences, in note order. Negated cues are returned
 * with `negated: true` (the stage classifier reads "no losses yet" as a sign of
 * the problem stage); cues whose context is missing or that an override in the
 * same sentence cancels are left out. The same rule at the same place found
 * by two lexicons (Simplified and Traditional share many characters) counts once.
 */
export function findHits<K extends string>(
  sentences: readonly Sentence[],
  cues: readonly CompiledCue<K>[],
  negators: RegExp
): Hit<K>[] {
  const hits: Hit<K>[] = [];
  const seen = new Set<string>();
  sentences.forEach((s, index) => {
    const inSentence: Hit<K>[] = [];
    const overridden = new Set<K>();
    for (const cue of cues) {
      if (cue.context && !cue.context.test(s.text)) continue;
      cue.re.lastIndex = 0;
      for (let m = cue.re.exec(s.text); m; m = cue.re.exec(s.text)) {
        if (m[0] === "") {
          cue.re.lastIndex++;
          continue;
        }
        // A pattern may start with one guard character ("[^恐哪]怕"); trim leading
        // punctuation/space so the hit starts at the word itself.
        const lead = /^[\s,.;:!?、。]*/.exec(m[0])?.[0].length ?? 0;
        const at = m.index + lead;
        const key = `${cue.rule}/${cue.strength}@${s.start + at}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (cue.unless) {
          const [a, b] = clauseAround(s.text, at);
          if (cue.unless.test(s.text.slice(a, b))) continue;
        }
        const negated = cue.negatable && negatedAt(s.text, at, negators);
        inSentence.push({
          kind: cue.kind,
          rule: cue.rule,
          strength: cue.strength,
          start: s.start + at,
          end: s.start + m.index + m[0].length,
          sentence: index,
          negated,
        });
        if (!negated) for (const k of cue.overrides) overridden.add(k);
      }
    }
    for (const h of inSentence) if (!overridden.has(h.kind) || h.negated) hits.push(h);
  });
  hits.sort((a, b) => a.start - b.start || b.strength - a.strength);
  return hits;
}

/**
 * Which Chinese script a note is written in, from characters that differ
 * between the scripts: "hant" when Traditional marks outnumber Simplified
 * ones. Shared characters (台, 算 …) are ignored. Ties read as Simplified.
 */
export function makeScriptDetector(
  hans: Grammar,
  hant: Grammar
): (text: string) => "hans" | "hant" {
  const hantMarks = new Set(hant.scriptMarks);
  const hansMarks = new Set([...hans.scriptMarks].filter((ch) => !hantMarks.has(ch)));
  return (text) => {
    let s = 0;
    let t = 0;
    for (const ch of text) {
      if (hansMarks.has(ch)) s++;
      else if (hantMarks.has(ch)) t++;
    }
    return t > s ? "hant" : "hans";
  };
}

/** Start and end (exclusive) of the clause around position `at` of a sentence. */
export function clauseAround(sentence: string, at: number): [number, number] {
  let start = 0;
  let end = sentence.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}
