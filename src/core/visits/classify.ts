/**
 * The visit-outcome classifier: docs/visit-outcomes.md as code.
 *
 * A note is folded (normalize.ts), scanned into cues (compile.ts), given its
 * structure (analyse.ts) and then read with the guide's decision order:
 * order → no-sale → advance → continuation. Every verdict names the rule and
 * quotes the phrase that decided it.
 */
import { fail, ok, type Result } from "../issues";
import * as AN from "./analyse";
import { analyse, Analysis } from "./analyse";
import { K as KINDS, K_STOP as STOP, PLACEHOLDERS, scan } from "./compile";
import { fold, isMeaningless } from "./normalize";
import type { RuleId, VisitVerdict } from "./types";

export interface ClassifyOptions {
  /**
   * The commitment objective planned for this visit (承诺目标, seed 000), e.g.
   * "约定下周二与总经理见面". A note that only says the customer agreed
   * ("答应了", "he agreed") is read as agreeing to this.
   */
  readonly commitment?: string;
}

/** Longest evidence quoted as one span; a longer span is cut back to the deciding cue. */
const MAX_EVIDENCE = 40;
/** A terse refusal ("拒", "客户拒绝了", "Refused.") may carry a subject and a particle but nothing else. */
const TERSE_SLACK = 4;

// Local copies: hot code reads module constants, not imported bindings (which bundlers may wrap in getters).
const K = KINDS;
const K_STOP = STOP;
const { F_FORMER, F_HYPO, F_NEG, F_PLANNED, F_PROPOSED, SUBJ_CUST, SUBJ_SELLER } = AN;

/** Scratch buffers reused for every note: classification allocates only its result. */
const A = new Analysis();

type Decision = { rule: RuleId; from: number; to: number };

function decision(rule: RuleId, from: number, to: number): Decision {
  return { rule, from, to };
}

/* ------------------------------------------------------------------ helpers */

const ORDER_RULES: Readonly<Record<string, RuleId>> = {
  signed: "order.signed",
  placed: "order.placed",
  paid: "order.paid",
  confirmed: "order.confirmed",
};

const NOSALE_RULES: Readonly<Record<string, RuleId>> = {
  refused: "no-sale.refused",
  competitor: "no-sale.competitor",
  cancelled: "no-sale.cancelled",
  ruledOut: "no-sale.ruledOut",
  notNeeded: "no-sale.notNeeded",
  dontReturn: "no-sale.dontReturn",
  dropped: "no-sale.dropped",
  customerLost: "no-sale.customerLost",
};

const ACT_RULES: Readonly<Record<string, RuleId>> = {
  demo: "advance.demo",
  trial: "advance.trial",
  visit: "advance.visit",
  access: "advance.access",
  introduction: "advance.introduction",
  internalMeeting: "advance.internalMeeting",
  champion: "advance.champion",
  budget: "advance.budget",
  bidList: "advance.bidList",
};

function subtype(i: number): string {
  return A.subtype(i);
}

/** The advance an act stands for: its own kind, a demo for our events, a meeting, or a date to sign for a planned purchase. */
function actRule(j: number): RuleId {
  const k = A.kind[j];
  if (k === K.actStrong || k === K.deed) return ACT_RULES[subtype(j)] ?? "advance.meeting";
  if (k === K.actEvent) return "advance.demo";
  if (k === K.orderBase) return "advance.signDate";
  return "advance.meeting";
}

const isAct = (k: number) => k === K.actStrong || k === K.actEvent;
const isPlannedOrder = (j: number) => A.kind[j] === K.orderBase && (A.flags[j] & F_PLANNED) !== 0;

/** Acts that an agreement or booking in the segment of token i can take as its object. */
function findAct(i: number, allowMeet: boolean): number {
  let best = -1;
  for (let j = A.segFrom[i]; j <= A.segTo[i]; j++) {
    if (j === i) continue;
    const k = A.kind[j];
    const strong = isAct(k) || isPlannedOrder(j);
    if (!strong && !(allowMeet && k === K.actMeet)) continue;
    const f = A.flags[j];
    if (f & (F_NEG | F_HYPO)) continue;
    // What was only proposed counts once someone agrees after it ("I proposed a demo; he agreed").
    if (f & F_PROPOSED && j > i) continue;
    // An act in an earlier clause is a past event unless it was proposed or dated ("上次演示效果不错, 客户确认了需求").
    if (j < i && A.clause[j] !== A.clause[i] && !(f & F_PROPOSED) && !hasTimeInClause(j)) continue;
    if (best < 0 || (strong && !(isAct(A.kind[best]) || isPlannedOrder(best)))) best = j;
    if (strong && j > i) break;
  }
  return best;
}

function hasTimeInClause(i: number): boolean {
  return A.find(K.tSpec, A.clauseFrom[i], A.clauseTo[i]) >= 0;
}

function timeInSegment(i: number): number {
  return A.find(K.tSpec, A.segFrom[i], A.segTo[i]);
}

/** Kinds that a customer's act can stand on without a date: the deal moves the moment they do it. */
const UNDATED_ACTS = new Set(["champion", "internalMeeting", "introduction", "bidList", "budget"]);

/* -------------------------------------------------------------- the rules */

function decideOrder(): { order?: Decision; competitor: number } {
  let competitor = -1;
  for (let i = 0; i < A.n; i++) {
    const k = A.kind[i];
    if (k !== K.orderDone && k !== K.orderBase) continue;
    if (!A.valid(i)) continue;
    // Signed with someone else: the deal went to a competitor (rule 2), not to us.
    if (A.competitorClause[A.clause[i]]) {
      if (competitor < 0) competitor = i;
      continue;
    }
    if (A.flags[i] & F_PLANNED) continue;
    return { order: decision(ORDER_RULES[subtype(i)] ?? "order.signed", i, i), competitor };
  }
  return { competitor };
}

function decideAdvance(): Decision | undefined {
  for (let i = 0; i < A.n; i++) {
    const k = A.kind[i];
    if (!A.valid(i)) continue;
    const seller = A.subject[i] === SUBJ_SELLER;
    if (k === K.deed) {
      if (!seller) return decision(actRule(i), i, i);
    } else if (k === K.agree) {
      const act = findAct(i, true);
      if (act >= 0 && !seller && A.kind[act] !== K.actMeet) return decision(actRule(act), i, act);
      // A meeting counts only with a day or a date; our own promise counts only as a booked meeting.
      const time = timeInSegment(i);
      if (act >= 0 && time >= 0)
        return decision(
          A.kind[act] === K.actMeet ? "advance.meeting" : actRule(act),
          i,
          Math.max(act, time)
        );
    } else if (k === K.arrange) {
      const time = timeInSegment(i);
      const act = findAct(i, true);
      const booking = subtype(i) === "booking";
      if (time >= 0 && (act >= 0 || booking))
        return decision(act >= 0 ? actRule(act) : "advance.meeting", i, Math.max(i, time, act));
      // Undated, the customer's arranging counts once done ("客户安排了试用"), not as a possibility ("可以安排").
      if (act >= 0 && A.subject[i] === SUBJ_CUST && A.kind[act] !== K.actMeet && isDone(i))
        return decision(actRule(act), i, act);
    } else if (k === K.orderBase && A.flags[i] & F_PLANNED && !seller && timeInSegment(i) >= 0) {
      // A purchase set for a day ("PO to be issued Monday", "下周一签合同") is an agreed date to buy.
      return decision("advance.signDate", i, timeInSegment(i));
    } else if (k === K.actStrong && A.subject[i] === SUBJ_CUST) {
      // The customer's own act with a day, or one that needs no day (reporting to their boss), unless deferred.
      const sub = subtype(i);
      if (timeInSegment(i) >= 0) return decision(ACT_RULES[sub], i, i);
      // Without a day it must be promised or done ("会向董事长汇报", "转给了总监"), not merely named
      // ("采购会议的时间还没排"); deferral anywhere in the sentence ("看看, 有问题再联系") makes it a maybe.
      if (UNDATED_ACTS.has(sub) && committed(i) && !hasDeferral(i))
        return decision(ACT_RULES[sub], i, i);
    }
  }
  return undefined;
}

/** An arranging word marked done: "安排了", "排好", or English past tense ("arranged", "set up"). */
function isDone(i: number): boolean {
  const text = A.text(i);
  return /[了好]$/.test(text) || A.folded.charCodeAt(A.end[i]) === 0x4e86 /* 了 */ || A.isAscii(i);
}

/** A plan marker before the act in its clause ("会", "will"), or the act marked done ("转给了", "已经报给"). */
function committed(i: number): boolean {
  const from = A.clauseFrom[i];
  for (let j = from; j < i; j++) if (A.kind[j] === K.plan || A.kind[j] === K.agree) return true;
  const after = A.folded.charCodeAt(A.end[i]);
  const clauseStart = A.start[from];
  return after === 0x4e86 /* 了 */ || A.folded.lastIndexOf("已", A.start[i]) >= clauseStart;
}

function hasDeferral(i: number): boolean {
  for (let j = i; j >= 0 && A.sentence[j] === A.sentence[i]; j--)
    if (A.kind[j] === K.tVague && subtype(j) === "deferral") return true;
  for (let j = i + 1; j < A.n && A.sentence[j] === A.sentence[i]; j++)
    if (A.kind[j] === K.tVague && subtype(j) === "deferral") return true;
  return false;
}

/** Letters and digits of any script: what a note says, without its punctuation. */
function isContent(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || code >= 0x3400;
}

function contentLength(from: number, to: number): number {
  let n = 0;
  for (let p = from; p < to; p++) if (isContent(A.folded.charCodeAt(p))) n++;
  return n;
}

/**
 * A terse refusal is the whole note: a subject at most before it and nothing refused after it. An object
 * ("客户不同意降价", "declined the discount") makes it one refused request, which leaves the deal alive.
 */
function isTerse(i: number): boolean {
  const cue = contentLength(A.start[i], A.end[i]);
  if (contentLength(0, A.folded.length) > cue + TERSE_SLACK) return false;
  return TERSE_TAIL.test(A.folded.slice(A.end[i]));
}

/**
 * What may follow a terse refusal: punctuation, a particle, a pronoun, a manner word, or the deal itself
 * ("不同意合作", "refused to buy"), which refuses the whole opportunity rather than one request.
 */
const TERSE_TAIL =
  /^[^a-z0-9\u3400-\uffff]*(?:(?:了|啦|呢|吧|啊|呀|哦|我们|我方|我|合作|购买|採購|采购|購買|买|買|签约|簽約|it|that|them|us|outright|flatly|to|buy|the deal|purchase)[^a-z0-9\u3400-\uffff]*)*$/;

function decideNoSale(advance: Decision | undefined, competitor: number): Decision | undefined {
  if (competitor >= 0) return decision("no-sale.competitor", competitor, competitor);
  let weak = -1;
  for (let i = 0; i < A.n; i++) {
    const k = A.kind[i];
    if (!A.valid(i)) continue;
    if (k === K.nosale) {
      const sub = subtype(i);
      if (sub === "dropped") {
        // "budget was frozen" said before, or a postponement, or an advance in the same note: not the end.
        if (!(A.flags[i] & F_FORMER) && weak < 0) weak = i;
        continue;
      }
      return decision(NOSALE_RULES[sub], i, i);
    }
    if (k === K.choose && A.competitorClause[A.clause[i]])
      return decision("no-sale.competitor", i, i);
    if (k === K.refuse && isTerse(i)) return decision("no-sale.refused", i, i);
  }
  if (weak >= 0 && !resumes() && !advance) return decision("no-sale.dropped", weak, weak);
  return undefined;
}

/** The note says the purchase comes later ("明年再启动", "pushed to Q3"), not merely that it is on hold. */
function resumes(): boolean {
  for (let i = A.firstOf[K.postpone]; i >= 0 && i < A.n; i++)
    if (A.kind[i] === K.postpone && subtype(i) === "resume") return true;
  return false;
}

/** Why the note is a continuation, most telling reason first. */
function decideContinuation(): Decision {
  // One pass for the first token of each reason.
  let stopped = -1;
  let negated = -1;
  let alive = -1;
  let refuse = -1;
  let hypo = -1;
  let proposed = -1;
  let sellerPromise = -1;
  let sellerPlan = -1;
  let goodwill = -1;
  for (let i = 0; i < A.n; i++) {
    const k = A.kind[i];
    const f = A.flags[i];
    if (k === K.nosale) {
      if (A.valid(i) && stopped < 0) stopped = i;
      if (f & F_NEG && alive < 0) alive = i;
    } else if (f & F_NEG) {
      if (negated < 0) negated = i;
    } else if (k === K.refuse && refuse < 0) refuse = i;
    if (k === K.alive && alive < 0) alive = i;
    if (f & F_HYPO && hypo < 0) hypo = i;
    if (f & F_PROPOSED && proposed < 0) proposed = i;
    // Our own promise ("我答应周五前整理") or plan ("我们下周二再去拜访").
    if (A.subject[i] === SUBJ_SELLER) {
      if ((k === K.agree || k === K.arrange) && sellerPromise < 0) sellerPromise = i;
      if ((k === K.actMeet || k === K.actStrong) && sellerPlan < 0) sellerPlan = i;
    }
    if ((k === K.goodwill || k === K.alive) && goodwill < 0) goodwill = i;
  }
  const first = A.firstOf;

  const postpone = first[K.postpone];
  if (postpone >= 0 && stopped >= 0 && resumes())
    return decision("continuation.postponed", postpone, postpone);
  if (first[K.nobody] >= 0)
    return decision("continuation.nobodyMet", first[K.nobody], first[K.nobody]);
  if (negated >= 0) {
    // "没答应试用" is a negated agreement; "拒绝了我们的试用" is one refused request.
    const opening = openingOf(negated, K.neg, K.refuse);
    const refused = A.kind[opening] === K.refuse && A.kind[negated] !== K.refuse;
    if (!refused) return decision("continuation.negated", opening, negated);
    if (refuse < 0) refuse = opening;
  }
  if (refuse >= 0) return decision("continuation.requestRefused", refuse, refuse);
  if (alive >= 0) return decision("continuation.negated", alive, alive);

  const cond = first[K.condIf] >= 0 ? first[K.condIf] : first[K.hedge];
  if (hypo >= 0 || cond >= 0) {
    const at = cond >= 0 ? cond : hypo;
    return decision(
      "continuation.conditional",
      at,
      hypo > at && A.sentence[hypo] === A.sentence[at] ? hypo : at
    );
  }

  const pending = first[K.pending];
  if (pending >= 0)
    return decision(
      A.subject[pending] === SUBJ_CUST
        ? "continuation.internalTalk"
        : "continuation.pendingApproval",
      pending,
      pending
    );

  if (first[K.invite] >= 0)
    return decision("continuation.notAccepted", first[K.invite], first[K.invite]);
  if (proposed >= 0)
    return decision("continuation.notAccepted", openingOf(proposed, K.intent, K.intent), proposed);

  const deadline = first[K.tDeadline];
  const sellerAct = first[K.sellerAct];
  if (deadline >= 0 && (sellerAct >= 0 || sellerPromise >= 0 || sellerPlan >= 0))
    return decision("continuation.deadlineForUs", deadline, deadline);
  if (sellerPromise >= 0) return decision("continuation.sellerStep", sellerPromise, sellerPromise);
  if (sellerAct >= 0) return decision("continuation.sellerStep", sellerAct, sellerAct);
  if (sellerPlan >= 0) return decision("continuation.sellerStep", sellerPlan, sellerPlan);
  if (first[K.tVague] >= 0)
    return decision("continuation.vagueTime", first[K.tVague], first[K.tVague]);
  if (postpone >= 0) return decision("continuation.postponed", postpone, postpone);
  if (first[K.consult] >= 0)
    return decision("continuation.internalTalk", first[K.consult], first[K.consult]);
  if (first[K.info] >= 0) return decision("continuation.infoOnly", first[K.info], first[K.info]);
  if (goodwill >= 0) return decision("continuation.goodwill", goodwill, goodwill);
  return decision("continuation.nothingAgreed", -1, -1);
}

/** The token that opened what voided token i in its clause (the "没" of "没答应", the "想" of "想约"), else i. */
function openingOf(i: number, kindA: number, kindB: number): number {
  for (let j = i - 1; j >= 0 && A.clause[j] === A.clause[i]; j--)
    if (A.kind[j] === kindA || A.kind[j] === kindB) return j;
  return i;
}

/* -------------------------------------------------------------- evidence */

const EDGE = /^[\s,.;:!?。、()"'\-–—]+|[\s,.;:!?。、()"'\-–—]+$/g;

function quote(original: string, d: Decision): string {
  let start: number;
  let end: number;
  if (d.from < 0) {
    // Nothing decided but the absence of an agreement: quote the first sentence of the note.
    start = 0;
    end = A.firstOf[K_STOP] >= 0 ? A.start[A.firstOf[K_STOP]] : original.length;
    if (end - start > MAX_EVIDENCE) end = start + MAX_EVIDENCE;
  } else {
    start = A.start[d.from];
    end = A.end[d.to];
    if (end < start) [start, end] = [A.start[d.to], A.end[d.from]];
    if (end - start > MAX_EVIDENCE) end = A.end[d.from];
  }
  return original.slice(start, end).replace(EDGE, "");
}

/* -------------------------------------------------------------- public API */

function joinCells(note: string | readonly string[]): string {
  if (typeof note === "string") return note;
  let out = "";
  for (const cell of note) {
    const text = cell == null ? "" : String(cell);
    if (text.trim() === "") continue;
    out = out === "" ? text : `${out}\n${text}`;
  }
  return out;
}

function read(original: string): boolean {
  A.folded = fold(original);
  if (isMeaningless(A.folded, PLACEHOLDERS)) return false;
  scan(A.folded, A);
  analyse(A);
  return true;
}

function outcomeOf(rule: RuleId): VisitVerdict["outcome"] {
  return rule.slice(0, rule.indexOf(".")) as VisitVerdict["outcome"];
}

/** "答应了" / "agreed" with nothing agreed to in its sentence: the note leaves the object to the commitment objective. */
function bareAgreement(): number {
  for (let i = 0; i < A.n; i++) {
    if (A.kind[i] !== K.agree || !A.valid(i) || A.subject[i] === SUBJ_SELLER) continue;
    if (findAct(i, true) < 0) return i;
  }
  return -1;
}

/** What the commitment objective asks of the customer, if it is something an agreement would make an advance. */
function commitmentIsAdvance(commitment: string): boolean {
  if (!read(commitment)) return false;
  for (let i = 0; i < A.n; i++) {
    const k = A.kind[i];
    if (
      k === K.actStrong ||
      k === K.actEvent ||
      k === K.deed ||
      k === K.orderBase ||
      k === K.orderDone
    )
      return true;
    if ((k === K.actMeet || k === K.arrange) && A.has(K.tSpec)) return true;
  }
  return false;
}

/**
 * The outcome of one logged visit (docs/visit-outcomes.md).
 *
 * @param note the note, or the cells of one row read together (拜访内容, 客户反馈, 下一步计划)
 * @param opts.commitment the visit's planned commitment objective, used when the note only says "agreed"
 * @returns the verdict, or an Issue (kind "na", code visits.emptyNote) for a blank or meaningless note
 * @example classifyVisit("客户同意下周三参加我们的产品演示会") //=> ok({ outcome: "advance", rule: "advance.demo", evidence: "同意下周三参加我们的产品演示会" })
 * @example classifyVisit(["见了王总", "", "下周我再去找设备科长"]) //=> ok({ outcome: "continuation", … })
 * @example classifyVisit("n/a") //=> fail("visits.emptyNote", kind "na")
 */
export function classifyVisit(
  note: string | readonly string[],
  opts?: ClassifyOptions
): Result<VisitVerdict> {
  const original = joinCells(note);
  if (!read(original))
    return fail("visits.emptyNote", { note: original.trim().slice(0, MAX_EVIDENCE) }, "na");

  const { order, competitor } = decideOrder();
  let chosen = order;
  if (!chosen) {
    const advance = decideAdvance();
    chosen = decideNoSale(advance, competitor) ?? advance;
  }
  if (!chosen) {
    const d = decideContinuation();
    const agreed = opts?.commitment ? bareAgreement() : -1;
    if (agreed >= 0) {
      const evidence = quote(original, decision("advance.commitment", agreed, agreed));
      if (commitmentIsAdvance(opts!.commitment!))
        return ok({ outcome: "advance", rule: "advance.commitment", evidence });
      read(original);
    }
    chosen = d;
  }
  return ok({
    outcome: outcomeOf(chosen.rule),
    rule: chosen.rule,
    evidence: quote(original, chosen),
  });
}

/**
 * Classifies a column of notes; each row is the cells of one visit read together.
 * `commitments[i]` is row i's commitment objective, if any.
 */
export function classifyVisits(
  notes: readonly (string | readonly string[])[],
  opts?: { readonly commitments?: readonly (string | undefined)[] }
): Result<VisitVerdict>[] {
  const out = new Array<Result<VisitVerdict>>(notes.length);
  for (let i = 0; i < notes.length; i++) {
    const commitment = opts?.commitments?.[i];
    out[i] = classifyVisit(notes[i], commitment ? { commitment } : undefined);
  }
  return out;
}
