import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_TEXTS } from "../src/core/i18n/functions";
const { checkFunctionTexts, localizeMetadata } = require("../scripts/localize-functions.js");

const dir = join(__dirname, "..", "src", "functions");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => join(dir, f))
  .filter((f) => readFileSync(f, "utf8").includes("@customfunction"));

type Meta = {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string }[];
  }[];
};

let meta: Meta;
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(files, true);
  expect(result.errors).toEqual([]);
  meta = JSON.parse(result.metadataJson);
}, 60_000);

describe("custom function metadata", () => {
  it("is generated from JSDoc, with WORKDAYS among the functions", () => {
    expect(meta.functions.map((f) => f.id)).toContain("WORKDAYS");
  });

  it("declares what every function returns, so that array results spill", () => {
    for (const f of meta.functions as unknown as { id: string; result: { type?: string } }[]) {
      expect([f.id, f.result.type]).toEqual([
        f.id,
        expect.stringMatching(/^(number|string|boolean|any)$/),
      ]);
    }
    const spills = meta.functions as unknown as {
      id: string;
      result: { dimensionality?: string };
    }[];
    for (const id of ["TARGETSPLIT", "MARKETSPLIT", "CLIENTTIER"]) {
      expect([id, spills.find((f) => f.id === id)?.result.dimensionality]).toEqual([id, "matrix"]);
    }
  });

  it("keeps ids upper-case and equal to names, so they never change once shipped", () => {
    for (const f of meta.functions) {
      expect(f.id).toMatch(/^[A-Z][A-Z0-9.]*$/);
      expect(f.name).toBe(f.id);
    }
  });

  it("has words for every function and parameter in the translation table, matching the JSDoc", () => {
    expect(checkFunctionTexts(meta, FUNCTION_TEXTS)).toEqual([]);
  });

  it("notices a table that drifted from the JSDoc", () => {
    const drifted = {
      ...FUNCTION_TEXTS,
      WORKDAYS: {
        ...FUNCTION_TEXTS.WORKDAYS,
        description: { ...FUNCTION_TEXTS.WORKDAYS.description, en: "Old text." },
      },
    };
    expect(checkFunctionTexts(meta, drifted)).toEqual([
      "WORKDAYS: JSDoc description differs from the table's English text",
    ]);
  });

  it.each([
    ["zh-Hans", "计算从开始日期"],
    ["zh-Hant", "計算從開始日期"],
  ])("derives %s metadata with translated descriptions and unchanged ids", (lang, start) => {
    const zh = localizeMetadata(meta, FUNCTION_TEXTS, lang) as Meta;
    const wd = zh.functions.find((f) => f.id === "WORKDAYS")!;
    expect(wd.name).toBe("WORKDAYS");
    expect(wd.description.startsWith(start)).toBe(true);
    expect(wd.parameters.every((p) => /[\u4e00-\u9fff]/.test(p.description))).toBe(true);
  });
});

describe("functions.js", () => {
  it("imports every module that declares custom functions, so each one gets registered", () => {
    const index = readFileSync(join(dir, "index.ts"), "utf8");
    for (const f of files) {
      const name = f.split(/[\\/]/).pop()!.replace(/\.ts$/, "");
      expect([name, index.includes(`import "./${name}";`)]).toEqual([name, true]);
    }
  });
});
