import { dayFromYmd, dayToSerial } from "../../src/core/calendar";
import { breakDown } from "../../src/core/targets";
import { targetfor } from "../../src/functions/impl/targets";
import type { Scenario } from "./types";

/**
 * Benchmarks of the targets feature, run by scripts/bench.ts. Budgets from issue 3:
 * a daily breakdown of one year × 3 markets × 4 tiers well under 50 ms.
 */
const markets = [
  { name: "主战场", share: 50 },
  { name: "副战场", share: 40 },
  { name: "海外", share: 10 },
];
const tiers = [
  { name: "A", share: 40 },
  { name: "B", share: 30 },
  { name: "C", share: 20 },
  { name: "new", share: 10 },
];
const jan1 = dayFromYmd(2026, 1, 1);
const everyDay = Array.from({ length: 1000 }, (_, i) => dayToSerial(jan1 + (i % 365)));

export const scenarios: Scenario[] = [
  {
    name: "targets: daily breakdown, 1 year × 3 markets × 4 tiers",
    iterations: 50,
    run: () => {
      const r = breakDown({ annual: 5880000, start: jan1, markets, tiers });
      if (!r.ok) throw new Error(r.issue.code);
    },
  },
  {
    // A sheet column of TARGETFOR over one plan: Excel recalculates them together.
    name: "targets: 1,000 TARGETFOR calls, one plan",
    iterations: 10,
    items: 1000,
    itemName: "calls",
    run: () => {
      for (const d of everyDay) targetfor(5880000, d, "day");
    },
  },
  {
    // Worst case: every call a different plan, so no call reuses a breakdown.
    name: "targets: 1,000 TARGETFOR calls, each a different plan",
    iterations: 3,
    items: 1000,
    itemName: "calls",
    run: () => {
      everyDay.forEach((d, i) => targetfor(5880000 + i, d, "day"));
    },
  },
];
