import { LANGS } from "../i18n";
import { targets } from "../i18n/messages/targets";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the targets messages", () => {
  const keys = Object.keys(targets.en) as (keyof typeof targets.en)[];

  it.each(keys)("%s has the same placeholders in every language", (key) => {
    for (const lang of LANGS)
      expect(placeholders(targets[lang][key])).toEqual(placeholders(targets.en[key]));
  });

  it("writes Chinese messages in Chinese (no English left in place)", () => {
    const untranslated = keys.filter(
      (k) => targets["zh-Hans"][k] === targets.en[k] || targets["zh-Hant"][k] === targets.en[k]
    );
    expect(untranslated).toEqual([]);
  });
});
