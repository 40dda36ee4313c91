import type { Day } from "../calendar";
import { DEFAULT_CADENCE, nextVisitDay, overdueDays, type Cadence } from "./cadence";
import { joinVisits, type UnmatchedName } from "./history";
import { clientKey } from "./names";
import { coverage, type Coverage } from "./relationships";
import { DEFAULT_SHARES, rankTiers, type TierShares } from "./tiers";
import type {
  ClientRecord,
  ContactRecord,
  Flag,
  Outcome,
  OutcomeClassifier,
  Stage,
  Tier,
  VisitRecord,
} from "./types";

export interface ClientOptions {
  readonly asOf: Day;
  readonly shares?: TierShares;
  readonly cadence?: Cadence;
  /** First day of the plan year; by default 1 January of the as-of year. */
  readonly planYearStart?: Day;
  readonly classify?: OutcomeClassifier;
}

/** Everything Advance says about one client. */
export interface ClientStatus {
  /** The name as first written in the client list. */
  readonly client: string;
  /** Indices of the client-list records that make up this client (one per contact row). */
  readonly records: readonly number[];
  readonly value?: number;
  readonly tier: Tier;
  /** The tier by value, whatever the override says, so the two can be compared. */
  readonly rankedTier: Tier;
  readonly tierOverridden: boolean;
  readonly visits: number;
  readonly firstVisit?: Day;
  readonly lastVisit?: Day;
  readonly nextVisit: Day;
  readonly overdueDays: number;
  readonly lastOutcome?: Outcome;
  readonly continuationStreak: number;
  readonly contacts: readonly ContactRecord[];
  /** Known only when the list records at least one contact for the client. */
  readonly coverage?: Coverage;
  readonly stage?: Stage;
  readonly flags: readonly Flag[];
}

/** Rows of the client list written differently but read as one client, shown to the user. */
export interface MergedNames {
  readonly names: readonly string[];
}

export interface ClientsReport {
  readonly asOf: Day;
  /** In the order clients first appear in the list. */
  readonly clients: readonly ClientStatus[];
  readonly merged: readonly MergedNames[];
  readonly unmatched: readonly UnmatchedName[];
  readonly undatedVisits: number;
  readonly futureVisits: number;
}

/** Two continuations in a row: the deal looks alive but has stopped moving (seed 002). */
export const STALLED_STREAK = 2;

interface Group {
  readonly key: string;
  readonly records: number[];
  readonly names: string[];
}

function groupByClient(records: readonly ClientRecord[]): Group[] {
  const groups = new Map<string, Group>();
  records.forEach((r, i) => {
    const key = clientKey(r.name);
    const g = groups.get(key) ?? { key, records: [], names: [] };
    g.records.push(i);
    if (!g.names.includes(r.name.trim())) g.names.push(r.name.trim());
    groups.set(key, g);
  });
  return [...groups.values()];
}

/** The first value a client's rows give for a field. */
function firstOf<T>(
  records: readonly ClientRecord[],
  indices: readonly number[],
  pick: (r: ClientRecord) => T | undefined
): T | undefined {
  for (const i of indices) {
    const v = pick(records[i]);
    if (v !== undefined) return v;
  }
  return undefined;
}

function flagsOf(s: Omit<ClientStatus, "flags">, thirdVisit: boolean): Flag[] {
  const flags: Flag[] = [];
  if (s.lastVisit === undefined) flags.push("never-visited");
  if (s.overdueDays > 0) flags.push("overdue");
  if (thirdVisit) flags.push("third-visit");
  if (s.continuationStreak >= STALLED_STREAK) flags.push("stalled");
  if (s.stage === "learning") flags.push("learning-stage");
  if (s.coverage && !s.coverage.powerReached) flags.push("power-not-reached");
  // A relationship held by one person is lost when that person leaves (seed 001); it
  // matters most for the accounts that carry the revenue.
  if (s.coverage && s.tier === "A" && s.coverage.reached <= 1) flags.push("single-contact");
  return flags;
}

/**
 * Tiers, cadence, visit history and relationship coverage for a client list and a
 * visit log. Rows of the list with the same client key are one client (one row per
 * contact is common); the client's value, tier override, last visit and stage are the
 * first its rows give.
 */
export function analyzeClients(
  records: readonly ClientRecord[],
  log: readonly VisitRecord[],
  options: ClientOptions
): ClientsReport {
  const { asOf } = options;
  const cadence = options.cadence ?? DEFAULT_CADENCE;
  const groups = groupByClient(records);
  const values = groups.map((g) => firstOf(records, g.records, (r) => r.value));
  const ranked = rankTiers(values, options.shares ?? DEFAULT_SHARES);
  const join = joinVisits(
    groups.map((g) => g.names[0]),
    log,
    { asOf, planYearStart: options.planYearStart, classify: options.classify }
  );

  const clients = groups.map((g, n): ClientStatus => {
    const h = join.histories[n];
    const override = firstOf(records, g.records, (r) => r.tierOverride);
    const tier = override ?? ranked[n];
    const listed = firstOf(records, g.records, (r) =>
      r.lastVisit !== undefined && r.lastVisit <= asOf ? r.lastVisit : undefined
    );
    const lastVisit =
      h.lastVisit === undefined
        ? listed
        : listed === undefined
          ? h.lastVisit
          : Math.max(h.lastVisit, listed);
    const nextVisit = nextVisitDay(lastVisit, tier, asOf, cadence);
    const contacts = g.records
      .map((i) => records[i].contact)
      .filter((c): c is ContactRecord => c !== undefined);
    const status = {
      client: g.names[0],
      records: g.records,
      value: values[n],
      tier,
      rankedTier: ranked[n],
      tierOverridden: override !== undefined,
      visits: h.visits,
      firstVisit: h.firstVisit,
      lastVisit,
      nextVisit,
      overdueDays: overdueDays(nextVisit, asOf),
      lastOutcome: h.lastOutcome,
      continuationStreak: h.continuationStreak,
      contacts,
      coverage: contacts.length > 0 ? coverage(contacts) : undefined,
      stage: firstOf(records, g.records, (r) => r.stage),
    };
    return { ...status, flags: flagsOf(status, h.thirdVisit) };
  });

  return {
    asOf,
    clients,
    merged: groups.filter((g) => g.names.length > 1).map((g) => ({ names: g.names })),
    unmatched: join.unmatched,
    undatedVisits: join.undated,
    futureVisits: join.future,
  };
}

const TIER_ORDER: readonly Tier[] = ["A", "B", "C", "new"];

/**
 * Clients due for a visit by `asOf + withinDays`, most important first: by tier
 * (A, B, C, then new), then the most overdue, then the earliest due, then list order.
 */
export function dueList(report: ClientsReport, withinDays = 0): ClientStatus[] {
  const until = report.asOf + withinDays;
  const position = new Map(report.clients.map((c, i) => [c, i]));
  return report.clients
    .filter((c) => c.nextVisit <= until)
    .sort(
      (a, b) =>
        TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) ||
        b.overdueDays - a.overdueDays ||
        a.nextVisit - b.nextVisit ||
        position.get(a)! - position.get(b)!
    );
}
