import { dayFromYmd, ymdOf, type Day } from "../calendar";
import { clientKey } from "./names";
import type { Outcome, OutcomeClassifier, VisitRecord } from "./types";

/** What the visit log says about one client, as of a day. */
export interface VisitHistory {
  /** Visits in the plan year up to the as-of day. */
  readonly visits: number;
  readonly firstVisit?: Day;
  readonly lastVisit?: Day;
  /** Outcome of the latest visit; undefined when the log and the classifier cannot tell. */
  readonly lastOutcome?: Outcome;
  /** Continuations in a row, counted back from the latest visit. */
  readonly continuationStreak: number;
  /** Three or more visits this plan year and none of them an order. */
  readonly thirdVisit: boolean;
}

export interface UnmatchedName {
  /** The name as first written in the log. */
  readonly name: string;
  readonly visits: number;
}

export interface VisitJoin {
  /** One history per client name given, in the same order. */
  readonly histories: readonly VisitHistory[];
  /** Log names that match no client, in order of first appearance; never dropped silently. */
  readonly unmatched: readonly UnmatchedName[];
  /** Rows of matched clients without a usable date: not counted. */
  readonly undated: number;
  /** Rows dated after the as-of day (planned visits, or a past as-of day): not counted. */
  readonly future: number;
}

export interface JoinOptions {
  readonly asOf: Day;
  /** First day of the plan year; by default 1 January of the as-of day's year. */
  readonly planYearStart?: Day;
  /** Reads outcomes from notes when a row has no explicit outcome. */
  readonly classify?: OutcomeClassifier;
}

/**
 * The seed's rule of thumb (003): the same client is never seen a third time — that
 * year, at most one client in ten was. Three visits in a plan year without an order
 * is therefore worth a look.
 */
export const THIRD_VISIT_COUNT = 3;

/** The first day of the plan year that contains `day`, for a plan year starting in `startMonth`. */
export function planYearStart(day: Day, startMonth = 1): Day {
  const { year, month } = ymdOf(day);
  return dayFromYmd(month >= startMonth ? year : year - 1, startMonth, 1);
}

interface Dated {
  readonly date: Day;
  readonly row: number;
  readonly record: VisitRecord;
}

const EMPTY: VisitHistory = { visits: 0, continuationStreak: 0, thirdVisit: false };

function history(
  visits: Dated[],
  outcomeOf: (v: Dated) => Outcome | undefined,
  yearStart: Day
): VisitHistory {
  if (visits.length === 0) return EMPTY;
  // Oldest first; visits on the same day keep the log's order, so the later row is the later visit.
  const sorted = [...visits].sort((a, b) => a.date - b.date || a.row - b.row);
  const thisYear = sorted.filter((v) => v.date >= yearStart);
  let streak = 0;
  for (let i = sorted.length - 1; i >= 0 && outcomeOf(sorted[i]) === "continuation"; i--) streak++;
  return {
    visits: thisYear.length,
    firstVisit: sorted[0].date,
    lastVisit: sorted[sorted.length - 1].date,
    lastOutcome: outcomeOf(sorted[sorted.length - 1]),
    continuationStreak: streak,
    thirdVisit:
      thisYear.length >= THIRD_VISIT_COUNT && !thisYear.some((v) => outcomeOf(v) === "order"),
  };
}

/**
 * Joins a visit log to clients by name (see clientKey for the rule). When two clients
 * share a key, the first takes the visits; the caller reports such duplicates.
 */
export function joinVisits(
  clientNames: readonly string[],
  log: readonly VisitRecord[],
  options: JoinOptions
): VisitJoin {
  const { asOf, classify } = options;
  const yearStart = options.planYearStart ?? planYearStart(asOf);
  const indexOf = new Map<string, number>();
  clientNames.forEach((name, i) => {
    const key = clientKey(name);
    if (key !== "" && !indexOf.has(key)) indexOf.set(key, i);
  });

  const perClient: Dated[][] = clientNames.map(() => []);
  const unmatched = new Map<string, { name: string; visits: number }>();
  let undated = 0;
  let future = 0;
  log.forEach((record, row) => {
    const key = clientKey(record.client);
    const i = indexOf.get(key);
    if (i === undefined) {
      const entry = unmatched.get(key) ?? { name: record.client.trim(), visits: 0 };
      entry.visits++;
      unmatched.set(key, entry);
    } else if (record.date === undefined) undated++;
    else if (record.date > asOf) future++;
    else perClient[i].push({ date: record.date, row, record });
  });

  // Outcomes are read only where a statistic needs them, and each at most once:
  // classifying notes is the expensive part of a large log.
  const memo = new Map<Dated, Outcome | undefined>();
  const outcomeOf = (v: Dated): Outcome | undefined => {
    if (v.record.outcome !== undefined) return v.record.outcome;
    if (!classify || !v.record.notes || v.record.notes.every((n) => n.trim() === ""))
      return undefined;
    if (!memo.has(v)) memo.set(v, classify([...v.record.notes]));
    return memo.get(v);
  };

  return {
    histories: perClient.map((visits) => history(visits, outcomeOf, yearStart)),
    unmatched: [...unmatched.values()],
    undated,
    future,
  };
}
