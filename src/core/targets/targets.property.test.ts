import fc from "fast-check";
import { dayFromYmd, isoWeekday, isWorkingDay, makeCalendar, type Day } from "../calendar";
import { amountToUnits, breakDown, unitsToAmount, UNITS } from "./breakdown";
import { monthKey, quarterKey, weekKey } from "./period";
import { largestRemainder } from "./rounding";
import type { Breakdown, ShareInput, TargetInput, WeightSpec } from "./types";

/**
 * The invariants of issue 3, for any valid input. Exact comparisons use BigInt (tests
 * run in Node), so "within one unit of annual × share" is checked without float error:
 * |units × W − T × w| ≤ W.
 */

const big = BigInt;

function withinOneUnit(units: number, total: number, w: bigint, W: bigint): boolean {
  const diff = big(units) * W - big(total) * w;
  return (diff < 0n ? -diff : diff) <= W;
}

// ---- generators ----

/** Whole percents with up to two decimals, adding up to exactly 100. */
const percentList = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: min, maxLength: max }).map((raw) => {
    const ws = raw.some((x) => x > 0) ? raw : raw.map((_, i) => (i === 0 ? 1 : 0));
    const sum = ws.reduce((a, b) => a + b, 0);
    // Hundredths of a percent, made to add up to 10000 by giving the rest to the last.
    const hundredths = ws.map((w) => Math.floor((w * 10000) / sum));
    hundredths[hundredths.length - 1] += 10000 - hundredths.reduce((a, b) => a + b, 0);
    return hundredths;
  });

/** Shares as people type them: percents (50) or fractions (0.5), with names. */
const shareList = (prefix: string, max: number) =>
  fc.tuple(percentList(1, max), fc.boolean()).map(([hundredths, asFraction]) =>
    hundredths.map((h, i): ShareInput => ({
      name: `${prefix}${i + 1}`,
      share: asFraction ? h / 10000 : h / 100,
    }))
  );

const weekendArb = fc
  .array(fc.boolean(), { minLength: 7, maxLength: 7 })
  .filter((w) => w.some((off) => !off));

interface Case {
  readonly input: TargetInput;
  /** Hundredths of a percent per market / tier, for exact share checks. */
  readonly marketW?: number[];
  readonly tierW?: number[];
}

const caseArb: fc.Arbitrary<Case> = fc
  .record({
    year: fc.integer({ min: 2000, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    unit: fc.constantFrom(...UNITS),
    // Small totals stress rounding (fewer units than days); large ones the exact arithmetic.
    units: fc.oneof(
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 0, max: 1e9 }),
      fc.integer({ min: 0, max: 2 ** 51 })
    ),
    weekend: weekendArb,
    holidayOffsets: fc.array(fc.integer({ min: 0, max: 364 }), { maxLength: 40 }),
    workdayOffsets: fc.array(fc.integer({ min: 0, max: 364 }), { maxLength: 10 }),
    weightKind: fc.constantFrom("workday", "month", "monthly", "daily"),
    monthly: fc.array(
      fc.oneof(
        fc.constant(0),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: 0.5, max: 1e7, noNaN: true })
      ),
      {
        minLength: 12,
        maxLength: 12,
      }
    ),
    daily: fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 364 }),
        weight: fc.integer({ min: 0, max: 50 }),
      }),
      { maxLength: 60 }
    ),
    markets: fc.option(shareList("M", 5), { nil: undefined }),
    tiers: fc.option(shareList("T", 4), { nil: undefined }),
  })
  .map((r): Case => {
    const start = dayFromYmd(r.year, r.month, 1);
    const holidays = r.holidayOffsets.map((o) => start + o);
    const workdays = r.workdayOffsets.map((o) => start + o).filter((d) => !holidays.includes(d));
    const calendar = makeCalendar(r.weekend, holidays, workdays);
    let weights: WeightSpec;
    if (r.weightKind === "monthly") weights = { kind: "monthly", amounts: r.monthly };
    else if (r.weightKind === "daily") {
      weights = {
        kind: "daily",
        days: r.daily
          .filter((x) => isWorkingDay(calendar, start + x.offset))
          .map((x) => ({ date: start + x.offset, weight: x.weight })),
      };
    } else weights = { kind: r.weightKind as "workday" | "month" };
    const hundredths = (list?: ShareInput[]) =>
      list?.map((s) =>
        Math.round(
          (s.share <= 1 && list.reduce((a, b) => a + b.share, 0) <= 2 ? s.share * 100 : s.share) *
            100
        )
      );
    return {
      input: {
        annual: unitsToAmount(r.units, r.unit),
        start,
        unit: r.unit,
        calendar,
        weights,
        markets: r.markets,
        tiers: r.tiers,
      },
      marketW: hundredths(r.markets),
      tierW: hundredths(r.tiers),
    };
  });

/** Breakdowns of valid cases; inputs the engine rightly refuses (a weighted month with no working day) are skipped. */
function run(c: Case): Breakdown {
  const r = breakDown(c.input);
  if (!r.ok) {
    const allowed = ["targets.monthNoWorkday", "targets.weightsAllZero", "targets.noWorkingDays"];
    if (!allowed.includes(r.issue.code))
      throw new Error(`unexpected issue ${r.issue.code} ${JSON.stringify(r.issue.params)}`);
    fc.pre(false);
  }
  return (r as { ok: true; value: Breakdown }).value;
}

function gcdBig(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcdBig(b, a % b);
}

/** A key equal for days of exactly equal weight: the weight as a reduced fraction. */
function weightKey(b: Breakdown, c: Case, d: Day): string {
  const [n, den] = dayWeight(b, c, d);
  const g = gcdBig(n, den) || 1n;
  return `${n / g}/${den / g}`;
}

/** A day's weight as an exact fraction (its share of the year up to a common factor). */
function dayWeight(b: Breakdown, c: Case, d: Day): [bigint, bigint] {
  const w = c.input.weights!;
  if (!isWorkingDay(b.calendar, d)) return [0n, 1n];
  const month = b.months.findIndex((m) => m.start <= d && d <= m.end);
  const n = big(b.months[month].workingDays);
  if (w.kind === "workday") return [1n, 1n];
  if (w.kind === "month") return [1n, n];
  if (w.kind === "monthly") return [big(Math.round(w.amounts[month] * 1e6)), n];
  const weight = w.days.filter((x) => x.date === d).reduce((a, x) => a + x.weight, 0);
  return [big(weight), 1n];
}

// TARGETS_RUNS=2000 npx jest targets.property for a deeper search than the default.
const RUNS = { numRuns: Number(process.env.TARGETS_RUNS ?? 100) };

describe("target breakdown invariants (property tests)", () => {
  it("makes every amount a whole number of rounding units", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        for (const d of b.days) {
          for (const u of [d.units, ...d.cells]) {
            if (!Number.isSafeInteger(u) || u < 0) return false;
            if (amountToUnits(unitsToAmount(u, b.unit), b.unit) !== u) return false;
          }
        }
        return true;
      }),
      RUNS
    );
  });

  it("gives non-working days zero", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        return b.days.every(
          (d) =>
            isWorkingDay(b.calendar, d.date) || (d.units === 0 && d.cells.every((x) => x === 0))
        );
      }),
      RUNS
    );
  });

  it("makes each day the sum of its cells", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        return (
          b.cells.length === 0 ||
          b.days.every((d) => d.cells.reduce((a, x) => a + x, 0) === d.units)
        );
      }),
      RUNS
    );
  });

  it("makes each week, month and quarter the sum of its days, with days in the right periods", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        const check = (periods: Breakdown["weeks"], keyOf: (d: Day) => string) =>
          periods.every((p) => {
            const inside = b.days.filter((d) => d.date >= p.start && d.date <= p.end);
            return (
              inside.every((d) => keyOf(d.date) === p.key) &&
              p.units === inside.reduce((a, d) => a + d.units, 0) &&
              p.workingDays === inside.filter((d) => d.working).length
            );
          }) &&
          periods[0].start === b.start &&
          periods[periods.length - 1].end === b.end &&
          periods.every((p, i) => i === 0 || p.start === periods[i - 1].end + 1);
        return (
          check(b.weeks, weekKey) && check(b.months, monthKey) && check(b.quarters, quarterKey)
        );
      }),
      RUNS
    );
  });

  it("starts weeks on Monday except where the plan clips them", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        return b.weeks.every(
          (w, i) =>
            (i === 0 || isoWeekday(w.start) === 1) &&
            (i === b.weeks.length - 1 || isoWeekday(w.end) === 7)
        );
      }),
      RUNS
    );
  });

  it("adds the year back to the annual target exactly", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        const sum = b.days.reduce((a, d) => a + d.units, 0);
        return sum === b.annualUnits && unitsToAmount(sum, b.unit) === c.input.annual;
      }),
      RUNS
    );
  });

  it("keeps each market and tier within one unit of annual × share, adding up to the annual target", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        const T = b.annualUnits;
        const checkSplit = (
          totals: Breakdown["markets"],
          w: number[] | undefined,
          pick: (i: number, cell: number) => boolean
        ) => {
          if (!w) return totals.length === 0;
          const W = big(w.reduce((a, x) => a + x, 0));
          return (
            totals.reduce((a, s) => a + s.units, 0) === T &&
            totals.every((s, i) => {
              // The split total is what the days' cells of this market or tier add up to.
              const fromDays = b.days.reduce(
                (a, d) => a + d.cells.reduce((x, u, k) => x + (pick(i, k) ? u : 0), 0),
                0
              );
              return fromDays === s.units && withinOneUnit(s.units, T, big(w[i]), W);
            })
          );
        };
        const nT = c.tierW?.length ?? 1;
        const marketsOk = checkSplit(b.markets, c.marketW, (i, k) =>
          c.tierW ? Math.floor(k / nT) === i : k === i
        );
        const tiersOk = checkSplit(b.tiers, c.tierW, (j, k) =>
          c.marketW ? k % nT === j : k === j
        );
        return marketsOk && tiersOk;
      }),
      RUNS
    );
  });

  it("keeps each market × tier cell within one unit of annual × market share × tier share", () => {
    const both = caseArb.filter((c) => c.marketW !== undefined && c.tierW !== undefined);
    fc.assert(
      fc.property(both, (c) => {
        const b = run(c);
        const mW = c.marketW!;
        const tW = c.tierW!;
        const W = big(mW.reduce((a, x) => a + x, 0)) * big(tW.reduce((a, x) => a + x, 0));
        return b.cellTotals.every((u, k) => {
          const i = Math.floor(k / tW.length);
          const j = k % tW.length;
          const fromDays = b.days.reduce((a, d) => a + d.cells[k], 0);
          return fromDays === u && withinOneUnit(u, b.annualUnits, big(mW[i]) * big(tW[j]), W);
        });
      }),
      RUNS
    );
  });

  it("keeps each month within one unit of annual × its weight share when monthly weights are given", () => {
    const monthly = caseArb.filter(
      (c) => c.input.weights?.kind === "monthly" || c.input.weights?.kind === "month"
    );
    fc.assert(
      fc.property(monthly, (c) => {
        const b = run(c);
        const spec = c.input.weights!;
        const w =
          spec.kind === "monthly"
            ? spec.amounts.map((x) => big(Math.round(x * 1e6)))
            : b.months.map(() => 1n);
        const W = w.reduce((a, x) => a + x, 0n);
        return b.months.every((m, i) => withinOneUnit(m.units, b.annualUnits, w[i], W));
      }),
      RUNS
    );
  });

  it("keeps two working days of equal weight within one unit of each other, in total and in every cell", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const b = run(c);
        const groups = new Map<string, Breakdown["days"][number][]>();
        for (const d of b.days.filter((x) => x.working)) {
          const key = weightKey(b, c, d.date);
          groups.set(key, [...(groups.get(key) ?? []), d]);
        }
        const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs);
        return [...groups.values()].every(
          (days) =>
            spread(days.map((d) => d.units)) <= 1 &&
            b.cells.every((_, k) => spread(days.map((d) => d.cells[k])) <= 1)
        );
      }),
      RUNS
    );
  });

  it("rounds months by Hamilton's method when there is no split to reconcile", () => {
    const plain = caseArb.filter(
      (c) => !c.marketW && !c.tierW && c.input.weights?.kind !== "daily"
    );
    fc.assert(
      fc.property(plain, (c) => {
        const b = run(c);
        const spec = c.input.weights!;
        const ws =
          spec.kind === "monthly"
            ? spec.amounts.map((x) => Math.round(x * 1e6))
            : spec.kind === "month"
              ? b.months.map(() => 1)
              : b.months.map((m) => m.workingDays);
        return b.months.every((m, i) => m.units === largestRemainder(b.annualUnits, ws)[i]);
      }),
      RUNS
    );
  });

  it("gives the same output for the same input", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const cal = c.input.calendar!;
        const copy = {
          ...c.input,
          calendar: makeCalendar([...cal.weekend], [...cal.holidays], [...cal.workdays]),
        };
        expect(breakDown(copy)).toEqual(breakDown(c.input));
      }),
      { numRuns: 40 }
    );
  });
});
