/**
 * Structure of a scanned note: sentences, clauses and segments, who the
 * subject of each cue is, and which cues are negated, hypothetical or only
 * proposed. The decision rules (classify.ts) read these arrays.
 *
 * - A sentence ends at a stop (。 . ! ? or a line break).
 * - A clause ends at a comma, semicolon or colon too; negation and hedges reach to its end.
 * - A segment ends at a stop or a contrast word (但, but): an agreement pairs
 *   with the acts of its segment, so "没答应签, 不过同意周一演示" pairs 同意 with 演示 only.
 */
import { K as KINDS, K_BREAK as BREAK, K_STOP as STOP, Tokens } from "./compile";

// Local copies: hot loops read module constants, not imported bindings (which bundlers may wrap in getters).
const K = KINDS;
const K_BREAK = BREAK;
const K_STOP = STOP;

export const F_NEG = 1;
export const F_HYPO = 2;
export const F_PROPOSED = 4;
export const F_FORMER = 8;
/** A purchase word that is only planned ("约定下周一签约"): an act, not an order. */
export const F_PLANNED = 16;

export const SUBJ_NONE = 0;
export const SUBJ_SELLER = 1;
export const SUBJ_CUST = 2;

/** Chinese negation sits right before its verb ("没有马上答应"); English reaches further ("did not yet formally agree"). */
const NEG_REACH_ZH = 6;
const NEG_REACH_EN = 24;
/** How close the intended verb follows an intention ("想约", "asked to meet"); further on, a new agreement is its own. */
const INTENT_REACH_ZH = 2;
const INTENT_REACH_EN = 8;

/** Kinds that negation, conditions and intentions act on. */
const PREDICATE = new Uint8Array(K_BREAK + 1);
for (const k of [
  K.orderDone,
  K.orderBase,
  K.nosale,
  K.refuse,
  K.agree,
  K.arrange,
  K.deed,
  K.actStrong,
  K.actEvent,
  K.actMeet,
  K.choose,
])
  PREDICATE[k] = 1;

/** Markers that turn a purchase word into a plan when they share its clause. */
const PLAN_MARK = new Uint8Array(K_BREAK + 1);
for (const k of [
  K.agree,
  K.arrange,
  K.intent,
  K.plan,
  K.tSpec,
  K.tVague,
  K.tDeadline,
  K.condIf,
  K.hedge,
])
  PLAN_MARK[k] = 1;

/** Token arrays plus the derived structure, reused across notes. */
export class Analysis extends Tokens {
  sentence = new Int32Array(64);
  clause = new Int32Array(64);
  segment = new Int32Array(64);
  subject = new Uint8Array(64);
  /** First and last token index of the clause, and of the segment, of each token. */
  clauseFrom = new Int32Array(64);
  clauseTo = new Int32Array(64);
  segFrom = new Int32Array(64);
  segTo = new Int32Array(64);
  flags = new Uint8Array(64);
  /** Per clause id: a competitor is named in it. */
  competitorClause = new Uint8Array(64);
  folded = "";

  override grow(): void {
    super.grow();
    const size = this.kind.length;
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    this.sentence = g32(this.sentence);
    this.clause = g32(this.clause);
    this.segment = g32(this.segment);
    this.clauseFrom = g32(this.clauseFrom);
    this.clauseTo = g32(this.clauseTo);
    this.segFrom = g32(this.segFrom);
    this.segTo = g32(this.segTo);
    this.subject = g8(this.subject);
    this.flags = g8(this.flags);
    this.competitorClause = g8(this.competitorClause);
  }

  text(i: number): string {
    return this.folded.slice(this.start[i], this.end[i]);
  }

  isAscii(i: number): boolean {
    return this.folded.charCodeAt(this.start[i]) < 0x80;
  }

  /** Not negated, not hypothetical, not merely proposed. */
  valid(i: number): boolean {
    return (this.flags[i] & (F_NEG | F_HYPO | F_PROPOSED)) === 0;
  }

  /** Index of the first token of a kind within [from, to], or -1. */
  find(kind: number, from: number, to: number): number {
    for (let j = from; j <= to; j++) if (this.kind[j] === kind) return j;
    return -1;
  }

  has(kind: number): boolean {
    return this.count[kind] > 0;
  }
}

function markStructure(a: Analysis): void {
  let sentence = 0;
  let clause = 0;
  let segment = 0;
  let subject = SUBJ_NONE;
  let ownSubject = false;
  for (let i = 0; i < a.n; i++) {
    const k = a.kind[i];
    a.sentence[i] = sentence;
    a.clause[i] = clause;
    a.segment[i] = segment;
    a.flags[i] = 0;
    if (k === K_STOP) {
      sentence++;
      clause++;
      segment++;
      subject = SUBJ_NONE;
      ownSubject = false;
    } else if (k === K_BREAK || k === K.contrast) {
      clause++;
      if (k === K.contrast) segment++;
      // Chinese drops a repeated subject after a comma: the next clause keeps the last one until it names its own.
      ownSubject = false;
    } else if ((k === K.subjSeller || k === K.subjCust) && !ownSubject) {
      subject = k === K.subjSeller ? SUBJ_SELLER : SUBJ_CUST;
      ownSubject = true;
    }
    a.subject[i] = subject;
  }
  // Spans of clauses and segments, so rules look up their ends instead of walking to them.
  for (let i = 0; i < a.n; i++) {
    a.clauseFrom[i] = i > 0 && a.clause[i - 1] === a.clause[i] ? a.clauseFrom[i - 1] : i;
    a.segFrom[i] = i > 0 && a.segment[i - 1] === a.segment[i] ? a.segFrom[i - 1] : i;
  }
  for (let i = a.n - 1; i >= 0; i--) {
    a.clauseTo[i] = i + 1 < a.n && a.clause[i + 1] === a.clause[i] ? a.clauseTo[i + 1] : i;
    a.segTo[i] = i + 1 < a.n && a.segment[i + 1] === a.segment[i] ? a.segTo[i + 1] : i;
  }
  a.competitorClause.fill(0, 0, clause + 1);
  for (let i = 0; i < a.n; i++) if (a.kind[i] === K.competitor) a.competitorClause[a.clause[i]] = 1;
}

function markNegation(a: Analysis): void {
  for (let i = 0; i < a.n; i++) {
    const k = a.kind[i];
    if (k !== K.neg && k !== K.refuse) continue;
    if (a.flags[i] & F_NEG) continue; // "没拒绝": a negated refusal negates nothing
    const reach = a.isAscii(i) ? NEG_REACH_EN : NEG_REACH_ZH;
    for (let j = i + 1; j < a.n && a.clause[j] === a.clause[i]; j++) {
      // A new subject starts a new statement: "not a priority and they won't pursue it".
      if (a.kind[j] === K.subjCust || a.kind[j] === K.subjSeller) break;
      if (!PREDICATE[a.kind[j]]) continue;
      if (a.start[j] - a.end[i] > reach) break;
      a.flags[j] |= F_NEG;
      // A refused agreement takes its object with it: "没答应参加演示" negates 演示 too.
      const kj = a.kind[j];
      if (kj === K.agree || kj === K.arrange || kj === K.choose)
        for (let m = j + 1; m < a.n && a.clause[m] === a.clause[j]; m++)
          if (PREDICATE[a.kind[m]]) a.flags[m] |= F_NEG;
      break;
    }
  }
}

function markModality(a: Analysis): void {
  for (let i = 0; i < a.n; i++) {
    const k = a.kind[i];
    if (k === K.condIf) {
      // A condition covers its own clause (either side: "a pilot if the board approves") and the rest of its sentence.
      for (let j = a.clauseFrom[i]; j < a.n && a.sentence[j] === a.sentence[i]; j++)
        if (PREDICATE[a.kind[j]]) a.flags[j] |= F_HYPO;
    } else if (k === K.hedge) {
      for (let j = a.clauseFrom[i]; j <= a.clauseTo[i]; j++)
        if (PREDICATE[a.kind[j]]) a.flags[j] |= F_HYPO;
    } else if (k === K.intent && !(a.flags[i] & F_NEG)) {
      // What was asked for or proposed is not agreed, up to the next verb of agreement ("asked for samples and agreed to …").
      // The first verb after the intention is the thing intended ("想约周三", "asked for a trial").
      let first = true;
      for (let j = i + 1; j <= a.clauseTo[i]; j++) {
        const kj = a.kind[j];
        const near = a.start[j] - a.end[i] <= (a.isAscii(i) ? INTENT_REACH_EN : INTENT_REACH_ZH);
        if (!(first && near) && (kj === K.agree || kj === K.arrange || kj === K.deed)) break;
        if (PREDICATE[kj]) {
          a.flags[j] |= F_PROPOSED;
          first = false;
        }
      }
    } else if (k === K.formerly) {
      for (let j = a.clauseFrom[i]; j <= a.clauseTo[i]; j++) a.flags[j] |= F_FORMER;
    }
  }
}

/** English future markers: a done-purchase word after one is still to come ("payment will be made"). */
const FUTURE_EN =
  /^(?:will|shall|going to|gonna|expected to|about to|scheduled to|plan(?:s|ned)? to)$/;

/** A done-purchase word (orderDone) is planned when a future marker precedes it in its clause. */
function markFutureDone(a: Analysis, i: number): void {
  for (let j = a.clauseFrom[i]; j < i; j++)
    if (a.kind[j] === K.plan && FUTURE_EN.test(a.folded.slice(a.start[j], a.end[j]))) {
      a.flags[i] |= F_PLANNED;
      return;
    }
}

/** A purchase word is planned when its clause also holds an agreement, a booking, a plan marker or a time. */
function markPlans(a: Analysis): void {
  for (let i = 0; i < a.n; i++) {
    if (a.kind[i] === K.orderDone) markFutureDone(a, i);
    if (a.kind[i] !== K.orderBase) continue;
    for (let j = a.clauseFrom[i]; j <= a.clauseTo[i]; j++) {
      if (j === i) continue;
      const kj = a.kind[j];
      // "they'll sign": the subject carries the future.
      if (PLAN_MARK[kj] || (kj === K.subjCust && a.folded.endsWith("ll", a.end[j]))) {
        a.flags[i] |= F_PLANNED;
        break;
      }
    }
  }
}

/** Fills the structure of an already scanned note. */
export function analyse(a: Analysis): void {
  markStructure(a);
  markNegation(a);
  markModality(a);
  markPlans(a);
}
