import { fail, ok, type Result } from "../issues";

/** Cumulative shares of the total value that close tiers A and B; C takes the rest. */
export interface TierShares {
  readonly a: number;
  readonly b: number;
}

/** The usual Pareto split: the clients making up 80% of the value are A, the next 15% B. */
export const DEFAULT_SHARES: TierShares = { a: 0.8, b: 0.95 };

export type RankedTier = "A" | "B" | "C";

export function checkShares(shares: TierShares): Result<TierShares> {
  const { a, b } = shares;
  if (!(a >= 0 && a <= 1))
    return fail("arg.outOfRange", { arg: "a_share", value: a, min: 0, max: 1 });
  if (!(b >= 0 && b <= 1))
    return fail("arg.outOfRange", { arg: "b_share", value: b, min: 0, max: 1 });
  if (b < a) return fail("clients.sharesOrder", { a, b });
  return ok(shares);
}

// Shares are sums of floats; a cumulative 0.8000000000000002 is still "80%".
const SHARE_TOLERANCE = 1e-12;

/**
 * A/B/C for each value, by cumulative share of the total.
 *
 * Clients are ranked by value, largest first; equal values keep their input order, so
 * the same list always gives the same tiers. A client belongs to A when the clients
 * ranked above it hold less than `a` of the total: the client whose value crosses the
 * line is still A. (The textbook "cumulative share including itself ≤ 80%" would make
 * a client holding 85% of all revenue a B client, the opposite of what a tier is for.)
 * B likewise up to `b`; everyone else is C.
 *
 * No value (undefined, NaN), zero or a negative value (credit notes) adds nothing to
 * the total and is C; when nobody has a positive value, everybody is C.
 */
export function rankTiers(
  values: readonly (number | undefined)[],
  shares: TierShares = DEFAULT_SHARES
): RankedTier[] {
  const worth = values.map((v) => (v !== undefined && Number.isFinite(v) && v > 0 ? v : 0));
  const total = worth.reduce((s, v) => s + v, 0);
  const tiers: RankedTier[] = worth.map(() => "C");
  if (total <= 0) return tiers;
  const order = worth.map((_, i) => i).sort((i, j) => worth[j] - worth[i] || i - j);
  let before = 0;
  for (const i of order) {
    if (worth[i] <= 0) break;
    const share = before / total;
    tiers[i] =
      share < shares.a - SHARE_TOLERANCE ? "A" : share < shares.b - SHARE_TOLERANCE ? "B" : "C";
    before += worth[i];
  }
  return tiers;
}
