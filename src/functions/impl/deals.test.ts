import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pullBack as advise, STAGES, STRENGTHS, stageIndex, type StageKey } from "../../core/deals";
import { t } from "../../core/i18n";
import { buyStage, objection, objectionReply, pullBack, readStrengths } from "./deals";

const cellError = (code: string, message?: string | RegExp) =>
  expect.objectContaining({
    code,
    ...(message === undefined
      ? {}
      : { message: typeof message === "string" ? message : expect.stringMatching(message) }),
  });

const NA = "#N/A";
const VALUE = "#VALUE!";

// Notes written for these tests, one per stage or kind they show, in the three scripts.
const SOLUTION_HANS = "客户正在比较三家供应商的演示。";
const PAIN_HANS = "仓库上个月因为盘点不准丢了两个大单,总经理很恼火。";
const COST_EN = "Procurement asked for our best and final offer; they want 8% off.";
const RISK_HANT = "客戶擔心系統上線失敗會影響生產。";
const PRICE_EN = "Too expensive, the other vendor is 20% cheaper.";
const AUTHORITY_HANT = "這件事要等董事長回來再決定。";
const TEAM_HANS = "我们现在人手不够,没人能负责上线。";

describe("SALES.BUYSTAGE", () => {
  it.each([
    [SOLUTION_HANS, "zh-Hans", "方案"],
    [SOLUTION_HANS, "en", "Solution"],
    [COST_EN, "zh-Hant", "成本"],
    [RISK_HANT, "zh-Hant", "風險"],
    [RISK_HANT, "key", "risk"],
    [PAIN_HANS, "KEY", "pain"],
  ])("names the stage of %p in language %p", (note, language, expected) => {
    expect(buyStage([[note]], language)).toEqual([[expected]]);
  });

  it("accepts a plain value as well as a 1×1 range", () => {
    expect(buyStage(COST_EN as never, "en")).toEqual([["Cost"]]);
  });

  it("spills one stage per row of a column, with #N/A only in the rows without a note", () => {
    expect(buyStage([[SOLUTION_HANS], [null], [COST_EN], ["  "], [RISK_HANT]], "key")).toEqual([
      ["solution"],
      [cellError(NA, "The note is empty or says nothing to classify.")],
      ["cost"],
      [cellError(NA)],
      ["risk"],
    ]);
  });

  it("reads the cells of one row together as one note, naming the latest stage they show", () => {
    expect(buyStage([[PAIN_HANS]], "key")).toEqual([["pain"]]);
    expect(buyStage([[PAIN_HANS, SOLUTION_HANS]], "key")).toEqual([["solution"]]);
    expect(buyStage([[null, PAIN_HANS]], "key")).toEqual([["pain"]]);
  });

  it("gives a column for a block of several columns: one note per row", () => {
    const block = [
      [PAIN_HANS, null],
      [null, null],
      [PAIN_HANS, COST_EN],
    ];
    expect(buyStage(block, "key")).toEqual([["pain"], [cellError(NA)], ["cost"]]);
  });

  it.each([
    [[[null]], undefined, NA, "The note is empty or says nothing to classify."],
    [[["n/a"]], "en", NA, "The note is empty or says nothing to classify."],
    [[[""]], "zh-Hant", NA, "紀錄為空,或沒有可判斷的內容。"],
    [
      [[{ code: "#DIV/0!" }]],
      "en",
      VALUE,
      "note holds an error value; fix the cell it refers to first.",
    ],
    [
      [[SOLUTION_HANS]],
      "fr",
      VALUE,
      'language must be "en", "zh-Hans", "zh-Hant" or "key"; got "fr".',
    ],
    [[[SOLUTION_HANS]], 3, VALUE, /language must be/],
  ])("answers %j (language %p) with %s", (note, language, code, message) => {
    expect(buyStage(note as never, language)).toEqual(cellError(code, message));
  });

  it("refuses a whole-column reference rather than spilling a million #N/As", () => {
    const column = Array.from({ length: 100_001 }, () => [null]);
    expect(buyStage(column, "en")).toEqual(
      cellError(VALUE, "note has 100001 cells; at most 100000 are accepted.")
    );
  });
});

describe("SALES.OBJECTION", () => {
  it.each([
    [PRICE_EN, "en", "Price"],
    [PRICE_EN, "zh-Hans", "价格"],
    [AUTHORITY_HANT, "zh-Hant", "決策權"],
    [TEAM_HANS, "key", "team"],
    ["Let me think about it and get back to you.", "key", "stall"],
    ["客户当场签了合同。", "zh-Hans", "无异议"],
  ])("names the kind of %p in language %p", (note, language, expected) => {
    expect(objection([[note]], language)).toEqual([[expected]]);
  });

  it("spills one kind per row of a column, with #N/A only in the blank rows", () => {
    expect(objection([[PRICE_EN], [null], [AUTHORITY_HANT]], "key")).toEqual([
      ["price"],
      [cellError(NA)],
      ["authority"],
    ]);
  });

  it("reads a visit's notes and feedback side by side as one note", () => {
    expect(objection([["Demo of the scanning module went well.", PRICE_EN]], "key")).toEqual([
      ["price"],
    ]);
  });

  it("says in the language asked for why a row has no answer", () => {
    expect(objection([[PRICE_EN], [""]], "zh-Hans")).toEqual([
      ["价格"],
      [cellError(NA, "记录为空,或没有可判断的内容。")],
    ]);
  });
});

describe("SALES.PULLBACK", () => {
  it("spills the target stage, the move and the numbered steps as one row", () => {
    const got = pullBack("solution", [["topAccess"]], "en");
    const advice = advise("solution", ["topAccess"]);
    if (!advice.ok || !Array.isArray(got)) throw new Error("expected advice");
    expect(got).toHaveLength(1);
    expect(got[0]).toHaveLength(3);
    expect(got[0].slice(0, 2)).toEqual(["Problem", "Pull"]);
    const steps = advice.value.steps.map((s, i) => `${i + 1}. ${t("en", `deals.step.${s}`)}`);
    expect(got[0][2]).toBe(steps.join(" "));
  });

  it("runs Chinese steps together without spaces, as Chinese text is written", () => {
    const got = pullBack("方案", [["有参照系"]], "zh-Hans") as string[][];
    expect(got[0].slice(0, 2)).toEqual(["措施", "拉"]);
    expect(got[0][2]).toMatch(/^1\. [^ ]/);
  });

  it.each([
    ["solution", [["topAccess"]], "problem"],
    ["Solution", [["We reach top management"]], "problem"],
    ["方案", [["能接触高层"]], "problem"],
    ["方案", "revealProblems, referenceCases", "problem"],
    ["solution", [["unexpectedSolution"], [null]], "measures"],
    ["solution", [[false, false, true, false]], "measures"],
    ["solution", [[false, false, false, null]], "solution"],
    ["solution", undefined, "solution"],
    ["成本", [["有參照系"]], "value"],
    ["cost", [[""]], "risk"],
  ])("reads stage %p with strengths %j as the guide's route to %p", (stage, strengths, target) => {
    const got = pullBack(stage, strengths as never, "key") as string[][];
    expect(got[0][0]).toBe(target);
  });

  it.each(STAGES.map((s) => [s]))(
    "never advises moving a customer at %s forward, whatever our strengths",
    (stage) => {
      for (let mask = 0; mask < 1 << STRENGTHS.length; mask++) {
        const flags = STRENGTHS.map((_, i) => (mask & (1 << i)) !== 0);
        const got = pullBack(stage, [flags], "key") as string[][];
        expect(stageIndex(got[0][0] as StageKey)).toBeLessThanOrEqual(stageIndex(stage));
      }
    }
  );

  it("gives step keys with key", () => {
    const advice = advise("cost", []);
    if (!advice.ok) throw new Error("expected advice");
    const { target, move, steps } = advice.value;
    expect(pullBack("cost", undefined, "key")).toEqual([[target, move, steps.join(", ")]]);
  });

  it.each([
    [null, undefined, NA, "stage is required. Give a value or a cell that holds one."],
    [
      "tender",
      undefined,
      VALUE,
      '"tender" is not a buying stage; use one of problem, pain, goal, requirements, measures, solution, value, risk, cost.',
    ],
    ["pain", [["money"]], VALUE, /"money" is not a strength; use one of revealProblems/],
    ["pain", [[1]], VALUE, /"1" is not a strength/],
    [
      "pain",
      [[true, false]],
      VALUE,
      "strengths as TRUE/FALSE takes four cells, one per strength in the order revealProblems, unexpectedSolution, referenceCases, topAccess; got 2.",
    ],
    ["pain", [[true, "topAccess", false, false]], VALUE, /takes four cells/],
  ])("answers stage %p with strengths %j with %s", (stage, strengths, code, message) => {
    expect(pullBack(stage, strengths as never, "en")).toEqual(cellError(code, message));
  });

  it("words its errors in the language asked for", () => {
    expect(pullBack("招标", undefined, "zh-Hans")).toEqual(cellError(VALUE, /^“招标”不是采购阶段/));
  });
});

describe("readStrengths", () => {
  it("takes labels in any language, drops duplicates and keeps their order", () => {
    expect(readStrengths([["能接觸高層"], ["topAccess"], ["有参照系"]])).toEqual({
      ok: true,
      value: ["topAccess", "referenceCases"],
    });
  });
});

describe("SALES.OBJECTIONREPLY", () => {
  const reply = (kind: string, lang: "en" | "zh-Hans" | "zh-Hant") =>
    t(lang, `deals.reply.${kind}`);

  it.each([
    ["price", "en", "price"],
    ["价格", "en", "price"],
    ["決策權", "zh-Hant", "authority"],
    ["Stall", "zh-Hans", "stall"],
    [PRICE_EN, "zh-Hans", "price"],
    [AUTHORITY_HANT, "en", "authority"],
    [TEAM_HANS, "zh-Hant", "team"],
  ] as const)("answers %p in %p with the reply to %s", (input, lang, kind) => {
    expect(objectionReply([[input]], lang)).toBe(reply(kind, lang));
  });

  it("gives the kind it answers with key", () => {
    expect(objectionReply([[PRICE_EN]], "key")).toBe("price");
    expect(objectionReply([["时机"]], "key")).toBe("timing");
  });

  it("reads a range as one note", () => {
    expect(objectionReply([["Demo went well."], [null], [AUTHORITY_HANT]], "key")).toBe(
      "authority"
    );
  });

  it.each([
    [[[null]], NA, "The note is empty or says nothing to classify."],
    [[[{ code: "#REF!" }]], VALUE, /kind_or_note holds an error value/],
  ])("answers %j with %s", (input, code, message) => {
    expect(objectionReply(input as never, "en")).toEqual(cellError(code, message));
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
    const impl = docs("deals.ts");
    expect(impl.map((d) => d[0])).toEqual(["buyStage", "objection", "pullBack", "objectionReply"]);
    expect(impl).toEqual(docs(join("..", "deals.ts")));
  });
});

describe("the README's deals examples", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");
  const section = readme.slice(
    readme.indexOf("## Deals: buying stages and objections"),
    readme.indexOf("## Command line")
  );
  // Table rows: "| 1 | `problem` — … | … | en<br>简<br>繁 |" (stages) or "| `price` — … |" (objections).
  const rows = [...section.matchAll(/^\|[ ]*(\d+[ ]*\|[ ]*)?`(\w+)` — .*\|[ ]*(.+?)[ ]*\|$/gm)].map(
    (m) => ({
      fn: m[1] ? buyStage : objection,
      key: m[2],
      notes: m[3].split("<br>"),
    })
  );

  it("has a row for each of the nine stages and seven objection kinds", () => {
    expect(rows.filter((r) => r.fn === buyStage)).toHaveLength(9);
    expect(rows.filter((r) => r.fn === objection)).toHaveLength(7);
  });

  it.each(rows.map((r) => [r.key, r.notes.length, r]))(
    "reads the %s examples (%i languages) as the README says",
    (_key, _n, { fn, key, notes }) => {
      for (const note of notes) expect([note, fn([[note]], "key")]).toEqual([note, [[key]]]);
    }
  );
});
