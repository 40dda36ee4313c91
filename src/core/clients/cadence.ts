import type { Day } from "../calendar";
import { fail, ok, type Result } from "../issues";
import type { Tier } from "./types";

/** Days between visits, per tier. */
export type Cadence = { readonly [T in Tier]: number };

/**
 * Defaults: A every two weeks, B monthly, C quarterly. A new client (being developed,
 * not yet ranked) gets B's month: a prospect left for a quarter goes cold, and the
 * seeds give success rates of 6% for prospects against 15% for first-time buyers, so
 * the first contacts are worth keeping close.
 */
export const DEFAULT_CADENCE: Cadence = { A: 14, B: 30, C: 90, new: 30 };

/** Every client, whatever its tier, is revisited at least once a year (seed 001). */
export const MAX_INTERVAL_DAYS = 365;

/** Fills a partial cadence from the defaults and checks each interval is a whole number of days ≥ 1. */
export function makeCadence(partial: Partial<Cadence> = {}): Result<Cadence> {
  const cadence = { ...DEFAULT_CADENCE, ...partial };
  for (const tier of Object.keys(cadence) as Tier[]) {
    const days = cadence[tier];
    if (!Number.isInteger(days) || days < 1) {
      return fail("arg.outOfRange", {
        arg: `cadence ${tier}`,
        value: days,
        min: 1,
        max: MAX_INTERVAL_DAYS,
      });
    }
  }
  return ok(cadence);
}

/** The interval that applies: the tier's cadence, but never longer than a year. */
export function intervalDays(tier: Tier, cadence: Cadence = DEFAULT_CADENCE): number {
  return Math.min(cadence[tier], MAX_INTERVAL_DAYS);
}

/** When the next visit is due: the last visit plus the interval; a client never visited is due now. */
export function nextVisitDay(
  lastVisit: Day | undefined,
  tier: Tier,
  asOf: Day,
  cadence: Cadence = DEFAULT_CADENCE
): Day {
  return lastVisit === undefined ? asOf : lastVisit + intervalDays(tier, cadence);
}

/** Whole days past the due date on `asOf`; 0 when not yet due. */
export function overdueDays(nextVisit: Day, asOf: Day): number {
  return Math.max(0, asOf - nextVisit);
}
