import { isoDate, parseIsoDate } from "../../../core/calendar";
import {
  checkOptions,
  defaultOptions,
  effectiveRankBy,
  fromSaved,
  toSaved,
  today,
  type OptionsInput,
} from "./options";

const asOf = parseIsoDate("2025-03-20")!;
const base = defaultOptions(asOf);
const withShares = (aShare: string, bShare: string): OptionsInput => ({ ...base, aShare, bShare });

describe("checkOptions", () => {
  it("accepts the defaults: A to 80%, B to 95%, A every 14 days, B 30, C 90, as of the given day", () => {
    expect(checkOptions(base)).toEqual({
      errors: {},
      value: { shares: { a: 0.8, b: 0.95 }, cadence: { A: 14, B: 30, C: 90 }, asOf },
    });
  });

  it.each([
    ["B below A", "80", "70", "bShare", "clients.view.bAboveA"],
    ["B equal to A", "80", "80", "bShare", "clients.view.bAboveA"],
    ["A of 0%", "0", "95", "aShare", "clients.view.shareRange"],
    ["A of 100%", "100", "100", "aShare", "clients.view.shareRange"],
    ["B above 100%", "80", "101", "bShare", "clients.view.shareRange"],
    ["A left blank", "", "95", "aShare", "clients.view.shareRange"],
    ["text for B", "80", "abc", "bShare", "clients.view.shareRange"],
  ])("refuses %s, under the field that is wrong", (_, a, b, field, key) => {
    const check = checkOptions(withShares(a, b));
    expect(check.value).toBeUndefined();
    expect(check.errors).toEqual({ [field]: expect.objectContaining({ key }) });
  });

  it("reads full-width digits and fractions of a percent", () => {
    expect(checkOptions(withShares("７０", "92.5")).value?.shares).toEqual({ a: 0.7, b: 0.925 });
  });

  it.each([["0"], ["1.5"], ["366"], [""]])("refuses a cadence of %p days", (days) => {
    const check = checkOptions({ ...base, cadence: { ...base.cadence, B: days } });
    expect(Object.keys(check.errors)).toEqual(["cadence.B"]);
  });

  it("refuses an as-of day that is not a date", () => {
    expect(Object.keys(checkOptions({ ...base, asOf: "2025-02-30" }).errors)).toEqual(["asOf"]);
  });
});

describe("remembered options", () => {
  it("come back as they were saved, with today as the as-of day", () => {
    const value = checkOptions({
      ...withShares("70", "90"),
      cadence: { A: "7", B: "21", C: "60" },
    }).value!;
    const back = fromSaved(JSON.parse(JSON.stringify(toSaved("potential", value))), asOf);
    expect(back).toEqual({
      rankBy: "potential",
      aShare: "70",
      bShare: "90",
      cadence: { A: "7", B: "21", C: "60" },
      asOf: "2025-03-20",
    });
  });

  it("fall back to the defaults where a saved value does not pass the checks", () => {
    const back = fromSaved(
      { rankBy: "size", shares: { a: 0.9, b: 0.5 }, cadence: { A: 0, B: 30, C: "x" } },
      asOf
    );
    expect(back).toEqual({ ...base, rankBy: undefined, cadence: { A: "14", B: "30", C: "90" } });
  });

  it("are the defaults when nothing was saved", () => {
    expect(fromSaved(undefined, asOf)).toEqual(base);
  });
});

describe("effectiveRankBy", () => {
  it.each([
    [undefined, { value: 2, potential: 3 }, "value"],
    ["potential", { value: 2, potential: 3 }, "potential"],
    ["potential", { value: 2 }, "value"],
    ["value", { potential: 3 }, "potential"],
    ["value", {}, undefined],
  ] as const)("asked %p with columns %p ranks by %p", (asked, columns, expected) => {
    expect(effectiveRankBy(asked, columns)).toBe(expected);
  });
});

describe("today", () => {
  it("is the calendar day of the user's clock", () => {
    expect(isoDate(today(new Date(2025, 2, 20, 23, 59)))).toBe("2025-03-20");
  });
});
