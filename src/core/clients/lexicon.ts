import type { Depth, Level, Outcome, Role, Stage } from "./types";

/**
 * The words users write for each label, in English, 简体 and 繁體, compared after
 * normalizeLabel (width, case, spaces and punctuation do not matter: "New toy",
 * "new-toy" and "NEW TOY" are one word). The stable keys themselves are always
 * accepted too. Kept short on purpose: the terms of the method (seed 001,
 * docs/methodology.md) and their everyday short forms, nothing guessed.
 */
export const ROLE_WORDS: { readonly [K in Role]: readonly string[] } = {
  receptive: ["receptive", "接纳者", "接納者", "接纳", "接納"],
  dissatisfied: ["dissatisfied", "不满者", "不滿者", "不满", "不滿"],
  power: ["power", "权力者", "權力者", "权力", "權力", "决策者", "決策者", "decision maker"],
};

export const LEVEL_WORDS: { readonly [K in Level]: readonly string[] } = {
  acquaintance: ["acquaintance", "认识", "認識"],
  dating: ["dating", "约会", "約會"],
  partner: ["partner", "伙伴", "夥伴"],
  ally: ["ally", "同盟", "盟友"],
};

export const DEPTH_WORDS: { readonly [K in Depth]: readonly string[] } = {
  deep: ["deep", "深接触", "深接觸", "深"],
  frequent: ["frequent", "多接触", "多接觸", "多"],
  light: ["light", "浅接触", "淺接觸", "浅", "淺"],
  none: ["none", "不接触", "不接觸", "无接触", "無接觸"],
};

export const STAGE_WORDS: { readonly [K in Stage]: readonly string[] } = {
  "new-toy": ["new toy", "新玩具期", "新玩具"],
  learning: ["learning", "学习期", "學習期", "学习", "學習"],
  effectiveness: ["effectiveness", "收效期", "收效"],
};

export const OUTCOME_WORDS: { readonly [K in Outcome]: readonly string[] } = {
  order: ["order", "成交", "订单", "訂單"],
  advance: ["advance", "晋级", "晉級", "进展", "進展", "进展晋级", "進展晉級"],
  continuation: ["continuation", "暂时中断", "暫時中斷", "中断", "中斷"],
  "no-sale": ["no sale", "没有成交", "沒有成交", "未成交"],
};

/** A client marked as newly developed (新开发客户, seed 003) rather than ranked. */
export const NEW_CLIENT_WORDS: readonly string[] = [
  "new",
  "新",
  "新客户",
  "新客戶",
  "新开发",
  "新開發",
  "新开发客户",
  "新開發客戶",
];

/** Cells that say "nothing here" in a label column: skipped like blanks, not reported as unknown. */
export const PLACEHOLDER_WORDS: readonly string[] = [
  "",
  "na",
  "无",
  "無",
  "未知",
  "unknown",
  "tbd",
  "待定",
];
