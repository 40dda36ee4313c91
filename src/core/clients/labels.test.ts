import {
  DEPTHS,
  FLAGS,
  LEVELS,
  OUTCOMES,
  ROLES,
  SCOPES,
  STAGES,
  depthLabel,
  flagLabel,
  isPlaceholder,
  levelLabel,
  outcomeLabel,
  parseDepth,
  parseLevel,
  parseOutcome,
  parseRoles,
  parseStage,
  parseTier,
  roleLabel,
  scopeLabel,
  stageLabel,
  tierLabel,
} from ".";
import { LANGS } from "../i18n";
import { MESSAGES } from "../i18n/messages";
import { clients as clientMessages } from "../i18n/messages/clients";

describe("labels are read in all three languages and as keys", () => {
  it.each([
    ["接纳者", "receptive"],
    ["接納者", "receptive"],
    ["Receptive", "receptive"],
    ["不满者", "dissatisfied"],
    ["不滿者", "dissatisfied"],
    ["权力者", "power"],
    ["權力者", "power"],
    ["决策者", "power"],
    ["POWER", "power"],
  ])("reads the role %p as %s", (text, role) => {
    expect(parseRoles(text)).toEqual({ roles: [role], unknown: [] });
  });

  it.each([
    ["接纳者/权力者", ["receptive", "power"]],
    ["权力者、不满者、接纳者", ["receptive", "dissatisfied", "power"]],
    ["receptive, power", ["receptive", "power"]],
    ["接納者 權力者", ["receptive", "power"]],
    ["power / power", ["power"]],
  ])("reads several roles in %p", (text, roles) => {
    expect(parseRoles(text)).toEqual({ roles, unknown: [] });
  });

  it("reports words that are no role and skips placeholders", () => {
    expect(parseRoles("接纳者/采购员/-")).toEqual({ roles: ["receptive"], unknown: ["采购员"] });
  });

  it.each([
    ["认识", "acquaintance"],
    ["認識", "acquaintance"],
    ["约会", "dating"],
    ["約會", "dating"],
    ["伙伴", "partner"],
    ["夥伴", "partner"],
    ["同盟", "ally"],
    ["Ally", "ally"],
  ])("reads the relationship level %p as %s", (text, level) =>
    expect(parseLevel(text)).toBe(level)
  );

  it.each([
    ["深接触", "deep"],
    ["多接觸", "frequent"],
    ["淺接觸", "light"],
    ["不接触", "none"],
    ["none", "none"],
  ])("reads the contact depth %p as %s", (text, depth) => expect(parseDepth(text)).toBe(depth));

  it.each([
    ["新玩具期", "new-toy"],
    ["New toy", "new-toy"],
    ["new-toy", "new-toy"],
    ["学习期", "learning"],
    ["學習期", "learning"],
    ["收效期", "effectiveness"],
  ])("reads the stage %p as %s", (text, stage) => expect(parseStage(text)).toBe(stage));

  it.each([
    ["成交", "order"],
    ["晋级", "advance"],
    ["晉級", "advance"],
    ["暂时中断", "continuation"],
    ["暫時中斷", "continuation"],
    ["没有成交", "no-sale"],
    ["No-sale", "no-sale"],
    ["no sale", "no-sale"],
  ])("reads the outcome %p as %s", (text, outcome) => expect(parseOutcome(text)).toBe(outcome));

  it.each([
    ["A", "A"],
    ["b", "B"],
    ["Ｃ", "C"],
    ["A类", "A"],
    ["B級", "B"],
    ["C类客户", "C"],
    ["新客户", "new"],
    ["新客戶", "new"],
    ["New", "new"],
  ])("reads the tier %p as %s", (text, tier) => expect(parseTier(text)).toBe(tier));

  it.each(["D", "AB", "VIP", ""])("refuses %p as a tier", (text) =>
    expect(parseTier(text)).toBeUndefined()
  );

  it.each(["", " ", "-", "—", "n/a", "无", "未知"])("treats %p as a placeholder", (text) =>
    expect(isPlaceholder(text)).toBe(true)
  );
});

describe("labels are written per language", () => {
  const writers: [string, readonly string[], (k: never, lang: "en") => string][] = [
    ["role", ROLES, roleLabel as never],
    ["level", LEVELS, levelLabel as never],
    ["depth", DEPTHS, depthLabel as never],
    ["scope", SCOPES, scopeLabel as never],
    ["stage", STAGES, stageLabel as never],
    ["outcome", OUTCOMES, outcomeLabel as never],
    ["flag", FLAGS, flagLabel as never],
  ];

  it.each(writers)("has a %s label for every key in every language", (prefix, keys) => {
    for (const lang of LANGS)
      for (const k of keys) expect(MESSAGES[lang][`clients.${prefix}.${k}`]).toBeTruthy();
  });

  it("reads back every label it writes", () => {
    for (const lang of LANGS) {
      for (const r of ROLES) expect(parseRoles(roleLabel(r, lang)).roles).toEqual([r]);
      for (const l of LEVELS) expect(parseLevel(levelLabel(l, lang))).toBe(l);
      for (const d of DEPTHS) expect(parseDepth(depthLabel(d, lang))).toBe(d);
      for (const s of STAGES) expect(parseStage(stageLabel(s, lang))).toBe(s);
      for (const o of OUTCOMES) expect(parseOutcome(outcomeLabel(o, lang))).toBe(o);
      expect(parseTier(tierLabel("new", lang))).toBe("new");
    }
  });

  it("writes keys when asked for keys", () => {
    expect(roleLabel("power", "key")).toBe("power");
    expect(tierLabel("new", "key")).toBe("new");
    expect(tierLabel("A", "zh-Hans")).toBe("A");
  });

  it("writes Traditional script for zh-Hant", () => {
    expect(roleLabel("receptive", "zh-Hant")).toBe("接納者");
    expect(roleLabel("receptive", "zh-Hans")).toBe("接纳者");
  });
});

describe("the clients message table", () => {
  it("has the same keys in the three languages", () => {
    const keys = Object.keys(clientMessages.en).sort();
    expect(Object.keys(clientMessages["zh-Hans"]).sort()).toEqual(keys);
    expect(Object.keys(clientMessages["zh-Hant"]).sort()).toEqual(keys);
  });

  it("uses the same placeholders in every language", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [key, en] of Object.entries(clientMessages.en)) {
      expect([
        key,
        names(clientMessages["zh-Hans"][key as keyof typeof clientMessages.en]),
      ]).toEqual([key, names(en)]);
      expect([
        key,
        names(clientMessages["zh-Hant"][key as keyof typeof clientMessages.en]),
      ]).toEqual([key, names(en)]);
    }
  });
});
