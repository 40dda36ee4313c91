import { LANGS } from "../../core/i18n/lang";
import { previewMessages } from "./messages";

describe("the preview page's words", () => {
  const keys = Object.keys(previewMessages.en).sort();

  it.each(LANGS)("exist in %s for every key, none empty", (lang) => {
    const table = previewMessages[lang] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual(keys);
    for (const key of keys) expect(table[key].trim()).not.toBe("");
  });

  it.each(LANGS)("use the same placeholders in %s as in English", (lang) => {
    const table = previewMessages[lang] as Record<string, string>;
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of keys)
      expect([key, holes(table[key])]).toEqual([
        key,
        holes((previewMessages.en as Record<string, string>)[key]),
      ]);
  });
});
