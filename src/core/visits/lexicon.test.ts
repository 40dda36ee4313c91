import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { HANT_TARGETS, hantLexicon } from "./hant-gen";
import { VISITS_EN } from "./lexicon.en";
import { VISITS_ZH_HANS } from "./lexicon.zh-Hans";
import { VISITS_ZH_HANT } from "./lexicon.zh-Hant";
import { COMMIT_ENTRIES, CUE_ENTRIES } from "./compile";
import { matchStarts } from "./scanner";
import { CUE_KINDS, type VisitLexicon } from "./types";

const LEXICONS: readonly VisitLexicon[] = [VISITS_EN, VISITS_ZH_HANS, VISITS_ZH_HANT];

function entries(lex: VisitLexicon): string[] {
  return [
    ...CUE_KINDS.flatMap((k) => Object.values(lex.cues[k]).flat()),
    ...Object.values(lex.commit).flat(),
  ];
}

describe("visit lexicons", () => {
  it("keeps the committed Traditional lexicon in step with the Simplified one (run scripts/gen-visits-hant.ts)", () => {
    const converters = HANT_TARGETS.map((to) => OpenCC.Converter({ from: "cn", to }));
    expect(VISITS_ZH_HANT).toEqual(hantLexicon(VISITS_ZH_HANS, converters));
  });

  it("gives the Traditional lexicon the Simplified one's kinds and subtypes, entry for entry", () => {
    for (const kind of CUE_KINDS)
      for (const [sub, list] of Object.entries(VISITS_ZH_HANS.cues[kind]))
        expect([kind, sub, VISITS_ZH_HANT.cues[kind][sub]?.length]).toEqual([
          kind,
          sub,
          list.length,
        ]);
  });

  it("reads Traditional words natively", () => {
    expect(VISITS_ZH_HANT.cues.orderDone.signed.some((e) => e.includes("簽"))).toBe(true);
    expect(VISITS_ZH_HANT.cues.tSpec.any.some((e) => e.includes("週"))).toBe(true);
    expect(VISITS_ZH_HANT.empty).toContain("無");
  });

  it.each(LEXICONS.map((l) => [l.lang, l] as const))(
    "has only valid patterns without capturing groups in %s",
    (_, lex) => {
      for (const source of entries(lex)) {
        const groups = new RegExp(`${source}|`).exec("")!.length - 1;
        expect([source, groups]).toEqual([source, 0]);
      }
    }
  );

  it.each(LEXICONS.map((l) => [l.lang, l] as const))(
    "has patterns that cannot match an empty string or start anywhere in %s",
    (_, lex) => {
      for (const source of entries(lex))
        expect([source, matchStarts(source) !== undefined]).toEqual([source, true]);
    }
  );

  it("compiles every entry as the scanner builds it (merged scripts, English spacing)", () => {
    for (const e of [...CUE_ENTRIES, ...COMMIT_ENTRIES]) {
      const source = e.word ? `(?:${e.source})(?![a-z0-9])` : e.source;
      expect(() => new RegExp(source, "y")).not.toThrow();
    }
  });

  it("covers every cue kind in each language file", () => {
    for (const lex of LEXICONS) expect(Object.keys(lex.cues).sort()).toEqual([...CUE_KINDS].sort());
  });

  it("does not import opencc-js at runtime", () => {
    for (const file of ["compile.ts", "classify.ts", "commit.ts", "index.ts", "lexicon.zh-Hant.ts"])
      expect(readFileSync(join(__dirname, file), "utf8")).not.toMatch(
        /from\s+["']opencc|require\(["']opencc/
      );
  });
});
