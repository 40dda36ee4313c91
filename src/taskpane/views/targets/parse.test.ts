import { parseAmount, parseShare, parseYear } from "./parse";

describe("reading an amount as typed", () => {
  it.each([
    ["5880000", 5_880_000],
    ["5,880,000", 5_880_000],
    ["¥5,880,000", 5_880_000],
    ["￥５，８８０，０００", 5_880_000],
    ["CN¥5,880,000.00", 5_880_000],
    [" 5 880 000 ", 5_880_000],
    ["588万", 5_880_000],
    ["588萬", 5_880_000],
    ["1.23万", 12_300],
    ["1.2亿", 120_000_000],
    ["5.88M", 5_880_000],
    ["250k", 250_000],
    ["1234.56", 1234.56],
    ["0.1", 0.1],
    ["-100", -100],
    ["100元", 100],
  ])("reads %p as %p", (text, value) => {
    expect(parseAmount(text)).toEqual({ kind: "number", value });
  });

  it("scales by the digits, so a decimal in 万 is exact", () => {
    // 1.1 × 10000 in floating point is 11000.000000000002.
    expect(parseAmount("1.1万")).toEqual({ kind: "number", value: 11_000 });
    expect(parseAmount("0.07万")).toEqual({ kind: "number", value: 700 });
  });

  it.each(["", "   "])("says %p is empty", (text) => {
    expect(parseAmount(text)).toEqual({ kind: "empty" });
  });

  it.each(["abc", "5,88o,000", "万", "1.2.3", "--5", "5万万"])(
    "says %p is not a number",
    (text) => {
      expect(parseAmount(text)).toEqual({ kind: "invalid", text });
    }
  );
});

describe("reading a share as typed", () => {
  it.each([
    ["50", 50],
    ["50%", 50],
    [" 33.33 ", 33.33],
    ["0.5", 0.5],
    ["５０％", 50],
  ])("reads %p as %p", (text, share) => {
    expect(parseShare(text)).toBe(share);
  });

  it.each(["", "half", "5 0"])("reads %p as not a number", (text) => {
    expect(parseShare(text)).toBeNaN();
  });
});

describe("reading a plan year", () => {
  it.each([
    ["2026", 2026],
    ["２０２６", 2026],
    ["2026年", 2026],
    ["1900", 1900],
    ["9998", 9998],
  ])("reads %p as %p", (text, year) => {
    expect(parseYear(text)).toBe(year);
  });

  it.each(["26", "20266", "1899", "9999", "year"])("refuses %p", (text) => {
    expect(parseYear(text)).toBeUndefined();
  });
});
