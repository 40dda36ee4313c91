import { fail, ok, type Result } from "../issues";
import { scaleToIntegers } from "./intmath";
import type { ShareInput } from "./types";

/**
 * Shares are accepted as percentages (50 / 40 / 10) or as fractions (0.5 / 0.4 / 0.1),
 * decided once per list by its total: a list adding up to at most 2 is read as
 * fractions (no one splits a target into shares that add up to 2%), anything else as
 * percentages. A list is valid when it adds up to 100% to within 0.005 points, so
 * thirds typed as 0.333333 pass and 33.33 × 3 = 99.99 does not; the shares are then
 * used in proportion to their own total, which makes thirds exactly thirds.
 */
export const FRACTION_TOTAL_LIMIT = 2;
/** Half of the last shown digit when the total is printed with two decimals. */
export const SHARE_TOLERANCE = 0.005;
/** Shares are read to four decimals of a percent (0.0001%); finer digits are rounded. */
const SHARE_DECIMALS = 4;
/**
 * Markets × tiers. Beyond this the day table (a row per working day and cell) stops
 * being something a person reads or a pivot table needs.
 */
export const MAX_CELLS = 100;

export type SplitKind = "market" | "tier";

export interface Split {
  readonly names: readonly string[];
  /** Shares in percent, as read. */
  readonly percents: readonly number[];
  /** Integer weights in the proportions of the shares (for exact quotas). */
  readonly weights: readonly number[];
}

/** A percentage as people write it: at most two decimals, no trailing zeros. */
export function showPercent(p: number): string {
  return String(Math.round(p * 100) / 100);
}

export function readShares(kind: SplitKind, shares: readonly ShareInput[]): Result<Split> {
  const seen = new Set<string>();
  for (const [i, s] of shares.entries()) {
    const name = s.name.trim();
    if (name === "") return fail(`targets.${kind}NameMissing`, { position: i + 1 });
    if (seen.has(name)) return fail(`targets.${kind}NameDuplicate`, { name });
    seen.add(name);
    if (!Number.isFinite(s.share))
      return fail(`targets.${kind}ShareNotNumber`, { name, value: String(s.share) });
    if (s.share < 0) return fail(`targets.${kind}ShareNegative`, { name, value: s.share });
  }
  const total = shares.reduce((sum, s) => sum + s.share, 0);
  const scale = total <= FRACTION_TOTAL_LIMIT ? 100 : 1;
  const percents = shares.map((s) => s.share * scale);
  const sum = total * scale;
  if (Math.abs(sum - 100) >= SHARE_TOLERANCE)
    return fail(`targets.${kind}SharesSum`, { sum: showPercent(sum) });
  const weights = scaleToIntegers(percents, SHARE_DECIMALS);
  return ok({ names: shares.map((s) => s.name.trim()), percents, weights });
}
