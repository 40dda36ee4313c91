import type { Day } from "../calendar";

/** A/B/C by share of value; "new" only when a user marks a client so (新客户). */
export type Tier = "A" | "B" | "C" | "new";
export const TIERS: readonly Tier[] = ["A", "B", "C", "new"];

/** The four visit outcomes of docs/visit-outcomes.md. */
export type Outcome = "order" | "advance" | "continuation" | "no-sale";
export const OUTCOMES: readonly Outcome[] = ["order", "advance", "continuation", "no-sale"];

/** The people chain (人物链) of seed 001. */
export type Role = "receptive" | "dissatisfied" | "power";
export const ROLES: readonly Role[] = ["receptive", "dissatisfied", "power"];

/** Relationship levels, weakest first. */
export type Level = "acquaintance" | "dating" | "partner" | "ally";
export const LEVELS: readonly Level[] = ["acquaintance", "dating", "partner", "ally"];

/** How much contact the seller keeps with a person, deepest first. */
export type Depth = "deep" | "frequent" | "light" | "none";
export const DEPTHS: readonly Depth[] = ["deep", "frequent", "light", "none"];

/** How wide the relationship with an account is. */
export type Scope = "individual" | "department" | "company";
export const SCOPES: readonly Scope[] = ["individual", "department", "company"];

/** After the contract: the three stages a customer goes through while adopting what it bought. */
export type Stage = "new-toy" | "learning" | "effectiveness";
export const STAGES: readonly Stage[] = ["new-toy", "learning", "effectiveness"];

/** Signals shown beside a client, as stable keys (labels come from the i18n table). */
export type Flag =
  | "never-visited"
  | "overdue"
  | "third-visit"
  | "stalled"
  | "learning-stage"
  | "power-not-reached"
  | "single-contact";
export const FLAGS: readonly Flag[] = [
  "never-visited",
  "overdue",
  "third-visit",
  "stalled",
  "learning-stage",
  "power-not-reached",
  "single-contact",
];

/** Decides a visit's outcome from its note cells (notes, feedback, next step); undefined when it cannot. */
export type OutcomeClassifier = (noteCells: string[]) => Outcome | undefined;

/** One person at an account, as a row of a client list describes them. */
export interface ContactRecord {
  readonly name?: string;
  readonly roles: readonly Role[];
  readonly level?: Level;
  readonly depth?: Depth;
  readonly department?: string;
}

/**
 * One row of a client list. A client may take several rows (one per contact); the
 * first non-blank value, tier, last visit and stage among them are the client's.
 */
export interface ClientRecord {
  readonly name: string;
  readonly value?: number;
  /** A tier the user set by hand; kept as it is, never recomputed. */
  readonly tierOverride?: Tier;
  /** A last-visit date kept in the client list itself, used when the log knows of none later. */
  readonly lastVisit?: Day;
  readonly stage?: Stage;
  readonly contact?: ContactRecord;
}

/** One row of a visit log. */
export interface VisitRecord {
  readonly client: string;
  readonly date?: Day;
  /** From an explicit outcome column; when absent the classifier reads `notes`. */
  readonly outcome?: Outcome;
  readonly notes?: readonly string[];
}
