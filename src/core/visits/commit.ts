/**
 * The commitment scale of seed 000 (docs/methodology.md §2): how strongly the
 * customer committed, from an inner yes (内心承诺) to a public written one
 * (公开的书面承诺). A public marker ("在会上", "in front of his team") lifts a
 * verbal or written commitment in the same sentence to its public level.
 */
import { fail, ok, type Result } from "../issues";
import {
  C_BREAK,
  C_CONTRAST,
  C_INNER,
  C_NEG,
  C_PUBLIC,
  C_PUBLIC_WRITTEN,
  C_STOP,
  C_VERBAL,
  C_WRITTEN,
  COMMIT_SCANNER,
  PLACEHOLDERS,
  scan,
  Tokens,
} from "./compile";
import { fold, isMeaningless } from "./normalize";
import type { CommitLevel, CommitVerdict } from "./types";

/** Negation reaches the next commitment word of its clause within this many characters ("没有书面确认"). */
const NEG_REACH = 8;
const T = new Tokens();

const RANK: Readonly<Record<CommitLevel, number>> = {
  inner: 1,
  verbal: 2,
  written: 3,
  "public-verbal": 4,
  "public-written": 5,
};

/**
 * The strongest commitment the text shows.
 * @returns the level and the phrase that shows it; an Issue (kind "na") when the text is empty
 *   (visits.emptyCommitText) or shows no commitment at all (visits.noCommitment)
 * @example commitLevel("王总在周会上当众表态支持我们的方案") //=> ok({ level: "public-verbal", evidence: "在周会上当众表态" })
 */
export function commitLevel(text: string): Result<CommitVerdict> {
  const folded = fold(text ?? "");
  if (isMeaningless(folded, PLACEHOLDERS))
    return fail("visits.emptyCommitText", { note: (text ?? "").trim() }, "na");
  scan(folded, T, COMMIT_SCANNER);

  let best: CommitLevel | undefined;
  let bestFrom = -1;
  let bestTo = -1;
  let sentenceStart = 0;
  for (let i = 0; i <= T.n; i++) {
    if (i < T.n && T.kind[i] !== C_STOP) continue;
    // One sentence [sentenceStart, i): find its levels and whether it is public.
    let clauseStart = sentenceStart;
    let publicAt = -1;
    let pick: CommitLevel | undefined;
    let pickAt = -1;
    for (let j = sentenceStart; j < i; j++) {
      const k = T.kind[j];
      if (k === C_BREAK || k === C_CONTRAST) clauseStart = j + 1;
      if (k > C_INNER || negated(j, clauseStart)) continue;
      let level: CommitLevel | undefined;
      if (k === C_PUBLIC_WRITTEN) level = "public-written";
      else if (k === C_PUBLIC) publicAt = j;
      else level = k === C_WRITTEN ? "written" : k === C_VERBAL ? "verbal" : "inner";
      if (level && (!pick || RANK[level] > RANK[pick])) {
        pick = level;
        pickAt = j;
      }
    }
    let from = pickAt;
    if (pick && publicAt >= 0 && (pick === "written" || pick === "verbal")) {
      pick = pick === "written" ? "public-written" : "public-verbal";
      from = Math.min(publicAt, pickAt);
      pickAt = Math.max(publicAt, pickAt);
    }
    if (pick && (!best || RANK[pick] > RANK[best])) {
      best = pick;
      bestFrom = from;
      bestTo = pickAt;
    }
    sentenceStart = i + 1;
  }
  if (!best) return fail("visits.noCommitment", undefined, "na");
  return ok({ level: best, evidence: text.slice(T.start[bestFrom], T.end[bestTo]).trim() });
}

function negated(j: number, clauseStart: number): boolean {
  for (let i = j - 1; i >= clauseStart; i--) {
    if (T.kind[i] === C_NEG) return T.start[j] - T.end[i] <= NEG_REACH;
    if (T.kind[i] <= C_INNER) return false;
  }
  return false;
}
