import type { ObjectionKey } from "../types";
import type { Lexicon } from "./types";

/**
 * Traditional-only words for the objection lexicon (Taiwan and Hong Kong
 * usage that character conversion does not produce). Macros are appended to
 * the converted macros of the same name.
 * Input of scripts/gen-deals-hant.ts; not imported at runtime.
 */
export const OBJECTION_ZH_HANT_EXTRA: Lexicon<ObjectionKey> = {
  macros: {
    BOSS: "老闆娘|老闆|頭家|董仔|總座|上層|高層|長官",
  },
  cues: [
    {
      kind: "timing",
      rule: "objection.timing",
      re: "(年後|農曆年後|過年後|尾牙後).{0,6}再|時間(還要|要)?再喬",
    },
    {
      kind: "team",
      rule: "objection.team",
      re: "人手.{0,4}(吃緊|不足|很緊)|人力.{0,4}(吃緊|不足)|忙不過來|分身乏術",
    },
    { kind: "price", rule: "objection.price", re: "太硬|價錢.{0,4}(高|硬)|預算(見底|用罄|吃緊)" },
    {
      kind: "authority",
      rule: "objection.authority",
      re: "(老闆|董事長|總經理|高層|長官).{0,8}(批示|核准|核可|簽核)|簽核|呈核|上簽|簽呈|呈給|呈報",
    },
    { kind: "stall", rule: "objection.stall", re: "考慮看看|評估看看|再研究看看" },
  ],
};
