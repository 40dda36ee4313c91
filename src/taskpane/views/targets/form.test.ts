import { dayFromYmd } from "../../../core/calendar";
import { paramRows, type Breakdown } from "../../../core/targets";
import {
  checkForm,
  defaultForm,
  fieldOf,
  fromParamRows,
  fromSaved,
  newRow,
  NO_DATES,
  toSaved,
  type FieldKey,
  type TargetsForm,
} from "./form";

const NOW = new Date(2026, 2, 15);
const amountText = (n: number) => `¥${n.toLocaleString("en-US")}`;

function form(change: Partial<TargetsForm> = {}): TargetsForm {
  return { ...defaultForm("en", NOW), annual: "5,880,000", year: "2026", ...change };
}

const rows = (...pairs: [string, string][]) => pairs.map(([n, s]) => newRow(n, s));
const seed = rows(["主战场", "50"], ["副战场", "40"], ["海外", "10"]);
const monthsOf = (b: Breakdown | undefined) => b?.months.map((m) => m.units);

describe("checking the Targets form", () => {
  it("breaks a complete form down, adding back to the annual target", () => {
    const c = checkForm(form({ markets: seed }));
    expect(c.issues).toEqual({});
    expect(c.first).toBeUndefined();
    expect(c.breakdown!.quarters.reduce((s, q) => s + q.units, 0)).toBe(5_880_000);
    expect(c.breakdown!.markets.map((m) => m.units)).toEqual([2_940_000, 2_352_000, 588_000]);
  });

  const feb = dayFromYmd(2026, 2, 1);
  const februaryOff = Array.from({ length: 28 }, (_, i) => feb + i);

  it.each<[string, Partial<TargetsForm>, FieldKey, string]>([
    ["no target", { annual: "" }, "annual", "targets.view.annualMissing"],
    ["a target that is not a number", { annual: "lots" }, "annual", "targets.annualNotNumber"],
    ["a negative target", { annual: "-5" }, "annual", "targets.annualNegative"],
    [
      "a target finer than the unit",
      { annual: "5,880,500", unit: 1000 },
      "annual",
      "targets.annualNotMultiple",
    ],
    ["a year that is not one", { year: "26" }, "year", "targets.view.yearInvalid"],
    [
      "a week with no working day",
      { calendar: { ...form().calendar, weekend: Array(7).fill(true), customWeekend: true } },
      "weekend",
      "targets.view.weekendAllOff",
    ],
    [
      "the China calendar for a year it does not cover",
      { year: "2031", calendar: { ...form().calendar, china: true } },
      "china",
      "calendar.chinaNotCovered",
    ],
    [
      "a date both a holiday and a make-up day",
      {
        calendar: {
          ...form().calendar,
          holidays: { dates: [feb], bad: [] },
          workdays: { dates: [feb], bad: [] },
        },
      },
      "workdays",
      "calendar.conflict",
    ],
    [
      "monthly weights all left blank",
      { weights: { kind: "monthly", monthly: Array(12).fill("") } },
      "weights",
      "targets.weightsAllZero",
    ],
    [
      "a monthly weight that is not a number",
      { weights: { kind: "monthly", monthly: ["1", "x", ...Array(10).fill("1")] } },
      "weights",
      "targets.weightNotNumber",
    ],
    [
      "a month with weight and no working day",
      {
        calendar: { ...form().calendar, holidays: { dates: februaryOff, bad: [] } },
        weights: { kind: "month", monthly: Array(12).fill("") },
      },
      "weights",
      "targets.monthNoWorkday",
    ],
    [
      "market shares adding up to 97%",
      { markets: rows(["主战场", "50"], ["副战场", "40"], ["海外", "7"]) },
      "markets",
      "targets.marketSharesSum",
    ],
    [
      "a tier without a name",
      { tiers: rows(["A", "60"], ["", "40"]) },
      "tiers",
      "targets.tierNameMissing",
    ],
  ])("shows %s under its field", (_what, change, field, code) => {
    const c = checkForm(form(change));
    expect(c.issues[field]?.code).toBe(code);
    expect(c.first?.code).toBe(code);
    expect(c.breakdown).toBeUndefined();
  });

  it("names the month whose weight is not a number", () => {
    const c = checkForm(
      form({ weights: { kind: "monthly", monthly: ["1", "x", ...Array(10).fill("1")] } })
    );
    expect(c.issues.weights?.params).toMatchObject({ what: "2026-02", value: "x" });
  });

  it("shows every field's problem at once, and names the topmost first", () => {
    const c = checkForm(
      form({ annual: "", markets: rows(["a", "50"], ["b", "47"]), tiers: rows(["A", "0.7"]) })
    );
    expect(c.issues.annual?.code).toBe("targets.view.annualMissing");
    expect(c.issues.markets).toMatchObject({
      code: "targets.marketSharesSum",
      params: { sum: "97" },
    });
    expect(c.issues.tiers?.code).toBe("targets.tierSharesSum");
    expect(c.first?.code).toBe("targets.view.annualMissing");
  });

  it("ignores a row left blank, as just added", () => {
    const c = checkForm(form({ markets: [...seed, newRow()] }));
    expect(c.breakdown!.markets).toHaveLength(3);
  });

  it("takes the China calendar's days off and make-up days into the working days", () => {
    const plain = checkForm(form());
    const china = checkForm(form({ calendar: { ...form().calendar, china: true } }));
    const working = (c: typeof plain) => c.breakdown!.days.filter((d) => d.working).length;
    expect(china.china!.holidays).toBeGreaterThan(0);
    expect(working(china)).toBe(working(plain) - china.china!.holidays + china.china!.workdays);
  });

  it("plans twelve months from the first month chosen", () => {
    const c = checkForm(form({ firstMonth: 4 }));
    expect(c.breakdown!.months.map((m) => m.key)).toEqual([
      ...["04", "05", "06", "07", "08", "09", "10", "11", "12"].map((m) => `2026-${m}`),
      "2027-01",
      "2027-02",
      "2027-03",
    ]);
  });

  it.each([
    ["targets.annualTooLarge", "annual"],
    ["targets.marketNameDuplicate", "markets"],
    ["targets.tooManyCells", "tiers"],
    ["targets.weightsTooLarge", "weights"],
    ["targets.noWorkingDays", "weekend"],
    ["calendar.conflict", "workdays"],
    ["something.else", "general"],
  ])("puts the core issue %s under %s", (code, field) => {
    expect(fieldOf(code)).toBe(field);
  });
});

describe("the defaults", () => {
  it.each([
    [2026, 3, "2026"],
    [2026, 10, "2027"],
  ])("plans the year ahead from October (%i-%i → %s)", (year, month, planned) => {
    expect(defaultForm("en", new Date(year, month - 1, 15)).year).toBe(planned);
  });

  it.each([
    ["zh-Hans", true],
    ["zh-Hant", false],
    ["en", false],
  ] as const)("turns the China calendar on for %s: %p", (lang, on) => {
    expect(defaultForm(lang, NOW).calendar.china).toBe(on);
  });
});

describe("storing the parameters with the workbook", () => {
  // A fiscal year the China calendar covers (April 2025 to March 2026).
  const full = form({
    year: "2025",
    unit: 100,
    firstMonth: 4,
    calendar: {
      ...form().calendar,
      // Saturday off only: no preset, so it comes back as picked day by day.
      weekend: [false, false, false, false, false, true, false],
      china: true,
      holidays: { dates: [dayFromYmd(2025, 6, 16)], from: "Cal!A2:A3", bad: ["A3"] },
      workdays: NO_DATES,
    },
    weights: {
      kind: "monthly",
      monthly: ["40", "30", "50", "50", "50", "60", "50", "50", "50", "50", "80", "120"],
    },
    markets: seed,
    tiers: rows(["A", "40"], ["B", "30"], ["C", "20"], ["新客户", "10"]),
  });
  const b = checkForm(full).breakdown!;

  it("gives back the same form, and the same breakdown, after a trip through JSON", () => {
    const back = fromSaved(JSON.parse(JSON.stringify(toSaved(full, b))), "en", amountText)!;
    expect(back.annual).toBe("¥5,880,000");
    expect([back.year, back.firstMonth, back.unit]).toEqual(["2025", 4, 100]);
    expect(back.calendar.holidays).toEqual({
      dates: full.calendar.holidays.dates,
      from: "Cal!A2:A3",
      bad: [],
    });
    expect(back.calendar.customWeekend).toBe(true);
    expect(back.markets.map((r) => [r.name, r.share])).toEqual([
      ["主战场", "50"],
      ["副战场", "40"],
      ["海外", "10"],
    ]);
    expect(monthsOf(checkForm(back).breakdown)).toEqual(monthsOf(b));
  });

  it.each([
    ["nothing", undefined],
    ["not an object", "annual=5880000"],
    ["another version", { ...toSaved(full, b), version: 2 }],
    ["a start that is not a date", { ...toSaved(full, b), start: "April" }],
    ["shares without numbers", { ...toSaved(full, b), markets: [{ name: "a", share: "50" }] }],
  ])("ignores a stored setting that is %s", (_what, raw) => {
    expect(fromSaved(raw, "en", amountText)).toBeUndefined();
  });

  it("reads the parameters table back, taking the China calendar's days out of the user's lists", () => {
    const table = paramRows(b, "zh-Hans").map(([key, label, value]) => [key, label, value]);
    const back = fromParamRows(table, "en", amountText)!;
    expect(back.calendar.china).toBe(true);
    expect(back.calendar.holidays.dates).toEqual(full.calendar.holidays.dates);
    expect(back.calendar.workdays.dates).toEqual([]);
    expect(back.tiers.map((r) => r.name)).toEqual(["A", "B", "C", "新客户"]);
    expect(monthsOf(checkForm(back).breakdown)).toEqual(monthsOf(b));
  });

  it("reads a weekend mask that came back from the sheet as a number", () => {
    const table = paramRows(checkForm(form()).breakdown!, "en").map(([k, l, v]) =>
      k === "weekend" ? [k, l, 11] : [k, l, v]
    );
    const back = fromParamRows(table, "en", amountText)!;
    expect(back.calendar.weekend.map((off, i) => off === i >= 5)).toEqual(Array(7).fill(true));
  });

  it("gives up on a parameters table it cannot read", () => {
    expect(fromParamRows([["annual", "Annual target", "a lot"]], "en", amountText)).toBeUndefined();
  });
});
