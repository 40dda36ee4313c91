import { dayFromYmd, isoDate, parseIsoDate, type Day } from "../../../core/calendar";
import type { Message } from "../../components/viewState";
import {
  DEFAULT_CADENCE,
  DEFAULT_SHARES,
  MAX_INTERVAL_DAYS,
  type TierShares,
} from "../../../core/clients";

/**
 * The Clients view's options as the user types them (text, so a half-typed "8" is not
 * lost), their checks, and the form they are remembered in. Pure: the view shows the
 * messages under the fields they belong to.
 */

export type RankBy = "value" | "potential";
export type CadenceTier = "A" | "B" | "C";
export const CADENCE_TIERS: readonly CadenceTier[] = ["A", "B", "C"];

export interface OptionsInput {
  /** The column to rank by; undefined = revenue when the list has it, else potential. */
  readonly rankBy?: RankBy;
  /** Percentages, as typed. */
  readonly aShare: string;
  readonly bShare: string;
  readonly cadence: { readonly [T in CadenceTier]: string };
  /** YYYY-MM-DD, as a date input gives it. */
  readonly asOf: string;
}

/** A message key and its parameters, translated where it is shown. */
export type { Message } from "../../components/viewState";

export type OptionField = "aShare" | "bShare" | "asOf" | `cadence.${CadenceTier}`;

export interface CheckedOptions {
  readonly shares: TierShares;
  readonly cadence: { readonly [T in CadenceTier]: number };
  readonly asOf: Day;
}

export interface OptionsCheck {
  readonly errors: { readonly [K in OptionField]?: Message };
  /** Present only when there are no errors. */
  readonly value?: CheckedOptions;
}

/**
 * A's line must leave room for B and C, and B's must come after A's: a tier A of 0% or
 * 100% (nobody, everybody) is no ranking at all. B may reach 100% (no C clients), as
 * when a small list is all worth seeing.
 */
export const A_SHARE_RANGE = { min: 1, max: 99 } as const;
export const B_SHARE_MAX = 100;

/** A number as typed, width-folded ("８０" is 80); undefined for blank or non-numbers. */
function numberOf(text: string): number | undefined {
  const t = text.normalize("NFKC").trim();
  if (t === "") return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function checkOptions(input: OptionsInput): OptionsCheck {
  const errors: { [K in OptionField]?: Message } = {};
  const a = numberOf(input.aShare);
  const b = numberOf(input.bShare);
  const aOk = a !== undefined && a >= A_SHARE_RANGE.min && a <= A_SHARE_RANGE.max;
  if (!aOk) errors.aShare = { key: "clients.view.shareRange", params: A_SHARE_RANGE };
  if (b === undefined || b <= 0 || b > B_SHARE_MAX)
    errors.bShare = {
      key: "clients.view.shareRange",
      params: { min: A_SHARE_RANGE.min + 1, max: B_SHARE_MAX },
    };
  else if (aOk && b <= a) errors.bShare = { key: "clients.view.bAboveA", params: { a: a! } };

  const cadence: { [T in CadenceTier]?: number } = {};
  for (const tier of CADENCE_TIERS) {
    const days = numberOf(input.cadence[tier]);
    if (days === undefined || !Number.isInteger(days) || days < 1 || days > MAX_INTERVAL_DAYS)
      errors[`cadence.${tier}`] = {
        key: "clients.view.cadenceRange",
        params: { max: MAX_INTERVAL_DAYS },
      };
    else cadence[tier] = days;
  }

  const asOf = parseIsoDate(input.asOf.trim());
  if (asOf === undefined) errors.asOf = { key: "clients.view.asOfInvalid" };

  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    value: {
      shares: { a: a! / 100, b: b! / 100 },
      cadence: cadence as CheckedOptions["cadence"],
      asOf: asOf!,
    },
  };
}

/** Today in the user's time zone: the day their calendar shows, not UTC's. */
export function today(now: Date = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

// Shares are kept as fractions in core; shown as whole percentages where they are whole.
const percent = (share: number) => String(Math.round(share * 1e6) / 1e4);

export function defaultOptions(asOf: Day): OptionsInput {
  return {
    aShare: percent(DEFAULT_SHARES.a),
    bShare: percent(DEFAULT_SHARES.b),
    cadence: {
      A: String(DEFAULT_CADENCE.A),
      B: String(DEFAULT_CADENCE.B),
      C: String(DEFAULT_CADENCE.C),
    },
    asOf: isoDate(asOf),
  };
}

/** What the workbook keeps of the last run's options. The as-of day is not kept: it is today. */
export interface SavedOptions {
  readonly rankBy?: RankBy;
  readonly shares: TierShares;
  readonly cadence: { readonly [T in CadenceTier]: number };
}

export function toSaved(rankBy: RankBy | undefined, value: CheckedOptions): SavedOptions {
  return { rankBy, shares: value.shares, cadence: value.cadence };
}

/**
 * The saved options over the defaults; a saved value that does not pass the checks
 * (written by hand, or by another version) is dropped for its default.
 */
export function fromSaved(saved: unknown, asOf: Day): OptionsInput {
  const base = defaultOptions(asOf);
  if (typeof saved !== "object" || saved === null) return base;
  const s = saved as Partial<SavedOptions>;
  const candidate: OptionsInput = {
    rankBy: s.rankBy === "value" || s.rankBy === "potential" ? s.rankBy : undefined,
    aShare: typeof s.shares?.a === "number" ? percent(s.shares.a) : base.aShare,
    bShare: typeof s.shares?.b === "number" ? percent(s.shares.b) : base.bShare,
    cadence: {
      A: typeof s.cadence?.A === "number" ? String(s.cadence.A) : base.cadence.A,
      B: typeof s.cadence?.B === "number" ? String(s.cadence.B) : base.cadence.B,
      C: typeof s.cadence?.C === "number" ? String(s.cadence.C) : base.cadence.C,
    },
    asOf: base.asOf,
  };
  const { errors } = checkOptions(candidate);
  return {
    ...candidate,
    aShare: errors.aShare || errors.bShare ? base.aShare : candidate.aShare,
    bShare: errors.aShare || errors.bShare ? base.bShare : candidate.bShare,
    cadence: {
      A: errors["cadence.A"] ? base.cadence.A : candidate.cadence.A,
      B: errors["cadence.B"] ? base.cadence.B : candidate.cadence.B,
      C: errors["cadence.C"] ? base.cadence.C : candidate.cadence.C,
    },
  };
}

/** The rank column in force: the one asked for when the list has it, else the other, else none. */
export function effectiveRankBy(
  asked: RankBy | undefined,
  columns: { readonly value?: number; readonly potential?: number }
): RankBy | undefined {
  const order: RankBy[] = asked === "potential" ? ["potential", "value"] : ["value", "potential"];
  return order.find((f) => columns[f] !== undefined);
}
