/**
 * The vocabulary of the deals feature: buying stages, objection kinds, our
 * strengths, pull-back moves and entry positions. Keys are stable identifiers
 * (used in sheets, message keys and tests); words for people live in the
 * message table `src/core/i18n/messages/deals.ts`.
 */

/** The customer's buying stages in the order they walk them (docs/buying-process.md). */
export const STAGES = [
  "problem",
  "pain",
  "goal",
  "requirements",
  "measures",
  "solution",
  "value",
  "risk",
  "cost",
] as const;
export type StageKey = (typeof STAGES)[number];

/** Position of a stage in the buying process, 0 = problem … 8 = cost. */
export function stageIndex(stage: StageKey): number {
  return STAGES.indexOf(stage);
}

export function isStageKey(x: unknown): x is StageKey {
  return typeof x === "string" && (STAGES as readonly string[]).includes(x);
}

/** Reasons customers give for not signing (docs/objections.md); `none` when no reason is voiced. */
export const OBJECTIONS = [
  "strategy",
  "timing",
  "team",
  "price",
  "authority",
  "stall",
  "none",
] as const;
export type ObjectionKey = (typeof OBJECTIONS)[number];

export function isObjectionKey(x: unknown): x is ObjectionKey {
  return typeof x === "string" && (OBJECTIONS as readonly string[]).includes(x);
}

/** What we can bring to a deal that lets us pull a customer back (seed 004). */
export const STRENGTHS = [
  /** we can reveal problems the customer has not seen */
  "revealProblems",
  /** we can offer a solution the customer did not expect */
  "unexpectedSolution",
  /** we have reference cases (参照系) to hold the customer's view against */
  "referenceCases",
  /** we reach the customer's top management */
  "topAccess",
] as const;
export type Strength = (typeof STRENGTHS)[number];

export function isStrength(x: unknown): x is Strength {
  return typeof x === "string" && (STRENGTHS as readonly string[]).includes(x);
}

/** 一吓二砸三拉: scare (raise risk), smash (show what is wrong where they stand), pull (walk them back). */
export const MOVES = ["scare", "smash", "pull"] as const;
export type Move = (typeof MOVES)[number];

/** Where we stand against the customer's buying process (seed 004, first lesson). */
export const POSITIONS = ["leading", "synchronised", "following"] as const;
export type Position = (typeof POSITIONS)[number];
