import type { StageKey } from "../types";
import type { Lexicon } from "./types";

/**
 * Traditional-only words for the stage lexicon: usage in Taiwan and Hong Kong
 * that no character conversion of the Simplified file produces. Macros here
 * are appended to the converted macros of the same name.
 * Input of scripts/gen-deals-hant.ts; not imported at runtime.
 */
export const STAGE_ZH_HANT_EXTRA: Lexicon<StageKey> = {
  macros: {
    DOC: "標案|招標案|採購案|徵求建議書|建議書徵求|規範書",
  },
  cues: [
    { kind: "pain", rule: "stage.painLoss", re: "提列.{0,8}(損失|跌價)|虧錢|賠錢|被扣款" },
    {
      kind: "measures",
      rule: "stage.criteriaSet",
      re: "評選(辦法|標準|委員)|評分(項目|配比)|資格條件",
    },
    { kind: "solution", rule: "stage.vendorsCompared", re: "(上台|上臺)簡報|評選會" },
    { kind: "cost", rule: "stage.priceNegotiated", re: "議價|殺價|凍漲|砍到" },
  ],
};
