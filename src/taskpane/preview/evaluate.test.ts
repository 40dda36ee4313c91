import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../excel/memory";
import { clientTierResult } from "../../functions/impl/clients";
import { workdaysResult } from "../../functions/impl/workdays";
import {
  BUSY,
  createEvaluator,
  parseSalesCall,
  recalculate,
  SPILL,
  UNKNOWN_FUNCTION,
  type Evaluator,
  type FunctionRegistry,
  type Spills,
} from "./evaluate";
import { buildRegistry, REGISTRY } from "./registry";

/** Functions with visible behaviour: they echo what they receive, or fail as ours do. */
const fake: FunctionRegistry = {
  ECHO: (...args: unknown[]) => JSON.stringify(args),
  FAILVALUE: () => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, "bad"),
  FAILNA: () => new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "blank"),
  THROWSNA: () => {
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "blank");
  },
  THROWS: () => {
    throw new Error("bug");
  },
  COLUMN: (n: number) => Array.from({ length: n }, (_, i) => [`v${i + 1}`]),
  DOUBLE: (x: number) => x * 2,
};

function workbookWith(evaluate = createEvaluator(fake)) {
  const wb = new MemoryWorkbook(evaluate.evaluate);
  return { wb, evaluator: evaluate };
}

describe("reading a SALES formula", () => {
  it.each([
    ["=SALES.ECHO(A1)", "ECHO", ["A1"]],
    ["=sales.echo( A1 , 2 )", "ECHO", ["A1", "2"]],
    ['=SALES.ECHO("a,b",C2:D3)', "ECHO", ['"a,b"', "C2:D3"]],
    ["=SALES.ECHO(tbl[[#This Row],[Notes]],1)", "ECHO", ["tbl[[#This Row],[Notes]]", "1"]],
    ["=SALES.ECHO({1,2;3,4})", "ECHO", ["{1,2;3,4}"]],
    ["=SALES.ECHO(A1,,3)", "ECHO", ["A1", "", "3"]],
    ["=SALES.ECHO()", "ECHO", []],
  ])("reads %s as a call of its function with its arguments", (formula, id, args) => {
    expect(parseSalesCall(formula)).toEqual({ id, args });
  });

  it.each([
    "=SUMIFS(tbl[Target],tbl[Month],A5)",
    "=SALES.A(1)+SALES.B(2)",
    '=SALES.ECHO("unclosed)',
    "=IFERROR(SALES.ECHO(A1),0)",
    "SALES.ECHO(A1)",
  ])("leaves %s to the cached result", (formula) => {
    expect(parseSalesCall(formula)).toBeUndefined();
  });
});

describe("evaluating SALES formulas in the preview workbook", () => {
  it("passes cells, ranges and constants as Excel passes them to a custom function", () => {
    const { wb } = workbookWith();
    wb.load("S", [
      ["a", 1],
      ["", 2],
    ]);
    wb.set("S", 3, 0, '=SALES.ECHO(A1,B1:B2,A2,"say ""hi""",-1.5,TRUE,,{1,2;3,4})');
    expect(JSON.parse(String(wb.get("S", 3, 0)!.value))).toEqual([
      "a",
      [[1], [2]],
      null,
      'say "hi"',
      -1.5,
      true,
      null,
      [
        [1, 2],
        [3, 4],
      ],
    ]);
  });

  it("reads structured references to the row of the table the formula is in, and to whole columns", async () => {
    const { wb } = workbookWith();
    wb.load(
      "Log",
      [
        ["Date", "Notes [raw]"],
        [46100, "first"],
        [46101, "second"],
      ],
      { row: 0, col: 0 },
      "tblLog"
    );
    await wb.addFormulaColumn({
      sheet: "Log",
      table: "tblLog",
      col: 2,
      top: 0,
      rows: 2,
      header: "Echo",
      formula: () => "=SALES.ECHO([@[Notes '[raw']]],tblLog[Date])",
    });
    wb.set("Log", 2, 4, "=SALES.ECHO(tblLog[[#This Row],[Notes '[raw']]])");
    expect(JSON.parse(String(wb.get("Log", 2, 2)!.value))).toEqual(["second", [[46100], [46101]]]);
    expect(JSON.parse(String(wb.get("Log", 2, 4)!.value))).toEqual(["second"]);
  });

  it.each([
    ["=SALES.FAILVALUE()", "#VALUE!"],
    ["=SALES.FAILNA()", "#N/A"],
    ["=SALES.THROWS()", "#VALUE!"],
    ["=SALES.THROWSNA()", "#N/A"],
    ["=SALES.NOSUCHFUNCTION(1)", UNKNOWN_FUNCTION],
  ])("shows %s as the error text Excel would show", (formula, shown) => {
    const { wb } = workbookWith();
    wb.set("S", 0, 0, formula);
    expect(wb.get("S", 0, 0)!.value).toBe(shown);
  });

  it("keeps the result the plan gives for formulas that are not ours", async () => {
    const { wb } = workbookWith();
    await wb.applyPlan({
      tables: [
        {
          name: "tblSum",
          sheet: "S",
          anchor: { row: 0, col: 0 },
          columns: [{ header: "Total" }, { header: "Twice" }],
          rows: [
            [{ formula: "=SUM(tblDays[Target])", result: 1234 }, { formula: "=SALES.DOUBLE(A2)" }],
          ],
          madeBy: "test",
        },
      ],
    });
    expect(wb.get("S", 1, 0)!.value).toBe(1234);
    expect(wb.get("S", 1, 1)!.value).toBe(2468);
  });

  it("shows #BUSY! until an asynchronous function answers, then its answer", async () => {
    let answer!: (v: unknown) => void;
    const settled = jest.fn();
    const evaluator = createEvaluator(
      { SLOW: () => new Promise((resolve) => (answer = resolve)) },
      { onSettled: settled }
    );
    const wb = new MemoryWorkbook(evaluator.evaluate);
    wb.set("S", 0, 0, "=SALES.SLOW(1)");
    expect(wb.get("S", 0, 0)!.value).toBe(BUSY);
    answer("done");
    await Promise.resolve();
    expect(settled).toHaveBeenCalledTimes(1);
    recalculate(wb, evaluator);
    expect(wb.get("S", 0, 0)!.value).toBe("done");
  });

  it("shows the code of an error an asynchronous function throws", async () => {
    const evaluator = createEvaluator({
      SLOWFAIL: async () => {
        throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "blank");
      },
    });
    const wb = new MemoryWorkbook(evaluator.evaluate);
    wb.set("S", 0, 0, "=SALES.SLOWFAIL()");
    await new Promise((resolve) => setTimeout(resolve, 0));
    recalculate(wb, evaluator);
    expect(wb.get("S", 0, 0)!.value).toBe("#N/A");
  });
});

describe("recalculating the preview workbook", () => {
  it("computes a formula again once the cells it reads are written", () => {
    const { wb, evaluator } = workbookWith();
    wb.set("S", 0, 0, "=SALES.DOUBLE(B1)");
    wb.set("S", 0, 1, 21);
    recalculate(wb, evaluator);
    expect(wb.get("S", 0, 0)!.value).toBe(42);
  });

  it("follows a chain of SALES formulas written in reverse order", () => {
    const { wb, evaluator } = workbookWith();
    wb.set("S", 0, 0, "=SALES.DOUBLE(B1)");
    wb.set("S", 0, 1, "=SALES.DOUBLE(C1)");
    wb.set("S", 0, 2, 1);
    recalculate(wb, evaluator);
    expect(wb.get("S", 0, 0)!.value).toBe(4);
  });

  it("spills an array answer below its cell, or shows #SPILL! when a cell is in the way", () => {
    const { wb, evaluator } = workbookWith();
    wb.set("S", 0, 0, "=SALES.COLUMN(3)");
    let spills = recalculate(wb, evaluator);
    expect(wb.get("S", 0, 0)!.value).toBe("v1");
    expect([...spills.get("S")!.entries()]).toEqual([
      ["1,0", "v2"],
      ["2,0", "v3"],
    ]);
    wb.set("S", 2, 0, "mine");
    spills = recalculate(wb, evaluator);
    expect(wb.get("S", 0, 0)!.value).toBe(SPILL);
    expect(spills.get("S")).toBeUndefined();
  });
});

/**
 * Our functions load their code on first use, so they answer asynchronously: the cell
 * shows #BUSY! first. This waits for the answers and recalculates, as the preview does.
 */
async function settled(wb: MemoryWorkbook, evaluator: Evaluator): Promise<Spills> {
  const TURNS = 50; // a dynamic import resolves in a few turns; fifty is a generous bound
  let spills = recalculate(wb, evaluator);
  for (
    let i = 0;
    i < TURNS && [...wb.sheets.values()].some((s) => [...s.values()].some((c) => c.value === BUSY));
    i++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    spills = recalculate(wb, evaluator);
  }
  return spills;
}

describe("our functions in the preview", () => {
  it("answers WORKDAYS as the function itself does, for dates in cells", async () => {
    const evaluator = createEvaluator(REGISTRY);
    const wb = new MemoryWorkbook(evaluator.evaluate);
    const start = 46293; // 2026-09-28
    const end = 46306; // 2026-10-11
    wb.load("S", [[start, end]]);
    wb.set("S", 0, 2, "=SALES.WORKDAYS(A1,B1)");
    await settled(wb, evaluator);
    const expected = workdaysResult(start, end, undefined, undefined, undefined);
    expect(expected.ok).toBe(true);
    expect(wb.get("S", 0, 2)!.value).toBe(expected.ok && expected.value);
  });

  it("gives #N/A where the function reports missing input", async () => {
    const evaluator = createEvaluator(REGISTRY);
    const wb = new MemoryWorkbook(evaluator.evaluate);
    wb.set("S", 0, 2, "=SALES.WORKDAYS(A1,B1)");
    await settled(wb, evaluator);
    expect(wb.get("S", 0, 2)!.value).toBe("#N/A");
  });

  it("spills CLIENTTIER's tiers beside the values they rank", async () => {
    const evaluator = createEvaluator(REGISTRY);
    const wb = new MemoryWorkbook(evaluator.evaluate);
    const values = [900, 50, 30, 15, 5];
    wb.load(
      "S",
      values.map((v) => [v])
    );
    wb.set("S", 0, 1, "=SALES.CLIENTTIER(A1:A5)");
    const spills = await settled(wb, evaluator);
    const expected = clientTierResult(
      values.map((v) => [v]),
      undefined,
      undefined
    );
    if (!expected.ok) throw new Error("the sample values should rank");
    const shown = values.map((_, i) =>
      i === 0 ? wb.get("S", 0, 1)!.value : spills.get("S")!.get(`${i},1`)
    );
    expect(shown).toEqual(expected.value.map((r) => r[0]));
  });

  it("knows every function declared with @customfunction in src/functions, by the export it annotates", async () => {
    const dir = join(__dirname, "../../functions");
    const declared: { file: string; id: string; name: string }[] = [];
    for (const file of readdirSync(dir).filter((f) => /^[^.]+\.ts$/.test(f))) {
      const source = readFileSync(join(dir, file), "utf8");
      for (const m of source.matchAll(
        /@customfunction\s+([\w.]+)[\s\S]*?\*\/\s*export\s+(?:async\s+)?function\s+(\w+)/g
      ))
        declared.push({ file, id: m[1], name: m[2] });
    }
    expect(declared.length).toBeGreaterThan(0);
    for (const { file, id, name } of declared) {
      // The very function Excel registers for the id, taken from its own module.
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      expect(typeof mod[name]).toBe("function");
      const found = REGISTRY[id.toUpperCase()] === mod[name];
      expect(
        `${id} in ${file}: ${found ? "in the preview's registry" : "missing; add its module to FUNCTION_MODULES"}`
      ).toBe(`${id} in ${file}: in the preview's registry`);
    }
  });

  it("matches ids to exports whatever their case and dots, and ignores helpers without an id", () => {
    const mod = { targetSplit: () => 1, targetSplitResult: () => 2, helper: () => 3 };
    const registry = buildRegistry([mod], ["TARGET.SPLIT"]);
    expect(Object.keys(registry)).toEqual(["TARGET.SPLIT"]);
    expect(registry["TARGET.SPLIT"]).toBe(mod.targetSplit);
  });
});
