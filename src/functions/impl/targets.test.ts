import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dayFromYmd, dayToSerial, parseIsoDate } from "../../core/calendar";
import { FUNCTION_TEXTS } from "../../core/i18n/functions";
import { marketsplit, pace, readWeights, targetfor, targetsplit } from "./targets";

const serial = (iso: string) => dayToSerial(parseIsoDate(iso)!);
const JAN1 = serial("2026-01-01");

type CellError = { code: string; message: string };
/** Excel passes null for an omitted or empty argument, which the declared parameter types do not say. */
const split = targetsplit as (...args: unknown[]) => number[][] | CellError;
const targetOn = targetfor as (...args: unknown[]) => number | CellError;
const isError = (v: unknown): v is CellError =>
  v instanceof (CustomFunctions.Error as unknown as new () => object);

function expectError(v: unknown, code: "#VALUE!" | "#N/A", words?: string) {
  expect(isError(v)).toBe(true);
  expect((v as CellError).code).toBe(code);
  if (words) expect((v as CellError).message).toContain(words);
}

describe("SALES.TARGETSPLIT", () => {
  it("spills one row per month by default: start, end, working days, target", () => {
    const rows = targetsplit(261000, JAN1) as number[][];
    expect(rows.length).toBe(12);
    expect(rows[0]).toEqual([serial("2026-01-01"), serial("2026-01-31"), 22, 22000]);
    expect(rows.reduce((a, r) => a + r[3], 0)).toBe(261000);
  });

  it.each([
    ["quarter", 4],
    ["季度", 4],
    ["月", 12],
    ["week", 53],
    ["周", 53],
    ["週", 53],
    ["日", 365],
    ["day", 365],
  ])("spills by %s into %d rows that add back to the year", (period, count) => {
    const rows = targetsplit(5880000, JAN1, period) as number[][];
    expect(rows.length).toBe(count);
    expect(rows.reduce((a, r) => a + r[3], 0)).toBe(5880000);
  });

  it("takes a year number for the start, and a fiscal start month", () => {
    expect(targetsplit(1200, 2026, "quarter")).toEqual(targetsplit(1200, JAN1, "quarter"));
    const fiscal = targetsplit(1200, "2026-04-01", "quarter") as number[][];
    expect(fiscal[0][0]).toBe(serial("2026-04-01"));
    expect(fiscal[3][1]).toBe(serial("2027-03-31"));
  });

  it("moves the target off holidays given as a range and onto make-up days", () => {
    const holidays = [[serial("2026-10-01")], [serial("2026-10-02")], [null]];
    const workdays = [["2026-10-10"]];
    const days = split(261000, JAN1, "day", null, holidays, workdays) as number[][];
    const on = (iso: string) => days.find((r) => r[0] === serial(iso))!;
    expect([on("2026-10-01")[3], on("2026-10-02")[3], on("2026-10-10")[2]]).toEqual([0, 0, 1]);
  });

  it("follows twelve monthly weights given as a row or a column", () => {
    const lastYear = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 90];
    const byRow = targetsplit(2000, JAN1, "month", [lastYear]) as number[][];
    const byColumn = targetsplit(
      2000,
      JAN1,
      "month",
      lastYear.map((x) => [x])
    ) as number[][];
    expect(byRow[11][3]).toBe(900);
    expect(byColumn).toEqual(byRow);
  });

  it("uses a weekend mask", () => {
    // Sunday only off: January 2026 has 27 working days.
    const rows = split(1200, JAN1, "month", null, null, null, "0000001") as number[][];
    expect(rows[0][2]).toBe(27);
  });

  it.each<[string, unknown[], "#VALUE!" | "#N/A", string]>([
    ["a negative target", [-1, JAN1], "#VALUE!", "cannot be negative"],
    ["a target that is text", ["lots", JAN1], "#VALUE!", "must be a number"],
    ["a blank target", [null, JAN1], "#N/A", "annual is required"],
    ["a start in mid-month", [1200, "2026-04-15"], "#VALUE!", "Use 2026-04-01"],
    ["an unknown period", [1200, JAN1, "fortnight"], "#VALUE!", "period must be one of"],
    [
      "weights that are all zero",
      [1200, JAN1, "month", [[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]],
      "#VALUE!",
      "all weights are zero",
    ],
    [
      "eleven weights",
      [1200, JAN1, "month", [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]]],
      "#VALUE!",
      "need 12 values",
    ],
    [
      "a holiday that is not a date",
      [1200, JAN1, "month", null, [["soon"]]],
      "#VALUE!",
      "is not a date",
    ],
    [
      "a bad weekend",
      [1200, JAN1, "month", null, null, null, "weekends"],
      "#VALUE!",
      "weekend must be",
    ],
    ["an error value as the target", [{ code: "#REF!" }, JAN1], "#VALUE!", "holds an error value"],
  ])("returns an error for %s", (_, args, code, words) => {
    expectError(split(...args), code, words);
  });
});

describe("SALES.TARGETFOR", () => {
  it("gives a working day's target and zero on a weekend", () => {
    expect(targetfor(261000, serial("2026-03-17"))).toBe(1000);
    expect(targetfor(261000, serial("2026-03-15"))).toBe(0);
  });

  it("gives the week, month or quarter containing the date, agreeing with TARGETSPLIT", () => {
    const months = targetsplit(5880000, JAN1, "month") as number[][];
    const quarters = targetsplit(5880000, JAN1, "季度") as number[][];
    expect(targetfor(5880000, serial("2026-03-17"), "month")).toBe(months[2][3]);
    expect(targetfor(5880000, serial("2026-05-01"), "quarter")).toBe(quarters[1][3]);
    expect(targetfor(5880000, "2026-03-17", "週")).toBeGreaterThan(0);
  });

  it("plans the calendar year of the date", () => {
    const days2027 = targetsplit(250000, 2027, "day") as number[][];
    const june15 = days2027.find((r) => r[0] === serial("2027-06-15"))!;
    expect(targetfor(250000, serial("2027-06-15"))).toBe(june15[3]);
    expectError(
      targetOn(250000, "2027-06-15", "day", null, [["2026-06-15"], ["not a date"]]),
      "#VALUE!",
      "is not a date"
    );
  });

  it("returns an error for a date that is not a date", () => {
    expectError(targetfor(1000, "next Tuesday"), "#VALUE!", "must be a date");
  });
});

describe("SALES.MARKETSPLIT", () => {
  it("splits by a column of percentages, adding back exactly", () => {
    expect(marketsplit(5880000, [[50], [40], [10]])).toEqual([[2940000], [2352000], [588000]]);
  });

  it("reads fractions the same as percentages, and keeps a row a row", () => {
    expect(marketsplit(100, [[0.5, 0.25, 0.25]])).toEqual([[50, 25, 25]]);
  });

  it("splits thirds so that they still add back", () => {
    const parts = (marketsplit(100, [[1 / 3], [1 / 3], [1 / 3]]) as number[][]).flat();
    expect(parts.reduce((a, b) => a + b, 0)).toBe(100);
    expect(parts.sort()).toEqual([33, 33, 34]);
  });

  it("takes two columns of names and shares, leaving blank rows at zero", () => {
    const table = [
      ["主战场", 50],
      ["副战场", 40],
      [null, null],
      ["海外", 10],
    ];
    expect(marketsplit(1000, table)).toEqual([[500], [400], [0], [100]]);
  });

  it("rounds to cents with unit 0.01", () => {
    const parts = (marketsplit(100, [[1 / 3], [1 / 3], [1 / 3]], 0.01) as number[][]).flat();
    expect(parts).toEqual([33.34, 33.33, 33.33]);
  });

  it("says what shares add up to when they miss 100%", () => {
    expectError(
      marketsplit(1000, [[50], [47]]),
      "#VALUE!",
      "market shares add up to 97%; they must add up to 100%"
    );
  });

  it.each<[string, unknown[], string]>([
    [
      "a 2 × 3 block of shares",
      [
        100,
        [
          [1, 2, 3],
          [4, 5, 6],
        ],
      ],
      "shares must be one column or row",
    ],
    [
      "an amount that is not a multiple of the unit",
      [100.5, [[100]]],
      "not a multiple of the rounding unit",
    ],
    ["an unknown unit", [100, [[100]], 7], "rounding unit must be one of"],
  ])("returns #VALUE! for %s", (_, args, words) => {
    expectError((marketsplit as (...a: unknown[]) => unknown)(...args), "#VALUE!", words);
  });
});

describe("SALES.PACE", () => {
  it("measures attainment against the share of working days passed", () => {
    // January 2026, Saturday and Sunday off: 22 working days, 12 of them by the 16th.
    expect(pace(220000, 130000, JAN1, serial("2026-01-31"), serial("2026-01-16"))).toBeCloseTo(
      130000 / 120000,
      12
    );
  });

  it("counts holidays and make-up days", () => {
    const r = pace(210000, 100000, JAN1, serial("2026-01-31"), serial("2026-01-16"), [
      [serial("2026-01-02")],
    ]);
    expect(r).toBeCloseTo(100000 / ((210000 * 11) / 21), 12);
  });

  it("measures as of today when asOf is blank", () => {
    const now = new Date();
    const start = dayToSerial(dayFromYmd(now.getFullYear() - 1, 1, 1));
    const end = dayToSerial(dayFromYmd(now.getFullYear() - 1, 12, 31));
    expect(pace(100, 100, start, end)).toBeCloseTo(1, 12);
  });

  it("returns #N/A before the first working day", () => {
    expectError(
      pace(100, 0, JAN1, serial("2026-01-31"), JAN1, [[JAN1]]),
      "#N/A",
      "no working day has passed"
    );
  });

  it("returns #VALUE! for a target of zero", () => {
    expectError(
      pace(0, 10, JAN1, serial("2026-01-31"), serial("2026-01-16")),
      "#VALUE!",
      "must be a positive number"
    );
  });
});

describe("reading the weights argument", () => {
  it.each([
    [null, "workday"],
    [[[null]], "workday"],
    [[["month"]], "month"],
    [[["按月"]], "month"],
    [[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]], "monthly"],
    [
      [
        [serial("2026-03-02"), 3],
        [serial("2026-03-03"), 1],
      ],
      "daily",
    ],
  ])("reads %j as %s weights", (raw, kind) => {
    const r = readWeights(raw);
    expect(r.ok && r.value.kind).toBe(kind);
  });

  it("refuses a block that is neither a list nor two columns", () => {
    const r = readWeights([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(!r.ok && r.issue.code).toBe("targets.weightsArg");
  });
});

describe("the functions' words", () => {
  const source = readFileSync(join(__dirname, "..", "targets.ts"), "utf8");
  const blocks = [
    ...source.matchAll(/\/\*\*\n((?: \*.*\n)+?) \*\/\nexport (?:async )?function/g),
  ].map((m) => m[1]);
  const docs = blocks
    .map((b) => b.split("\n").map((l) => l.replace(/^ \* ?/, "")))
    .filter((lines) => lines.some((l) => l.startsWith("@customfunction")));

  it("documents the four functions", () => {
    expect(docs.map((l) => l.find((x) => x.startsWith("@customfunction"))!.split(" ")[1])).toEqual([
      "TARGETSPLIT",
      "TARGETFOR",
      "MARKETSPLIT",
      "PACE",
    ]);
  });

  it.each(["TARGETSPLIT", "TARGETFOR", "MARKETSPLIT", "PACE"])(
    "gives %s the same English words in JSDoc and in the translation table",
    (id) => {
      const lines = docs.find((l) => l.some((x) => x === `@customfunction ${id}`))!;
      const text = FUNCTION_TEXTS[id];
      expect(lines[0]).toBe(text.description.en);
      const params = lines
        .filter((l) => l.startsWith("@param"))
        .map((l) => /^@param \[?(\w+)\]? (.*)$/.exec(l)!.slice(1));
      expect(Object.fromEntries(params)).toEqual(
        Object.fromEntries(Object.entries(text.params).map(([k, v]) => [k, v.en]))
      );
    }
  );
});
