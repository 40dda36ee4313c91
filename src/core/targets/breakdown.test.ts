import { dayFromYmd, isoDate, makeCalendar, parseIsoDate } from "../calendar";
import { describeIssue } from "../i18n";
import type { Result } from "../issues";
import { amountToUnits, breakDown, unitsToAmount } from "./breakdown";
import { planPeriod } from "./period";
import type { Breakdown, TargetInput } from "./types";

const d = (iso: string) => parseIsoDate(iso)!;
const jan1 = d("2026-01-01");

function value(r: Result<Breakdown>): Breakdown {
  if (!r.ok) throw new Error(`unexpected issue ${r.issue.code}`);
  return r.value;
}

function issueOf(input: TargetInput): string {
  const r = breakDown(input);
  return r.ok ? "ok" : r.issue.code;
}

describe("plan periods", () => {
  it("spans a calendar year from January", () => {
    const p = planPeriod(jan1);
    expect(p.ok && [isoDate(p.value.start), isoDate(p.value.end), p.value.months.length]).toEqual([
      "2026-01-01",
      "2026-12-31",
      12,
    ]);
  });

  it("spans twelve months from any start month (a fiscal year from April)", () => {
    const b = value(breakDown({ annual: 1200, start: d("2026-04-01") }));
    expect([isoDate(b.end), b.months[0].key, b.months[11].key]).toEqual([
      "2027-03-31",
      "2026-04",
      "2027-03",
    ]);
    expect(b.quarters.map((q) => q.key)).toEqual(["2026-Q2", "2026-Q3", "2026-Q4", "2027-Q1"]);
  });

  it("clips calendar quarters to a plan that starts mid-quarter", () => {
    const b = value(breakDown({ annual: 1200, start: d("2026-02-01") }));
    expect(b.quarters.map((q) => `${q.key} ${isoDate(q.start)}`)).toEqual([
      "2026-Q1 2026-02-01",
      "2026-Q2 2026-04-01",
      "2026-Q3 2026-07-01",
      "2026-Q4 2026-10-01",
      "2027-Q1 2027-01-01",
    ]);
  });

  it("keys weeks by ISO week-year, so the first days of 2027 are 2026-W53, clipped to the plan", () => {
    const b = value(breakDown({ annual: 1200, start: d("2027-01-01") }));
    expect([b.weeks[0].key, isoDate(b.weeks[0].start), isoDate(b.weeks[0].end)]).toEqual([
      "2026-W53",
      "2027-01-01",
      "2027-01-03",
    ]);
    expect(b.weeks[1].key).toBe("2027-W01");
  });

  it("refuses a start that is not the first of a month, and says which date to use", () => {
    const r = breakDown({ annual: 100, start: d("2026-04-15") });
    expect(!r.ok && describeIssue(r.issue, "en")).toBe(
      "a plan starts on the first day of a month; 2026-04-15 is not. Use 2026-04-01."
    );
  });
});

describe("spreading the year", () => {
  it("spreads evenly over working days by default, days differing by one unit at most", () => {
    // 2026 with Saturday and Sunday off has 261 working days; 1000 = 261 × 3 + 217.
    const b = value(breakDown({ annual: 1000, start: jan1 }));
    const working = b.days.filter((x) => x.working);
    expect(working.length).toBe(261);
    expect(new Set(working.map((x) => x.units))).toEqual(new Set([3, 4]));
    expect(working.filter((x) => x.units === 4).length).toBe(1000 - 261 * 3);
  });

  it("gives each month a twelfth when weights are even per month", () => {
    const b = value(breakDown({ annual: 1200, start: jan1, weights: { kind: "month" } }));
    expect(b.months.every((m) => m.units === 100)).toBe(true);
  });

  it("follows twelve monthly weights given as amounts (last year's sales)", () => {
    const lastYear = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 90];
    const b = value(
      breakDown({ annual: 2000, start: jan1, weights: { kind: "monthly", amounts: lastYear } })
    );
    expect(b.months[11].units).toBe(900);
    expect(b.months[0].units).toBe(100);
  });

  it("puts everything on the days that carry a weight", () => {
    const days = [
      { date: d("2026-03-02"), weight: 3 },
      { date: d("2026-03-03"), weight: 1 },
    ];
    const b = value(breakDown({ annual: 400, start: jan1, weights: { kind: "daily", days } }));
    expect(b.days.filter((x) => x.units > 0).map((x) => [isoDate(x.date), x.units])).toEqual([
      ["2026-03-02", 300],
      ["2026-03-03", 100],
    ]);
  });

  it("moves targets off holidays and onto make-up working days", () => {
    const calendar = makeCalendar(undefined, [d("2026-10-01"), d("2026-10-02")], [d("2026-10-10")]);
    const b = value(breakDown({ annual: 26100, start: jan1, calendar }));
    const on = (iso: string) => b.days[d(iso) - jan1].units;
    expect([on("2026-10-01"), on("2026-10-02"), on("2026-10-10") > 0, on("2026-10-11")]).toEqual([
      0,
      0,
      true,
      0,
    ]);
  });
});

describe("rounding units", () => {
  it.each([
    [0.01, 1234.56, 123456],
    [1, 5880000, 5880000],
    [100, 5880000, 58800],
    [1000, 5880000, 5880],
  ])("with unit %p reads %p as %p units and back", (unit, amount, units) => {
    expect(amountToUnits(amount, unit)).toBe(units);
    expect(unitsToAmount(units, unit)).toBe(amount);
  });

  it("shows cents as exact decimals", () => {
    const b = value(breakDown({ annual: 1000.01, start: jan1, unit: 0.01 }));
    const amounts = b.days.filter((x) => x.working).map((x) => unitsToAmount(x.units, 0.01));
    expect(amounts.every((a) => /^\d+(\.\d{1,2})?$/.test(String(a)))).toBe(true);
  });
});

describe("bad input becomes an issue with a clear message", () => {
  it.each<[string, Partial<TargetInput>, string]>([
    ["a negative target", { annual: -5 }, "targets.annualNegative"],
    ["a target that is not a number", { annual: NaN }, "targets.annualNotNumber"],
    ["a target with cents when the unit is 1", { annual: 10.5 }, "targets.annualNotMultiple"],
    ["a target too large to split exactly", { annual: 1e17 }, "targets.annualTooLarge"],
    ["an unknown rounding unit", { unit: 5 }, "targets.unitInvalid"],
    [
      "weights that are all zero",
      { weights: { kind: "monthly", amounts: Array(12).fill(0) } },
      "targets.weightsAllZero",
    ],
    [
      "eleven monthly weights",
      { weights: { kind: "monthly", amounts: Array(11).fill(1) } },
      "targets.weightsCount",
    ],
    [
      "a negative weight",
      { weights: { kind: "monthly", amounts: [-1, ...Array(11).fill(1)] } },
      "targets.weightNegative",
    ],
    [
      "a weight that is not a number",
      { weights: { kind: "monthly", amounts: [NaN, ...Array(11).fill(1)] } },
      "targets.weightNotNumber",
    ],
    [
      "a weight on a Sunday",
      { weights: { kind: "daily", days: [{ date: d("2026-03-01"), weight: 1 }] } },
      "targets.weightOnDayOff",
    ],
    [
      "a weight outside the plan",
      { weights: { kind: "daily", days: [{ date: d("2027-03-01"), weight: 1 }] } },
      "targets.dateOutsidePlan",
    ],
    [
      "market shares adding up to 97%",
      {
        markets: [
          { name: "A", share: 57 },
          { name: "B", share: 40 },
        ],
      },
      "targets.marketSharesSum",
    ],
    [
      "a negative tier share",
      {
        tiers: [
          { name: "A", share: 110 },
          { name: "B", share: -10 },
        ],
      },
      "targets.tierShareNegative",
    ],
    [
      "a market without a name",
      { markets: [{ name: " ", share: 100 }] },
      "targets.marketNameMissing",
    ],
    [
      "a market listed twice",
      {
        markets: [
          { name: "A", share: 50 },
          { name: "A", share: 50 },
        ],
      },
      "targets.marketNameDuplicate",
    ],
    [
      "a date both holiday and make-up day",
      { calendar: makeCalendar(undefined, [jan1], [jan1]) },
      "calendar.conflict",
    ],
  ])("reports %s", (_, change, code) => {
    expect(issueOf({ annual: 1200, start: jan1, ...change })).toBe(code);
  });

  it("reports a weighted month with no working day", () => {
    const february = Array.from({ length: 28 }, (_, i) => dayFromYmd(2026, 2, i + 1));
    const calendar = makeCalendar(undefined, february, []);
    const r = breakDown({ annual: 1200, start: jan1, calendar, weights: { kind: "month" } });
    expect(!r.ok && describeIssue(r.issue, "en")).toBe(
      "2026-02 has a weight but no working day; give it weight 0 or list make-up working days in it."
    );
  });

  it("says what market shares add up to, in each language", () => {
    const r = breakDown({
      annual: 100,
      start: jan1,
      markets: [
        { name: "A", share: 0.57 },
        { name: "B", share: 0.4 },
      ],
    });
    expect(!r.ok && describeIssue(r.issue, "en")).toBe(
      "market shares add up to 97%; they must add up to 100%."
    );
    expect(!r.ok && describeIssue(r.issue, "zh-Hans")).toBe("市场占比合计为 97%,必须合计为 100%。");
    expect(!r.ok && describeIssue(r.issue, "zh-Hant")).toBe("市場占比合計為 97%,必須合計為 100%。");
  });

  it("refuses more market × tier combinations than a person can read", () => {
    const many = (p: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({ name: `${p}${i}`, share: 100 / n }));
    expect(
      issueOf({ annual: 100, start: jan1, markets: many("M", 20), tiers: many("T", 10) })
    ).toBe("targets.tooManyCells");
  });
});

describe("shares as percentages or fractions", () => {
  const split = (shares: number[]) =>
    breakDown({
      annual: 1000,
      start: jan1,
      markets: shares.map((share, i) => ({ name: `M${i}`, share })),
    });

  it("reads 50/40/10 and 0.5/0.4/0.1 the same way", () => {
    const a = value(split([50, 40, 10]));
    const b = value(split([0.5, 0.4, 0.1]));
    expect(b.markets.map((m) => [m.percent, m.units])).toEqual(
      a.markets.map((m) => [m.percent, m.units])
    );
    expect(a.markets.map((m) => m.units)).toEqual([500, 400, 100]);
  });

  it("accepts thirds typed to six places and splits them exactly", () => {
    const b = value(split([0.333333, 0.333333, 0.333333]));
    expect(b.markets.map((m) => m.units).sort()).toEqual([333, 333, 334]);
  });

  it("refuses 33.33 three times: that is 99.99%", () => {
    const r = split([33.33, 33.33, 33.33]);
    expect(!r.ok && r.issue.params?.sum).toBe("99.99");
  });

  it("combines markets and tiers into market × tier cells", () => {
    const b = value(
      breakDown({
        annual: 1000,
        start: jan1,
        markets: [
          { name: "N", share: 60 },
          { name: "S", share: 40 },
        ],
        tiers: [
          { name: "A", share: 50 },
          { name: "B", share: 50 },
        ],
      })
    );
    expect(b.cells).toEqual([
      { market: "N", tier: "A" },
      { market: "N", tier: "B" },
      { market: "S", tier: "A" },
      { market: "S", tier: "B" },
    ]);
    expect(b.cellTotals).toEqual([300, 300, 200, 200]);
    expect(b.tiers.map((t) => t.units)).toEqual([500, 500]);
  });
});
