import { LANGS, t } from "../i18n";
import { deals } from "../i18n/messages/deals";
import {
  moveLabelKey,
  objectionLabelKey,
  positionLabelKey,
  stageLabelKey,
  stepKey,
  strengthLabelKey,
} from "./labels";
import { parseObjection, parseStage, parseStrengths } from "./parse";
import { STEPS } from "./pullback-table";
import { objectionReply } from "./replies";
import { MOVES, OBJECTIONS, POSITIONS, STRENGTHS } from "./types";

describe("deals messages", () => {
  it("carries the same keys in English, Simplified and Traditional Chinese", () => {
    const keys = Object.keys(deals.en).sort();
    expect(Object.keys(deals["zh-Hans"]).sort()).toEqual(keys);
    expect(Object.keys(deals["zh-Hant"]).sort()).toEqual(keys);
  });

  it("uses the same placeholders in every language", () => {
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(deals.en) as (keyof typeof deals.en)[]) {
      expect(holes(deals["zh-Hans"][key])).toEqual(holes(deals.en[key]));
      expect(holes(deals["zh-Hant"][key])).toEqual(holes(deals.en[key]));
    }
  });

  it.each([
    ["problem", "Problem", "问题", "問題"],
    ["pain", "Pain", "痛苦", "痛苦"],
    ["goal", "Goal", "目标", "目標"],
    ["requirements", "Requirements", "要求", "要求"],
    ["measures", "Measures", "措施", "措施"],
    ["solution", "Solution", "方案", "方案"],
    ["value", "Value", "价值", "價值"],
    ["risk", "Risk", "风险", "風險"],
    ["cost", "Cost", "成本", "成本"],
  ] as const)("labels the stage %s as in the guide", (key, en, hans, hant) => {
    expect(LANGS.map((l) => t(l, stageLabelKey(key)))).toEqual([en, hans, hant]);
  });

  it.each([
    ["strategy", "Strategy", "战略", "戰略"],
    ["timing", "Timing", "时机", "時機"],
    ["team", "Team", "团队", "團隊"],
    ["price", "Price", "价格", "價格"],
    ["authority", "Authority", "决策权", "決策權"],
    ["stall", "Stall", "拖延", "拖延"],
    ["none", "None", "无异议", "無異議"],
  ] as const)("labels the objection %s as in the guide", (key, en, hans, hant) => {
    expect(LANGS.map((l) => t(l, objectionLabelKey(key)))).toEqual([en, hans, hant]);
  });

  it("has words for every move, position, strength and step, and a reply for every objection", () => {
    const keys = [
      ...MOVES.map(moveLabelKey),
      ...POSITIONS.map(positionLabelKey),
      ...STRENGTHS.map(strengthLabelKey),
      ...STEPS.map(stepKey),
      ...OBJECTIONS.map((o) => {
        const r = objectionReply(o);
        return r.ok ? r.value : "missing";
      }),
    ];
    for (const key of keys) for (const lang of LANGS) expect(t(lang, key)).not.toBe(key);
  });

  it("returns an issue for a reply to an unknown objection kind", () => {
    const r = objectionReply("money" as never);
    expect(!r.ok && r.issue.code).toBe("deals.objection.unknown");
  });
});

describe("parsing names typed by users", () => {
  it.each([
    ["pain", "pain"],
    ["Requirements", "requirements"],
    ["问题", "problem"],
    ["問題", "problem"],
    [" 成本 ", "cost"],
  ])("reads the stage %j as %s", (text, key) => {
    const r = parseStage(text);
    expect(r.ok && r.value).toBe(key);
  });

  it.each([
    ["Authority", "authority"],
    ["决策权", "authority"],
    ["無異議", "none"],
    ["timing", "timing"],
  ])("reads the objection %j as %s", (text, key) => {
    const r = parseObjection(text);
    expect(r.ok && r.value).toBe(key);
  });

  it("reads a list of strengths in any language and drops repeats", () => {
    const r = parseStrengths(["topAccess, 有参照系", "", "能接觸高層"]);
    expect(r.ok && r.value).toEqual(["topAccess", "referenceCases"]);
  });

  it("returns an issue naming the value it could not read", () => {
    const r = parseStage("closing");
    expect(!r.ok && r.issue).toMatchObject({
      code: "deals.stage.unknown",
      params: { value: "closing" },
    });
    const s = parseStrengths("charm");
    expect(!s.ok && s.issue.code).toBe("deals.strength.unknown");
  });
});
