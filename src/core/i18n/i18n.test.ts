import { LANGS, parseLang, resolveLang, t } from ".";
import { FUNCTION_TEXTS } from "./functions";
import { TABLES } from "./messages";

describe("languages", () => {
  it.each([
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans-CN", "zh-Hans"],
    ["zh-TW", "zh-Hant"],
    ["zh-hk", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh_TW.UTF-8", "zh-Hant"],
    ["en-GB", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("reads Office's display language %p as %s", (tag, lang) => {
    expect(resolveLang(tag)).toBe(lang);
  });

  it.each([
    ["en", "en"],
    ["简体", "zh-Hans"],
    ["繁體", "zh-Hant"],
    ["zh-TW", "zh-Hant"],
    ["klingon", undefined],
  ])("parses the language argument %p", (arg, lang) => {
    expect(parseLang(arg)).toBe(lang);
  });
});

describe("message tables", () => {
  it.each(TABLES.map((table, i) => [i, table] as const))(
    "table %d has the same keys in all three languages",
    (_i, table) => {
      const en = Object.keys(table.en).sort();
      expect(Object.keys(table["zh-Hans"]).sort()).toEqual(en);
      expect(Object.keys(table["zh-Hant"]).sort()).toEqual(en);
    }
  );

  it("uses the same placeholders in every language", () => {
    for (const table of TABLES) {
      for (const [key, text] of Object.entries(table.en as Record<string, string>)) {
        const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        for (const lang of LANGS)
          expect([key, names((table[lang] as Record<string, string>)[key])]).toEqual([
            key,
            names(text),
          ]);
      }
    }
  });

  it("leaves no Chinese text untranslated into English, nor English-only text in Chinese", () => {
    for (const table of TABLES) {
      for (const [key, text] of Object.entries(table["zh-Hans"] as Record<string, string>)) {
        const en = (table.en as Record<string, string>)[key];
        if (/[a-z]{4,}/i.test(en) && en.length > 12)
          expect([key, text === en]).toEqual([key, false]);
      }
    }
  });

  it("fills placeholders", () => {
    expect(t("en", "arg.required", { arg: "start" })).toBe(
      "start is required. Give a value or a cell that holds one."
    );
  });

  it("describes every function in three languages", () => {
    for (const [id, f] of Object.entries(FUNCTION_TEXTS)) {
      for (const lang of LANGS) {
        expect([id, f.description[lang].length > 0]).toEqual([id, true]);
        for (const [p, text] of Object.entries(f.params))
          expect([id, p, text[lang].length > 0]).toEqual([id, p, true]);
      }
    }
  });
});
