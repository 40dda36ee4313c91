/**
 * Types of the visit-outcome classifier (docs/visit-outcomes.md) and the
 * commitment scale (seed 000, docs/methodology.md §2).
 */

/** The four outcomes of one visit, in the guide's decision order. */
export type VisitOutcome = "order" | "advance" | "continuation" | "no-sale";

export const OUTCOMES: readonly VisitOutcome[] = ["order", "advance", "continuation", "no-sale"];

/**
 * Which rule of the guide decided. The part before the dot is the outcome;
 * each id has an explanation in the message table (visits.rule.<id>).
 */
export type RuleId =
  | "order.signed"
  | "order.placed"
  | "order.paid"
  | "order.confirmed"
  | "no-sale.refused"
  | "no-sale.competitor"
  | "no-sale.cancelled"
  | "no-sale.ruledOut"
  | "no-sale.notNeeded"
  | "no-sale.dontReturn"
  | "no-sale.dropped"
  | "no-sale.customerLost"
  | "advance.meeting"
  | "advance.demo"
  | "advance.trial"
  | "advance.visit"
  | "advance.access"
  | "advance.introduction"
  | "advance.internalMeeting"
  | "advance.champion"
  | "advance.budget"
  | "advance.bidList"
  | "advance.signDate"
  | "advance.commitment"
  | "continuation.negated"
  | "continuation.requestRefused"
  | "continuation.conditional"
  | "continuation.notAccepted"
  | "continuation.pendingApproval"
  | "continuation.vagueTime"
  | "continuation.deadlineForUs"
  | "continuation.sellerStep"
  | "continuation.nobodyMet"
  | "continuation.postponed"
  | "continuation.internalTalk"
  | "continuation.infoOnly"
  | "continuation.goodwill"
  | "continuation.nothingAgreed";

export const RULE_IDS: readonly RuleId[] = [
  "order.signed",
  "order.placed",
  "order.paid",
  "order.confirmed",
  "no-sale.refused",
  "no-sale.competitor",
  "no-sale.cancelled",
  "no-sale.ruledOut",
  "no-sale.notNeeded",
  "no-sale.dontReturn",
  "no-sale.dropped",
  "no-sale.customerLost",
  "advance.meeting",
  "advance.demo",
  "advance.trial",
  "advance.visit",
  "advance.access",
  "advance.introduction",
  "advance.internalMeeting",
  "advance.champion",
  "advance.budget",
  "advance.bidList",
  "advance.signDate",
  "advance.commitment",
  "continuation.negated",
  "continuation.requestRefused",
  "continuation.conditional",
  "continuation.notAccepted",
  "continuation.pendingApproval",
  "continuation.vagueTime",
  "continuation.deadlineForUs",
  "continuation.sellerStep",
  "continuation.nobodyMet",
  "continuation.postponed",
  "continuation.internalTalk",
  "continuation.infoOnly",
  "continuation.goodwill",
  "continuation.nothingAgreed",
];

export interface VisitVerdict {
  readonly outcome: VisitOutcome;
  readonly rule: RuleId;
  /** The phrase of the note that decided, as written (original width and case). */
  readonly evidence: string;
}

/** The five commitment levels of seed 000, weakest first. */
export type CommitLevel = "inner" | "verbal" | "written" | "public-verbal" | "public-written";

export const COMMIT_LEVELS: readonly CommitLevel[] = [
  "inner",
  "verbal",
  "written",
  "public-verbal",
  "public-written",
];

export interface CommitVerdict {
  readonly level: CommitLevel;
  readonly evidence: string;
}

/**
 * Cue kinds, in priority order: where two cues start at the same character the
 * earlier kind wins (this is how "不错" stays praise and never becomes a "不").
 * Each kind's meaning is documented in lexicon.zh-Hans.ts.
 */
export const CUE_KINDS = [
  "neutral",
  "contrast",
  "alive",
  "nobody",
  "pending",
  "consult",
  "deed",
  "orderDone",
  "orderBase",
  "nosale",
  "postpone",
  "competitor",
  "choose",
  "formerly",
  "refuse",
  "intent",
  "condIf",
  "hedge",
  "agree",
  "arrange",
  "invite",
  "actStrong",
  "actEvent",
  "sellerAct",
  "actMeet",
  "tDeadline",
  "tSpec",
  "tVague",
  "plan",
  "subjSeller",
  "subjCust",
  "goodwill",
  "info",
  "neg",
] as const;

export type CueKind = (typeof CUE_KINDS)[number];

/**
 * Entries of one cue kind, grouped by subtype (e.g. nosale → competitor,
 * cancelled …). Kinds without subtypes use the single key "any". Entries are
 * regular-expression sources matched against folded text (lower case,
 * half-width punctuation); English spaces match any run of white space.
 */
export type CueEntries = Readonly<Record<string, readonly string[]>>;

export type CueTable = { readonly [K in CueKind]: CueEntries };

/** Words that show a commitment at each level of the scale. "public" marks an audience; it lifts verbal/written. */
export interface CommitTable {
  readonly publicWritten: readonly string[];
  readonly public: readonly string[];
  readonly written: readonly string[];
  readonly verbal: readonly string[];
  readonly inner: readonly string[];
}

export interface VisitLexicon {
  /** "en" entries are matched as whole words; Chinese entries anywhere. */
  readonly lang: "en" | "zh-Hans" | "zh-Hant";
  readonly cues: CueTable;
  readonly commit: CommitTable;
  /** Whole notes that mean "nothing here" ("n/a", "无"), compared after folding and trimming punctuation. */
  readonly empty: readonly string[];
}
