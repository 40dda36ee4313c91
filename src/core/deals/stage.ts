/**
 * SALES.BUYSTAGE: the buying stage a note shows the customer to be in
 * (docs/buying-process.md). Reads Simplified, Traditional, English and mixed
 * notes with one lexicon per language.
 *
 * Decision, in the guide's words "label the latest stage the note shows":
 *   1. cues that show a stage on their own (strength 2): the latest of them —
 *      unless they are all pain and the note then plays the pain down
 *      ("… but deliveries still go out on time"): problem;
 *   2. otherwise, a note that says the problem costs nothing yet (or denies
 *      a loss: "no complaints so far") is at the problem stage;
 *   3. otherwise hints (strength 1): the latest of them;
 *   4. otherwise the problem stage — the first stage is where every note
 *      about a customer stands until it shows more.
 * The guide's special rules (early quotation, tender written vs arrived,
 * price as their pain vs our price negotiated, outcome figures, final price
 * sheets) are cues in the lexicons; "latest wins" settles them, because the
 * rule's later reading always has its own, narrower cue.
 */
import { fail, ok, type Result } from "../issues";
import { compileCues, findHits, makeScriptDetector, unionPattern, type Hit } from "./engine";
import { GRAMMAR_EN } from "./lexicon/grammar.en";
import { GRAMMAR_ZH_HANS } from "./lexicon/grammar.zh-Hans";
import { GRAMMAR_ZH_HANT } from "./lexicon/grammar.zh-Hant";
import { STAGE_EN } from "./lexicon/stage.en";
import { STAGE_ZH_HANS } from "./lexicon/stage.zh-Hans";
import { STAGE_ZH_HANT } from "./lexicon/stage.zh-Hant";
import {
  excerpt,
  hasContent,
  hasHan,
  hasLatin,
  joinNotes,
  normalise,
  splitSentences,
} from "./text";
import { stageIndex, type StageKey } from "./types";

export interface StageResult {
  readonly stage: StageKey;
  /** Message key explaining the rule applied (`deals.rule.stage.*`). */
  readonly rule: string;
  /** The part of the note the answer rests on (for the default: the note's first sentence). */
  readonly evidence: string;
}

// Compiled once at module load; classification only runs them.
const EN_CUES = compileCues([{ lexicon: STAGE_EN, grammar: GRAMMAR_EN }]);
const HANS_CUES = compileCues([{ lexicon: STAGE_ZH_HANS, grammar: GRAMMAR_ZH_HANS }]);
const HANT_CUES = compileCues([{ lexicon: STAGE_ZH_HANT, grammar: GRAMMAR_ZH_HANT }]);
const NEGATORS = {
  hans: unionPattern([GRAMMAR_EN, GRAMMAR_ZH_HANS], "negators"),
  hant: unionPattern([GRAMMAR_EN, GRAMMAR_ZH_HANT], "negators"),
};
const scriptOf = makeScriptDetector(GRAMMAR_ZH_HANS, GRAMMAR_ZH_HANT);
const PLACEHOLDERS = new Set(
  [GRAMMAR_EN, GRAMMAR_ZH_HANS, GRAMMAR_ZH_HANT].flatMap((g) => g.placeholders)
);

export const STAGE_RULE_PREFIX = "deals.rule.";

/** The rule ids the stage lexicons use (for tests and the message table). */
export const STAGE_RULES: readonly string[] = [
  ...new Set(
    [...EN_CUES, ...HANS_CUES, ...HANT_CUES]
      .map((c) => c.rule)
      .concat(["stage.default", "stage.noCostYet"])
  ),
];

/**
 * Names the latest buying stage a note shows.
 * @param note one note, or several notes of one deal (oldest first; blanks skipped)
 * @example classifyStage("今天收到客户的招标文件,三周内递交") //=> ok({ stage: "solution", … })
 * @example classifyStage("   ") //=> issue deals.note.empty (kind "na")
 */
export function classifyStage(note: string | readonly string[]): Result<StageResult> {
  const raw = joinNotes(note);
  if (!hasContent(raw, PLACEHOLDERS)) return fail("deals.note.empty", undefined, "na");
  const text = normalise(raw);
  const sentences = splitSentences(text);
  // Chinese notes are read with the lexicon of their own script, so that a
  // Simplified exception (未来 "future" is no negation) is not lost on 未來.
  const script = scriptOf(text);
  const zh = script === "hant" ? HANT_CUES : HANS_CUES;
  const cues = [...(hasLatin(text) ? EN_CUES : []), ...(hasHan(text) ? zh : [])];
  const hits = findHits(sentences, cues, NEGATORS[script]);
  const chosen = decide(hits);
  const hit = chosen?.hit;
  const s = hit ? sentences[hit.sentence] : sentences[0];
  const evidence = excerpt(
    raw.slice(s.start, s.start + s.text.length),
    hit ? hit.start - s.start : 0,
    hit ? hit.end - s.start : 0
  );
  if (!chosen) return ok({ stage: "problem", rule: STAGE_RULE_PREFIX + "stage.default", evidence });
  return ok({ stage: chosen.stage, rule: STAGE_RULE_PREFIX + chosen.rule, evidence });
}

interface Choice {
  readonly stage: StageKey;
  readonly rule: string;
  readonly hit: Hit<StageKey>;
}

function decide(hits: readonly Hit<StageKey>[]): Choice | undefined {
  const live = hits.filter((h) => !h.negated);
  const strong = live.filter((h) => h.strength === 2);
  if (strong.length > 0) {
    const hit = latest(strong);
    // "They complain, but deliveries still go out on time": a pain the note
    // itself then plays down is still the problem stage.
    const calmAfter = live.find(
      (h) =>
        h.rule === "stage.noCostYet" && strong.every((p) => p.kind === "pain" && p.end <= h.start)
    );
    if (calmAfter) return { stage: "problem", rule: calmAfter.rule, hit: calmAfter };
    return { stage: hit.kind, rule: hit.rule, hit };
  }
  // Without a clear sign of a later stage, a note that says the problem costs
  // nothing yet ("no complaints so far", a loss it denies) is the guide's
  // problem stage, whatever weaker hints it also holds.
  const calm = hits.find(
    (h) => (h.negated && h.kind === "pain") || (!h.negated && h.rule === "stage.noCostYet")
  );
  if (calm) return { stage: "problem", rule: "stage.noCostYet", hit: calm };
  const weak = live.filter((h) => h.strength === 1);
  if (weak.length > 0) {
    const hit = latest(weak);
    return { stage: hit.kind, rule: hit.rule, hit };
  }
  return undefined;
}

/** The hit of the latest stage; among equals, the first in the note (its first showing). */
function latest(hits: readonly Hit<StageKey>[]): Hit<StageKey> {
  let best = hits[0];
  for (const h of hits) if (stageIndex(h.kind) > stageIndex(best.kind)) best = h;
  return best;
}
