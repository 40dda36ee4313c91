import type { Day, WorkCalendar } from "../calendar";

/** A market or client tier and its share, as typed: 50 (percent) or 0.5 (fraction); see shares.ts. */
export interface ShareInput {
  readonly name: string;
  readonly share: number;
}

/**
 * How the year is spread over its working days.
 * - workday: every working day weighs the same (the default);
 * - month: every month gets a twelfth, spread evenly over its working days;
 * - monthly: twelve weights in plan order (e.g. last year's monthly sales, as amounts);
 * - daily: a weight per date; working days not listed weigh 0.
 */
export type WeightSpec =
  | { readonly kind: "workday" }
  | { readonly kind: "month" }
  | { readonly kind: "monthly"; readonly amounts: readonly number[] }
  | {
      readonly kind: "daily";
      readonly days: readonly { readonly date: Day; readonly weight: number }[];
    };

export interface TargetInput {
  /** The annual target in currency units; a multiple of `unit`. */
  readonly annual: number;
  /** First day of the plan; the first of a month. */
  readonly start: Day;
  /** Rounding unit: 1 by default; 0.01, 0.1, 10, 100 and 1000 also accepted. */
  readonly unit?: number;
  /** Default: Saturday and Sunday off, no holidays. */
  readonly calendar?: WorkCalendar;
  /** Name of the built-in calendar the calendar came from ("CN"), recorded with the parameters. */
  readonly calendarName?: string;
  readonly weights?: WeightSpec;
  readonly markets?: readonly ShareInput[];
  readonly tiers?: readonly ShareInput[];
}

/** One market × tier combination (either part absent when that split is not given). */
export interface TargetCell {
  readonly market?: string;
  readonly tier?: string;
}

export interface TargetDay {
  readonly date: Day;
  readonly working: boolean;
  /** The day's target in whole rounding units. */
  readonly units: number;
  /** Units per cell, in the order of `Breakdown.cells`; they add up to `units`. */
  readonly cells: readonly number[];
}

export interface TargetPeriod {
  /** "2026-W01", "2026-01", "2026-Q1", or the ISO date for a day. */
  readonly key: string;
  readonly start: Day;
  readonly end: Day;
  readonly units: number;
  readonly workingDays: number;
}

/** A market's or tier's total. */
export interface SplitTotal {
  readonly name: string;
  /** The share as read, in percent (0.5 given as a fraction reads as 50). */
  readonly percent: number;
  readonly units: number;
}

/**
 * The result of a breakdown. All amounts are whole numbers of `unit` (use
 * `unitsToAmount` to show them), so every sum is exact.
 */
export interface Breakdown {
  readonly annual: number;
  readonly annualUnits: number;
  readonly unit: number;
  readonly start: Day;
  readonly end: Day;
  readonly calendar: WorkCalendar;
  readonly calendarName?: string;
  readonly weights: WeightSpec;
  /** Empty when neither markets nor tiers are given. */
  readonly cells: readonly TargetCell[];
  /** Units per cell over the year, in the order of `cells`. */
  readonly cellTotals: readonly number[];
  readonly markets: readonly SplitTotal[];
  readonly tiers: readonly SplitTotal[];
  /** Every calendar day of the plan, in order. */
  readonly days: readonly TargetDay[];
  readonly weeks: readonly TargetPeriod[];
  readonly months: readonly TargetPeriod[];
  readonly quarters: readonly TargetPeriod[];
}

export type PeriodKind = "quarter" | "month" | "week" | "day";
