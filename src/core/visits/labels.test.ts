import { hasMessage, LANGS } from "../i18n";
import { explainVerdict, levelLabel, outcomeLabel } from "./labels";
import { COMMIT_LEVELS, OUTCOMES, RULE_IDS } from "./types";

describe("visit labels", () => {
  it.each([
    ["en", ["Order", "Advance", "Continuation", "No-sale"]],
    ["zh-Hans", ["成交", "晋级", "暂时中断", "没有成交"]],
    ["zh-Hant", ["成交", "晉級", "暫時中斷", "沒有成交"]],
  ] as const)("names the four outcomes in %s", (lang, names) => {
    expect(OUTCOMES.map((o) => outcomeLabel(o, lang))).toEqual(names);
  });

  it.each([
    ["en", "Public written commitment"],
    ["zh-Hans", "公开的书面承诺"],
    ["zh-Hant", "公開的書面承諾"],
  ] as const)("names the commitment levels in %s", (lang, strongest) => {
    expect(levelLabel("public-written", lang)).toBe(strongest);
    expect(new Set(COMMIT_LEVELS.map((l) => levelLabel(l, lang))).size).toBe(COMMIT_LEVELS.length);
  });

  it("has a message for every rule, outcome and level in every language", () => {
    const keys = [
      ...RULE_IDS.map((r) => `visits.rule.${r}`),
      ...OUTCOMES.map((o) => `visits.outcome.${o}`),
      ...COMMIT_LEVELS.map((l) => `visits.level.${l}`),
      "visits.why",
      "visits.whyNoQuote",
      "visits.emptyNote",
      "visits.noCommitment",
    ];
    expect(keys.filter((k) => !hasMessage(k))).toEqual([]);
  });

  it.each(LANGS)("explains a verdict in %s by naming the rule and quoting the evidence", (lang) => {
    const text = explainVerdict(
      { outcome: "advance", rule: "advance.trial", evidence: "同意先试用两周" },
      lang
    );
    expect(text).toContain(outcomeLabel("advance", lang));
    expect(text).toContain("同意先试用两周");
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it("explains in plain words", () => {
    expect(
      explainVerdict(
        { outcome: "no-sale", rule: "no-sale.competitor", evidence: "went with" },
        "en"
      )
    ).toBe("No-sale: the customer chose another supplier (“went with”).");
    expect(
      explainVerdict(
        { outcome: "continuation", rule: "continuation.nothingAgreed", evidence: "" },
        "zh-Hans"
      )
    ).toBe("暂时中断:客户没有承诺具体行动。");
  });
});
