/**
 * Shapes of the deals lexicons. A lexicon is data: regular-expression sources
 * written by people, one file per language, compiled once at module load.
 *
 * Patterns are matched inside ONE sentence of a normalised note (full-width
 * ASCII folded to half-width, curly quotes straightened), case-insensitively,
 * so `.{0,12}` never runs across a full stop. `{NAME}` inside a pattern is
 * replaced by the lexicon's macro NAME (wrapped in a non-capturing group) —
 * that keeps recurring word lists (documents, bosses, numbers) in one place.
 * No look-behind: older Office webviews (Safari < 16.4) reject it at load.
 *
 * A long pattern may be written as a list of pieces, one line each; the
 * pieces are joined with "|" (so each piece must be whole alternatives).
 */

/** A regular-expression source, or a list of alternatives joined with "|". */
export type Pattern = string | readonly string[];

/** The source of a pattern as one string. */
export function patternSource(p: Pattern): string {
  return typeof p === "string" ? p : p.join("|");
}

/** One signal in a note: where it points and why. */
export interface CueDef<K extends string> {
  /** The stage or objection kind this cue points to. */
  readonly kind: K;
  /** Rule id; `deals.rule.<rule>` is the message that explains it. */
  readonly rule: string;
  /** Regular-expression source. */
  readonly re: Pattern;
  /**
   * 2 = shows the kind on its own; 1 = a hint, counted only when nothing
   * stronger is found; 0 = a topic word, used only right beside a "decisive"
   * marker ("the real problem is the PRICE"). Default 2.
   */
  readonly strength?: 0 | 1 | 2;
  /** A negation just before the cue cancels it ("no complaints"). Default true. */
  readonly negatable?: boolean;
  /** The cue counts only when this pattern also occurs in the same sentence. */
  readonly context?: Pattern;
  /** The cue is dropped when this pattern occurs in its clause (a condition or a future: "才能进入候选名单"). */
  readonly unless?: Pattern;
  /** When this cue fires, cues of these kinds in the same sentence are dropped (tie rules). */
  readonly overrides?: readonly K[];
}

/** Function words of a language that the engine needs around cues. */
export interface Grammar {
  readonly macros?: Readonly<Record<string, Pattern>>;
  /** A match in the clause just before a cue negates it. */
  readonly negators: Pattern;
  /**
   * Common characters written differently in the other Chinese script; a note
   * with more of one language's marks is read with that language's lexicon.
   * Empty for English.
   */
  readonly scriptMarks: string;
  /** Whole-note placeholders that mean "nothing written" (n/a, 无, 同上 …). */
  readonly placeholders: readonly string[];
  /** Start of the rep's own comment; everything from it to the end of the sentence is not the customer's. */
  readonly repComment: Pattern;
  /**
   * Where a rep's comment gives way to what the customer said ("I think it's
   * price, BUT THEY SAID the director decides"): the blanking stops there.
   */
  readonly reportBack: Pattern;
  /** Marks one reason as the decisive one ("the real blocker is", "关键是"). */
  readonly decisive: Pattern;
  /** Marks a reason as not the one that matters ("came up briefly", "好谈"). */
  readonly concession: Pattern;
}

export interface Lexicon<K extends string> {
  readonly macros?: Readonly<Record<string, Pattern>>;
  readonly cues: readonly CueDef<K>[];
}
