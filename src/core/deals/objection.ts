/**
 * SALES.OBJECTION: the kind of reason a customer gives for not signing
 * (docs/objections.md), so the rep answers the real question.
 *
 * Decision, following the guide:
 *   0. the rep's own comments ("I think…", "我猜…", a remark in brackets) are
 *      blanked out first — only the customer's reason counts;
 *   1. an order in the note → none;
 *   2. a reason the note marks as decisive ("the real blocker is", "关键是") → it;
 *   3. otherwise the first reason stated (reasons the note waves away —
 *      "price is negotiable" — step aside when another reason remains);
 *   4. otherwise a request for proof → none; a plain refusal → none;
 *   5. otherwise a weak reason (a frozen budget with no cause given → price);
 *   6. otherwise "let me think about it" → stall; a meeting that went well → none;
 *   7. otherwise the subject the note keeps mentioning (money, people, the boss …);
 *      nothing at all → none.
 * Tie rules that depend on wording (a boss who is away outranks the wait; a
 * budget that comes next quarter is timing, not price; waiting for an outside
 * rule is timing, not strategy) are `overrides` in the lexicons.
 */
import { fail, ok, type Result } from "../issues";
import {
  clauseAround,
  compileCues,
  findHits,
  makeScriptDetector,
  unionPattern,
  type Hit,
} from "./engine";
import { GRAMMAR_EN } from "./lexicon/grammar.en";
import { GRAMMAR_ZH_HANS } from "./lexicon/grammar.zh-Hans";
import { GRAMMAR_ZH_HANT } from "./lexicon/grammar.zh-Hant";
import { OBJECTION_EN } from "./lexicon/objection.en";
import { OBJECTION_ZH_HANS } from "./lexicon/objection.zh-Hans";
import { OBJECTION_ZH_HANT } from "./lexicon/objection.zh-Hant";
import {
  excerpt,
  hasContent,
  hasHan,
  hasLatin,
  joinNotes,
  normalise,
  splitSentences,
  type Sentence,
} from "./text";
import type { ObjectionKey } from "./types";

export interface ObjectionResult {
  readonly objection: ObjectionKey;
  /** Message key explaining the rule applied (`deals.rule.objection.*`). */
  readonly rule: string;
  /** The part of the note the answer rests on. */
  readonly evidence: string;
}

/** Kinds that are reasons not to sign (stall and none are what is left when there is no reason). */
const REASONS: ReadonlySet<ObjectionKey> = new Set([
  "strategy",
  "timing",
  "team",
  "price",
  "authority",
]);

const EN_CUES = compileCues([{ lexicon: OBJECTION_EN, grammar: GRAMMAR_EN }]);
const HANS_CUES = compileCues([{ lexicon: OBJECTION_ZH_HANS, grammar: GRAMMAR_ZH_HANS }]);
const HANT_CUES = compileCues([{ lexicon: OBJECTION_ZH_HANT, grammar: GRAMMAR_ZH_HANT }]);
const scriptOf = makeScriptDetector(GRAMMAR_ZH_HANS, GRAMMAR_ZH_HANT);

function slots(zh: typeof GRAMMAR_ZH_HANS) {
  const g = [GRAMMAR_EN, zh];
  return {
    negators: unionPattern(g, "negators"),
    rep: new RegExp(unionPattern(g, "repComment").source, "gi"),
    back: unionPattern(g, "reportBack"),
    decisive: new RegExp(unionPattern(g, "decisive").source, "gi"),
    concession: unionPattern(g, "concession"),
  };
}
const GRAMMAR = { hans: slots(GRAMMAR_ZH_HANS), hant: slots(GRAMMAR_ZH_HANT) };
const PLACEHOLDERS = new Set(
  [GRAMMAR_EN, GRAMMAR_ZH_HANS, GRAMMAR_ZH_HANT].flatMap((g) => g.placeholders)
);

const RULE_PREFIX = "deals.rule.";

/** The rule ids the objection classifier can return (for tests and the message table). */
export const OBJECTION_RULES: readonly string[] = [
  ...new Set(
    [...EN_CUES, ...HANS_CUES, ...HANT_CUES]
      .map((c) => c.rule)
      .concat([
        "objection.decisive",
        "objection.firstStated",
        "objection.noObjection",
        "objection.topicOnly",
      ])
  ),
];

/**
 * Names the kind of objection a note reports.
 * @param note one note, or several notes of one deal (oldest first; blanks skipped)
 * @example classifyObjection("客户说要先问过董事长") //=> ok({ objection: "authority", … })
 * @example classifyObjection("Signed the 3-year deal today.") //=> ok({ objection: "none", … })
 */
export function classifyObjection(note: string | readonly string[]): Result<ObjectionResult> {
  const raw = joinNotes(note);
  if (!hasContent(raw, PLACEHOLDERS)) return fail("deals.note.empty", undefined, "na");
  const script = scriptOf(raw);
  const g = GRAMMAR[script];
  const text = maskRepComments(normalise(raw), g.rep, g.back);
  const sentences = splitSentences(text);
  if (sentences.length === 0) return fail("deals.note.empty", undefined, "na");
  const zh = script === "hant" ? HANT_CUES : HANS_CUES;
  const cues = [...(hasLatin(text) ? EN_CUES : []), ...(hasHan(text) ? zh : [])];
  const hits = findHits(sentences, cues, g.negators).filter((h) => !h.negated);

  const pick = decide(hits, text, sentences, g.decisive, g.concession);
  const hit = pick.hit;
  const s = hit ? sentences[hit.sentence] : sentences[0];
  const evidence = excerpt(
    raw.slice(s.start, s.start + s.text.length),
    hit ? hit.start - s.start : 0,
    hit ? hit.end - s.start : 0
  );
  return ok({ objection: pick.kind, rule: RULE_PREFIX + pick.rule, evidence });
}

interface Pick {
  readonly kind: ObjectionKey;
  readonly rule: string;
  readonly hit?: Hit<ObjectionKey>;
}

function decide(
  hits: readonly Hit<ObjectionKey>[],
  text: string,
  sentences: readonly Sentence[],
  decisive: RegExp,
  concession: RegExp
): Pick {
  const order = hits.find((h) => h.rule === "objection.order");
  if (order) return { kind: "none", rule: order.rule, hit: order };

  const reasons = hits.filter((h) => REASONS.has(h.kind) && h.strength === 2);
  const topics = hits.filter((h) => REASONS.has(h.kind) && h.strength !== 1);
  const several = new Set(reasons.map((h) => h.kind)).size > 1;

  const marked = markedDecisive(topics, text, sentences, decisive);
  if (marked) {
    // Say "decisive" when the marker chose between kinds (a mere mention of the other counts).
    const chose = marked.strength === 0 || topics.some((h) => h.kind !== marked.kind);
    return { kind: marked.kind, rule: chose ? "objection.decisive" : marked.rule, hit: marked };
  }

  if (reasons.length > 0) {
    const firm = reasons.filter((h) => !waivedAway(h, sentences, concession));
    const first = (firm.length > 0 ? firm : reasons)[0];
    return { kind: first.kind, rule: several ? "objection.firstStated" : first.rule, hit: first };
  }
  // Proof asked for, or a plain refusal, outrank mere hints ("a pilot next month" is no timing objection).
  for (const rule of ["objection.proof", "objection.refusal"]) {
    const h = hits.find((x) => x.rule === rule);
    if (h) return { kind: "none", rule, hit: h };
  }
  const weak = hits.find((h) => REASONS.has(h.kind) && h.strength === 1);
  if (weak) return { kind: weak.kind, rule: weak.rule, hit: weak };
  const stall = hits.find((h) => h.kind === "stall");
  if (stall) return { kind: "stall", rule: stall.rule, hit: stall };
  const calm = hits.find((h) => h.rule === "objection.noObjection");
  if (calm) return { kind: "none", rule: calm.rule, hit: calm };
  // No reason in so many words, and nothing that reads as "no objection": a
  // note that keeps talking about one subject (money, people, the boss …) is
  // most likely giving that subject as its reason.
  const topic = mostMentioned(topics.filter((h) => !waivedAway(h, sentences, concession)));
  if (topic) return { kind: topic.kind, rule: "objection.topicOnly", hit: topic };
  return { kind: "none", rule: "objection.noObjection" };
}

/** The first mention of the kind mentioned most (ties: the earliest). */
function mostMentioned(hits: readonly Hit<ObjectionKey>[]): Hit<ObjectionKey> | undefined {
  const count = new Map<ObjectionKey, number>();
  for (const h of hits) count.set(h.kind, (count.get(h.kind) ?? 0) + 1);
  let best: Hit<ObjectionKey> | undefined;
  for (const h of hits)
    if (!best || (count.get(h.kind) ?? 0) > (count.get(best.kind) ?? 0)) best = h;
  return best;
}

/**
 * How far a decisive marker reaches: to the reason right after it ("the real
 * blocker is that the board must approve", 真正卡住的是价格), or, failing
 * that, back to a reason just before it ("the price is the deal-breaker").
 */
const DECISIVE_AHEAD = 60;
const DECISIVE_BEHIND = 30;

function markedDecisive(
  hits: readonly Hit<ObjectionKey>[],
  text: string,
  sentences: readonly Sentence[],
  decisive: RegExp
): Hit<ObjectionKey> | undefined {
  decisive.lastIndex = 0;
  for (let m = decisive.exec(text); m; m = decisive.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    const sentence = sentences.findIndex((s) => at >= s.start && at < s.start + s.text.length);
    const same = hits.filter((h) => h.sentence === sentence);
    // Ahead: a stated reason wins over a bare topic word ("关键是等老板回来" is the boss, not the wait).
    const window = same.filter((h) => h.start >= end - 1 && h.start - end <= DECISIVE_AHEAD);
    const ahead = window.find((h) => h.strength === 2) ?? window[0];
    if (ahead) return ahead;
    // Backwards only within the marker's clause: "the price is the deal-breaker", not "they have the people, but …".
    const [clauseStart] = clauseAround(
      sentences[sentence]?.text ?? "",
      at - (sentences[sentence]?.start ?? 0)
    );
    const from = (sentences[sentence]?.start ?? 0) + clauseStart;
    const behind = [...same]
      .reverse()
      .find((h) => h.end <= at + 1 && h.start >= from && at - h.end <= DECISIVE_BEHIND);
    if (behind) return behind;
    if (m[0] === "") decisive.lastIndex++;
  }
  return undefined;
}

/** True when the reason's own clause waves it away ("价格也好谈", "cost came up briefly"). */
function waivedAway(
  hit: Hit<ObjectionKey>,
  sentences: readonly Sentence[],
  concession: RegExp
): boolean {
  const s = sentences[hit.sentence];
  const [a, b] = clauseAround(s.text, hit.start - s.start);
  return concession.test(s.text.slice(a, b));
}

/**
 * Blanks out the rep's own comments, keeping offsets: a bracketed remark that
 * holds a comment marker goes whole; otherwise from the marker to the end of
 * its sentence, or to where the note turns back to what the customer said
 * (`reportBack`). Markers inside quotation marks are the customer's words and stay.
 */
export function maskRepComments(text: string, rep: RegExp, reportBack?: RegExp): string {
  const quoted = quoteSpans(text);
  // UTF-16 units, so indices are the regex offsets (a blanked surrogate pair becomes two spaces).
  const chars = text.split("");
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (chars[i] !== "\n") chars[i] = " ";
  };
  rep.lastIndex = 0;
  for (let m = rep.exec(text); m; m = rep.exec(text)) {
    const at = m.index;
    if (m[0] === "") {
      rep.lastIndex++;
      continue;
    }
    if (quoted.some(([a, b]) => at > a && at < b)) continue;
    const open = text.lastIndexOf("(", at);
    const close = open >= 0 ? text.indexOf(")", open) : -1;
    if (open >= 0 && close > at) {
      blank(open, close + 1);
      continue;
    }
    let end = at;
    while (
      end < text.length &&
      !/[。!?;\n]/.test(text[end]) &&
      !(text[end] === "." && /\s|$/.test(text[end + 1] ?? ""))
    )
      end++;
    // "I think it's the price, but they said …": what follows is the customer's again.
    const back = reportBack?.exec(text.slice(at, end));
    blank(at, back && back.index > 0 ? at + back.index : end);
  }
  return chars.join("");
}

function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const re = /"[^"]*"|「[^」]*」|『[^』]*』/g;
  for (let m = re.exec(text); m; m = re.exec(text)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
