import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { GRAMMAR_ZH_HANT } from "./grammar.zh-Hant";
import { convertPattern, splitAlternatives } from "./hant";
import { generateHant, HANT_TARGETS } from "./hant-sources";
import { OBJECTION_ZH_HANT } from "./objection.zh-Hant";
import { STAGE_ZH_HANT } from "./stage.zh-Hant";

const converters = HANT_TARGETS.map((to) => OpenCC.Converter({ from: "cn", to }));
const committed: Record<string, unknown> = {
  "grammar.zh-Hant.ts": GRAMMAR_ZH_HANT,
  "stage.zh-Hant.ts": STAGE_ZH_HANT,
  "objection.zh-Hant.ts": OBJECTION_ZH_HANT,
};

describe("the generated Traditional lexicons", () => {
  it.each(generateHant(converters))(
    "keeps $file in step with its Simplified source (run `npx tsx scripts/gen-deals-hant.ts` when this fails)",
    (mod) => {
      // The data, not the text: the committed file is formatted by Prettier.
      expect(committed[mod.file]).toEqual(mod.value);
    }
  );

  it("is never built at runtime: no deals runtime module imports opencc-js", () => {
    const dir = join(__dirname, "..");
    const runtime = [
      ...readdirSync(dir).map((f) => join(dir, f)),
      ...readdirSync(__dirname).map((f) => join(__dirname, f)),
    ].filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    for (const file of runtime)
      expect(readFileSync(file, "utf8")).not.toMatch(/from ["']opencc-js/);
  });
});

describe("splitAlternatives", () => {
  it("splits only at top-level bars, not inside groups, classes or after escapes", () => {
    expect(splitAlternatives("a(b|c)|[|x]|d\\|e|f")).toEqual(["a(b|c)", "[|x]", "d\\|e", "f"]);
  });
});

describe("convertPattern", () => {
  it("keeps every distinct conversion of each alternative", () => {
    const upper = (s: string) => s.toUpperCase();
    const same = (s: string) => s;
    expect(convertPattern("ab|cd", [same, upper])).toBe("ab|AB|cd|CD");
    expect(convertPattern("12|34", [same, upper])).toBe("12|34");
  });

  it("turns Simplified words into their Traditional forms", () => {
    expect(convertPattern("担心|风险", converters)).toBe("擔心|風險");
  });
});
