/**
 * The sample targets parameters, as a sales director would keep them before breaking the
 * year down: the annual target, where the year starts, the rounding unit, the holiday
 * calendar, how the target splits over markets and client tiers, and last year's sales
 * by month (the weights that give a seasonal year). Figures are invented but coherent
 * with the sample client list (the three markets it uses).
 */

export interface SampleShare {
  readonly name: string;
  /** Share as a fraction: 0.6 is 60%. */
  readonly share: number;
  readonly note: string;
}

export interface SampleTargets {
  readonly year: number;
  /** Annual target in yuan. */
  readonly annual: number;
  readonly start: string;
  /** Rounding unit of day targets, in yuan. */
  readonly unit: number;
  /** Built-in holiday calendar: mainland China's, with make-up working days (调休). */
  readonly calendar: string;
  readonly markets: readonly SampleShare[];
  readonly tiers: readonly SampleShare[];
  /** Last year's sales, January to December, in yuan. */
  readonly lastYearMonthly: readonly number[];
}

export const SAMPLE_TARGETS: SampleTargets = {
  year: 2026,
  annual: 58_800_000,
  start: "2026-01-01",
  unit: 100,
  calendar: "CN",
  markets: [
    { name: "主战场", share: 0.6, note: "华东:上海、江苏、浙江" },
    { name: "副战场", share: 0.3, note: "华南、华北" },
    { name: "海外", share: 0.1, note: "台港澳及东南亚" },
  ],
  tiers: [
    { name: "A", share: 0.7, note: "累计贡献前80%的客户" },
    { name: "B", share: 0.2, note: "其后15%" },
    { name: "C", share: 0.1, note: "其余及新客户" },
  ],
  // A slow January and February (Spring Festival), a June push, and the year-end rush.
  lastYearMonthly: [
    2_860_000, 2_150_000, 3_920_000, 4_080_000, 4_310_000, 5_270_000, 3_960_000, 3_780_000,
    4_650_000, 4_120_000, 5_480_000, 6_940_000,
  ],
};
