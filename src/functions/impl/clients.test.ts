import { FUNCTION_TEXTS } from "../../core/i18n/functions";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ALL_COVERED_KEY, clientTier, nextVisit, roleCoverage } from "./clients";

const cellError = (code: string) => expect.objectContaining({ code });

describe("SALES.CLIENTTIER", () => {
  it("spills a tier per client down a column", () => {
    expect(clientTier([[1280000], [560000], [300000], [80000], [null]])).toEqual([
      ["A"],
      ["A"],
      ["B"],
      ["C"],
      ["C"],
    ]);
  });

  it("keeps the shape of a row range", () => {
    expect(clientTier([[10, 90]])).toEqual([["B", "A"]]);
  });

  it("reads amounts typed as text, in 万 and with separators", () => {
    expect(clientTier([["128万"], ["1,000,000"], ["¥30,000"]])).toEqual([["A"], ["A"], ["C"]]);
  });

  it.each([
    [0.5, 0.8, [["A"], ["A"], ["B"], ["C"]]],
    ["", "", [["A"], ["A"], ["A"], ["B"]]],
    [null, 0.9, [["A"], ["A"], ["A"], ["C"]]],
  ])("uses a_share %p and b_share %p", (a, b, expected) => {
    // Note: "" and null fall back to the defaults 0.8 / 0.95.
    expect(clientTier([[40], [30], [20], [10]], a, b)).toEqual(expected);
  });

  it.each([
    [
      [["Acme"]],
      undefined,
      undefined,
      "#VALUE!",
      'values: cell 1 holds "Acme", which is not a number; clear it or enter the amount.',
    ],
    [
      [[100], [true]],
      undefined,
      undefined,
      "#VALUE!",
      'values: cell 2 holds "TRUE", which is not a number; clear it or enter the amount.',
    ],
    [
      [[100], [{ code: "#DIV/0!" }]],
      undefined,
      undefined,
      "#VALUE!",
      "values (cell 2) holds an error value; fix the cell it refers to first.",
    ],
    [
      [[null], [""]],
      undefined,
      undefined,
      "#N/A",
      "values is required. Give a value or a cell that holds one.",
    ],
    [[[100]], 1.5, undefined, "#VALUE!", "a_share must be between 0 and 1; got 1.5."],
    [
      [[100]],
      "80%",
      undefined,
      "#VALUE!",
      'a_share must be a number; got "80%". Remove text or spaces from the cell.',
    ],
    [
      [[100]],
      0.9,
      0.8,
      "#VALUE!",
      "b_share (0.8) must be at least a_share (0.9): tier B starts where tier A ends.",
    ],
  ])("refuses values %p with a_share %p, b_share %p", (values, a, b, code, message) => {
    expect(clientTier(values as never, a, b)).toEqual({ code, message });
  });

  it("refuses a whole-column reference", () => {
    const column = Array.from({ length: 100_001 }, () => [null]);
    expect(clientTier(column)).toEqual(cellError("#VALUE!"));
  });
});

describe("SALES.NEXTVISIT", () => {
  // 2026-03-02 is serial 46083.
  it.each([
    [46083, "A", undefined, 46097],
    [46083, "b", undefined, 46113],
    [46083, "C类", undefined, 46173],
    [46083, "新客户", undefined, 46113],
    ["2026-03-02", "A", undefined, 46097],
    [[[46083]], [["A"]], undefined, 46097],
    [46083, "C", 7, 46090],
    [46083, "B", [[7], [21], [60]], 46104],
    [46083, "new", [[7], [21], [60], [10]], 46093],
    [46083, "new", [[7], [21], [60]], 46113],
    [46083, "C", 1000, 46448],
    [46083.6, "A", undefined, 46097],
  ])("gives last visit %p, tier %p, cadence %p → %d", (last, tier, cadence, serial) => {
    expect(nextVisit(last, tier, cadence)).toBe(serial);
  });

  it.each([
    [
      null,
      "A",
      undefined,
      "#N/A",
      "last_visit is blank: the client has not been visited yet, so a visit is due now.",
    ],
    [
      "last week",
      "A",
      undefined,
      "#VALUE!",
      'last_visit must be a date (a date cell or a serial number like 46023); got "last week".',
    ],
    [46083, "VIP", undefined, "#VALUE!", 'tier must be A, B, C or new (新客户); got "VIP".'],
    [46083, null, undefined, "#N/A", "tier is required. Give a value or a cell that holds one."],
    [
      46083,
      "A",
      [[7], [21]],
      "#VALUE!",
      "cadence must be one number of days, or 3 cells with the days for A, B and C (a 4th for new clients); got 2 cells.",
    ],
    [46083, "A", 0, "#VALUE!", "cadence must be between 1 and ∞; got 0."],
    [
      46083,
      "A",
      "two weeks",
      "#VALUE!",
      'cadence must be a number; got "two weeks". Remove text or spaces from the cell.',
    ],
    [
      60,
      "A",
      undefined,
      "#VALUE!",
      "last_visit is serial 60, Excel's 1900-02-29, a day that never existed; use 59 or 61.",
    ],
  ])("refuses last visit %p, tier %p, cadence %p", (last, tier, cadence, code, message) => {
    expect(nextVisit(last, tier, cadence)).toEqual({ code, message });
  });
});

describe("SALES.ROLECOVERAGE", () => {
  it.each([
    [[["接纳者"], ["不满者"]], "zh-Hans", "权力者"],
    [[["接納者"], ["不滿者"]], "zh-Hant", "權力者"],
    [[["receptive"], [null]], "en", "Dissatisfied, Power"],
    [[["接纳者"]], "zh-Hant", "不滿者、權力者"],
    [[["接纳者/不满者/权力者"]], "en", "All roles covered"],
    [[["權力者"], ["Receptive"], ["不满者"]], "zh-Hans", "角色已全部覆盖"],
    [[["-"], [""], [null]], "en", "Receptive, Dissatisfied, Power"],
    [[["power"]], "key", "receptive, dissatisfied"],
    [[["power, receptive, dissatisfied"]], "key", ALL_COVERED_KEY],
    ["接纳者", "zh-CN", "不满者、权力者"],
  ])("for roles %p in %s returns %p", (roles, lang, expected) => {
    expect(roleCoverage(roles as never, lang)).toBe(expected);
  });

  it("answers in Excel's language when no language is given", () => {
    expect(roleCoverage([["power"]])).toBe("Receptive, Dissatisfied");
  });

  it.each([
    [
      [["接纳者"], ["采购员"]],
      "en",
      "#VALUE!",
      '"采购员" is not a buyer role; use receptive (接纳者), dissatisfied (不满者) or power (权力者), in any of the three languages.',
    ],
    [
      [["接纳者"]],
      "fr",
      "#VALUE!",
      'language must be "en", "zh-Hans", "zh-Hant" or "key"; got "fr".',
    ],
    [
      [[{ code: "#REF!" }]],
      "en",
      "#VALUE!",
      "roles holds an error value; fix the cell it refers to first.",
    ],
  ])("refuses roles %p with language %p", (roles, lang, code, message) => {
    expect(roleCoverage(roles as never, lang)).toEqual({ code, message });
  });

  it("explains a bad role in the language asked for", () => {
    expect(roleCoverage([["买家"]], "zh-Hans")).toEqual(cellError("#VALUE!"));
    expect(
      (roleCoverage([["买家"]], "zh-Hans") as unknown as { message: string }).message
    ).toContain("不是买方角色");
  });
});

describe("the function texts", () => {
  const source = readFileSync(join(__dirname, "..", "clients.ts"), "utf8");
  const blocks = [
    ...source.matchAll(/\/\*\*\n \* (.+)\n \* @customfunction (\w+)\n([\s\S]*?)\*\//g),
  ];

  it("declares the three functions", () => {
    expect(blocks.map((b) => b[2])).toEqual(["CLIENTTIER", "NEXTVISIT", "ROLECOVERAGE"]);
  });

  it.each(["CLIENTTIER", "NEXTVISIT", "ROLECOVERAGE"])(
    "%s's English texts equal its JSDoc",
    (id) => {
      const block = blocks.find((b) => b[2] === id)!;
      const text = FUNCTION_TEXTS[id];
      expect(block[1]).toBe(text.description.en);
      const params = [...block[3].matchAll(/@param \[?(\w+)\]? (.+)/g)].map((m) => [m[1], m[2]]);
      expect(params).toEqual(Object.entries(text.params).map(([name, p]) => [name, p.en]));
    }
  );
});
