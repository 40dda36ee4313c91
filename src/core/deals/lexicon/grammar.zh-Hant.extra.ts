import type { Grammar } from "./types";

/**
 * Traditional-only function words, appended to the converted Simplified grammar.
 * Input of scripts/gen-deals-hant.ts; not imported at runtime.
 */
export const GRAMMAR_ZH_HANT_EXTRA: Partial<Grammar> = {
  negators: "尚無|未曾",
  placeholders: ["無資料", "暫缺"],
  repComment: "(業務|業代)(備註|註記|心得)|我(個人)?(覺得|猜|估計|研判)",
  decisive: "重點是|卡關的是",
  concession: "好商量|可以喬",
};
