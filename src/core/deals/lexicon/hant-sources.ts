/**
 * What the Traditional generator converts: each generated module, its
 * Simplified source and its Traditional-only additions. Shared by
 * scripts/gen-deals-hant.ts (writes the files) and the drift test (compares).
 * Not imported at runtime.
 */
import { GRAMMAR_ZH_HANS } from "./grammar.zh-Hans";
import { GRAMMAR_ZH_HANT_EXTRA } from "./grammar.zh-Hant.extra";
import { hantGrammar, hantLexicon, renderModule, type Converter } from "./hant";
import { OBJECTION_ZH_HANS } from "./objection.zh-Hans";
import { OBJECTION_ZH_HANT_EXTRA } from "./objection.zh-Hant.extra";
import { STAGE_ZH_HANS } from "./stage.zh-Hans";
import { STAGE_ZH_HANT_EXTRA } from "./stage.zh-Hant.extra";

/** opencc-js targets from Simplified ("cn"): Taiwan, Taiwan with phrases, Hong Kong. */
export const HANT_TARGETS = ["tw", "twp", "hk"] as const;

export interface GeneratedModule {
  /** File name inside src/core/deals/lexicon/. */
  readonly file: string;
  /** Exported constant name. */
  readonly name: string;
  readonly value: unknown;
  readonly text: string;
}

export function generateHant(converters: readonly Converter[]): GeneratedModule[] {
  const make = (
    file: string,
    name: string,
    typeImport: string,
    typeName: string,
    value: unknown,
    source: string
  ): GeneratedModule => ({
    file,
    name,
    value,
    text: renderModule(name, typeImport, typeName, value, source),
  });
  return [
    make(
      "grammar.zh-Hant.ts",
      "GRAMMAR_ZH_HANT",
      'import type { Grammar } from "./types";',
      "Grammar",
      hantGrammar(GRAMMAR_ZH_HANS, GRAMMAR_ZH_HANT_EXTRA, converters),
      "grammar.zh-Hans.ts + grammar.zh-Hant.extra.ts"
    ),
    make(
      "stage.zh-Hant.ts",
      "STAGE_ZH_HANT",
      'import type { StageKey } from "../types";\nimport type { Lexicon } from "./types";',
      "Lexicon<StageKey>",
      hantLexicon(STAGE_ZH_HANS, STAGE_ZH_HANT_EXTRA, converters),
      "stage.zh-Hans.ts + stage.zh-Hant.extra.ts"
    ),
    make(
      "objection.zh-Hant.ts",
      "OBJECTION_ZH_HANT",
      'import type { ObjectionKey } from "../types";\nimport type { Lexicon } from "./types";',
      "Lexicon<ObjectionKey>",
      hantLexicon(OBJECTION_ZH_HANS, OBJECTION_ZH_HANT_EXTRA, converters),
      "objection.zh-Hans.ts + objection.zh-Hant.extra.ts"
    ),
  ];
}
