import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyVisit, explainVerdict } from "../../core/visits";
import { commitLevel, visitOutcome, visitWhy } from "./visits";

const cellError = (code: string, message?: string | RegExp) =>
  expect.objectContaining({
    code,
    ...(message === undefined
      ? {}
      : { message: typeof message === "string" ? message : expect.stringMatching(message) }),
  });

const NA = "#N/A";
const VALUE = "#VALUE!";

// Notes written for these tests, one per outcome, in the three scripts.
const ORDER_HANS = "王总当场签了合同,首付30%。";
const ADVANCE_EN = "The CFO agreed to a two-week trial starting Monday 3 June.";
const CONTINUATION_HANT = "客戶說產品不錯,下次再約。";
const NOSALE_HANT = "客戶已改用競爭對手的系統,不再考慮我們。";
const BARE_AGREEMENT = "He agreed.";
const GOAL = "a meeting with the general manager next Tuesday at 3pm";
const EMPTY_EN = /^The note is empty or says nothing/;

describe("SALES.VISITOUTCOME", () => {
  it.each([
    [ORDER_HANS, "zh-Hans", "成交"],
    [ORDER_HANS, "key", "order"],
    [ADVANCE_EN, "en", "Advance"],
    [ADVANCE_EN, "zh-Hant", "晉級"],
    [CONTINUATION_HANT, "zh-Hant", "暫時中斷"],
    [NOSALE_HANT, "en", "No-sale"],
    [NOSALE_HANT, "KEY", "no-sale"],
  ])("names the outcome of %p in language %p", (note, language, expected) => {
    expect(visitOutcome([[note]], undefined, language)).toEqual([[expected]]);
  });

  it("accepts a plain value as well as a 1×1 range", () => {
    expect(visitOutcome(ORDER_HANS as never, undefined, "key")).toEqual([["order"]]);
  });

  it("spills one outcome per row of a column, with #N/A only in the rows without a note", () => {
    expect(
      visitOutcome(
        [[ORDER_HANS], [null], [ADVANCE_EN], ["  "], [NOSALE_HANT], ["n/a"]],
        null as never,
        "key"
      )
    ).toEqual([
      ["order"],
      [cellError(NA, EMPTY_EN)],
      ["advance"],
      [cellError(NA)],
      ["no-sale"],
      [cellError(NA)],
    ]);
  });

  it("gives each row of a column what the note alone would give", () => {
    const column = [ORDER_HANS, ADVANCE_EN, CONTINUATION_HANT, NOSALE_HANT, BARE_AGREEMENT];
    const one = column.map((n) => (visitOutcome([[n]], undefined, "key") as string[][])[0]);
    expect(
      visitOutcome(
        column.map((n) => [n]),
        undefined,
        "key"
      )
    ).toEqual(one);
  });

  it("reads the cells of one row together as one note: the feedback can carry the outcome", () => {
    expect(visitOutcome([["Visited the plant manager."]], undefined, "key")).toEqual([
      ["continuation"],
    ]);
    expect(
      visitOutcome([["Visited the plant manager.", null, ADVANCE_EN]], undefined, "key")
    ).toEqual([["advance"]]);
  });

  it("reads a bare agreement against the visit's commitment objective", () => {
    expect(visitOutcome([[BARE_AGREEMENT]], undefined, "key")).toEqual([["continuation"]]);
    expect(visitOutcome([[BARE_AGREEMENT]], [[GOAL]], "key")).toEqual([["advance"]]);
  });

  it("takes one commitment for every row, or one per row", () => {
    const notes = [[BARE_AGREEMENT], [BARE_AGREEMENT], [ORDER_HANS]];
    expect(visitOutcome(notes, [[GOAL]], "key")).toEqual([["advance"], ["advance"], ["order"]]);
    expect(visitOutcome(notes, [[GOAL], [null], [null]], "key")).toEqual([
      ["advance"],
      ["continuation"],
      ["order"],
    ]);
  });

  it.each([
    [[[null]], undefined, undefined, NA, EMPTY_EN],
    [[["无"]], undefined, "zh-Hans", NA, /^记录为空或没有内容/],
    [[[""]], undefined, "zh-Hant", NA, /^紀錄為空或沒有內容/],
    [
      [[{ code: "#DIV/0!" }]],
      undefined,
      "en",
      VALUE,
      "note holds an error value; fix the cell it refers to first.",
    ],
    [[[BARE_AGREEMENT]], [[{ code: "#REF!" }]], "en", VALUE, /^commitment holds an error value/],
    [
      [[ORDER_HANS], [ADVANCE_EN], [NOSALE_HANT]],
      [[GOAL], [GOAL]],
      "en",
      VALUE,
      "commitment has 2 rows; give one cell for every note, or one per row of note (3).",
    ],
    [
      [[ORDER_HANS]],
      undefined,
      "fr",
      VALUE,
      'language must be "en", "zh-Hans", "zh-Hant" or "key"; got "fr".',
    ],
    [[[ORDER_HANS]], undefined, 3, VALUE, /language must be/],
  ])(
    "answers %j (commitment %j, language %p) with %s",
    (note, commitment, language, code, message) => {
      expect(visitOutcome(note as never, commitment as never, language)).toEqual(
        cellError(code, message)
      );
    }
  );

  it("refuses a whole-column reference rather than spilling a million #N/As", () => {
    const column = Array.from({ length: 100_001 }, () => [null]);
    expect(visitOutcome(column, undefined, "en")).toEqual(
      cellError(VALUE, "note has 100001 cells; at most 100000 are accepted.")
    );
  });
});

describe("SALES.VISITWHY", () => {
  it.each([
    [ADVANCE_EN, "en"],
    [CONTINUATION_HANT, "zh-Hant"],
    [ORDER_HANS, "zh-Hans"],
  ] as const)("explains %p in %p as the classifier's verdict in words", (note, lang) => {
    const verdict = classifyVisit(note);
    if (!verdict.ok) throw new Error("expected a verdict");
    expect(visitWhy([[note]], undefined, lang)).toEqual([[explainVerdict(verdict.value, lang)]]);
  });

  it("quotes the phrase of the note that decided", () => {
    const [[why]] = visitWhy([[ADVANCE_EN]], undefined, "en") as string[][];
    expect(why).toMatch(/^Advance: .*trial.*\(“agreed to a two-week trial”\)\.$/);
  });

  it("gives the id of the deciding rule with key", () => {
    expect(visitWhy([[ADVANCE_EN], [NOSALE_HANT]], undefined, "key")).toEqual([
      ["advance.trial"],
      [expect.stringMatching(/^no-sale\./)],
    ]);
  });

  it("spills like VISITOUTCOME, with #N/A in the blank rows only", () => {
    expect(visitWhy([[ORDER_HANS], [null]], undefined, "zh-Hans")).toEqual([
      [expect.stringMatching(/^成交:/)],
      [cellError(NA, /^记录为空/)],
    ]);
  });
});

describe("SALES.COMMITLEVEL", () => {
  it.each([
    ["客户心里认可我们的方案", "key", "inner"],
    ["李经理口头答应下周安排我们见总经理", "zh-Hans", "口头承诺"],
    ["They signed a letter of intent.", "en", "Written commitment"],
    ["王总在周会上当众表态支持我们的方案", "zh-Hant", "公開的口頭承諾"],
    ["王总在周会上当众表态支持我们的方案", "key", "public-verbal"],
  ])("reads %p as the level %p", (text, language, expected) => {
    expect(commitLevel([[text]], language)).toEqual([[expected]]);
  });

  it("spills one level per row, with #N/A for a blank row or one without any commitment", () => {
    expect(
      commitLevel([["They signed a letter of intent."], [null], ["The weather was nice."]], "key")
    ).toEqual([
      ["written"],
      [cellError(NA)],
      [cellError(NA, "The text shows no commitment by the customer.")],
    ]);
  });

  it.each([
    [[[{ code: "#N/A" }]], "en", VALUE, /^text holds an error value/],
    [[["x"]], "klingon", VALUE, /language must be/],
  ])("answers %j (language %p) with %s", (text, language, code, message) => {
    expect(commitLevel(text as never, language)).toEqual(cellError(code, message));
  });
});

describe("the implementations' JSDoc", () => {
  const docs = (file: string) =>
    [
      ...readFileSync(join(__dirname, file), "utf8").matchAll(
        /\/\*\*\n \* (.+)\n((?: \* @.*\n)+) \*\/\nexport (?:async )?function (\w+)/g
      ),
    ]
      .filter((m) => m[2].includes("@param"))
      .map((m) => [m[3], m[1], [...m[2].matchAll(/@param .*/g)].map((p) => p[0])]);

  it("matches the registered wrappers' word for word", () => {
    const impl = docs("visits.ts");
    expect(impl.map((d) => d[0])).toEqual(["visitOutcome", "visitWhy", "commitLevel"]);
    expect(impl).toEqual(docs(join("..", "visits.ts")));
  });
});

describe("the README's visits examples", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Visits: the four outcomes"),
    readme.indexOf("## Deals: buying stages and objections")
  );
  // Table rows: "| `order` — Order / 成交 / 成交 | … | en<br>简<br>繁 |".
  const rows = [...section.matchAll(/^\|[ ]*`([\w-]+)` — .*\|[ ]*(.+?)[ ]*\|$/gm)].map((m) => ({
    key: m[1],
    notes: m[2].split("<br>"),
  }));

  it("has a row for each of the four outcomes, with an example in each of the three languages", () => {
    expect(rows.map((r) => r.key)).toEqual(["order", "advance", "continuation", "no-sale"]);
    for (const r of rows) expect(r.notes).toHaveLength(3);
  });

  it.each(rows.map((r) => [r.key, r]))(
    "reads the %s examples as the README says",
    (_key, { key, notes }) => {
      for (const note of notes)
        expect([note, visitOutcome([[note]], undefined, "key")]).toEqual([note, [[key]]]);
    }
  );
});
