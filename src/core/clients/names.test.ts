import fc from "fast-check";
import { CJK_SUFFIXES, LATIN_SUFFIXES, clientKey, describeMatchRule } from ".";
import { LANGS } from "../i18n";

describe("clientKey matches the names real logs use for one client", () => {
  it.each([
    ["杭州华联科技有限公司", "杭州华联科技"],
    ["杭州华联科技股份有限公司", "杭州华联科技"],
    ["杭州华联科技(集团)有限公司", "杭州华联科技"],
    ["杭州华联科技集团", "杭州华联科技"],
    ["杭州华联科技 有限责任公司", "杭州华联科技"],
    ["台北鼎新資訊有限責任公司", "台北鼎新資訊"],
    ["ＡＣＭＥ　Ｃｏ．，Ｌｔｄ．", "acme"],
    ["Acme Co., Ltd.", "acme"],
    ["ACME Inc", "acme"],
    ["acme llc", "acme"],
    ["Acme Corp.", "acme"],
    ["  Acme  ", "acme"],
    ["华联ＸＹ科技", "华联xy科技"],
  ])("reads %p as %p", (name, key) => {
    expect(clientKey(name)).toBe(key);
  });

  it.each([
    ["杭州华联科技有限公司", "杭州華聯科技有限公司"],
    ["杭州华联", "萧山华联"],
    ["Acme", "Acme Tools"],
  ])("keeps %p and %p apart", (a, b) => {
    expect(clientKey(a)).not.toBe(clientKey(b));
  });

  it("removes a Latin suffix only as a whole word", () => {
    expect(clientKey("Costco")).toBe("costco");
    expect(clientKey("Ltd Trading")).toBe("ltdtrading");
  });

  it("never strips a name down to nothing", () => {
    expect(clientKey("有限公司")).toBe("有限公司");
    expect(clientKey("Company")).toBe("company");
  });

  it("gives a blank name an empty key", () => {
    expect(clientKey("  ")).toBe("");
  });
});

describe("clientKey on any name", () => {
  // Half-width ASCII → full-width (U+FF01…U+FF5E), the way Chinese input methods type it.
  const fullWidth = (s: string) =>
    s
      .replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))
      .replace(/ /g, "\u3000");
  const name = fc.stringMatching(/^[A-Za-z\u4e00-\u9fa5][A-Za-z0-9\u4e00-\u9fa5]{1,11}$/);

  it("ignores width, case and surrounding spaces", () => {
    fc.assert(
      fc.property(
        name,
        (n) => clientKey(fullWidth(n.toUpperCase())) === clientKey(`  ${n.toLowerCase()} `)
      )
    );
  });

  it("ignores a legal suffix added to a name that has none", () => {
    const suffix = fc.constantFrom(
      "有限公司",
      "股份有限公司",
      "(集团)有限公司",
      " Co., Ltd.",
      " Inc.",
      " LLC"
    );
    fc.assert(
      fc.property(name, suffix, (n, s) => {
        fc.pre(clientKey(n) === n.toLowerCase()); // a name that already ends in a legal form is another case
        return clientKey(n + s) === clientKey(n);
      })
    );
  });
});

describe("describeMatchRule", () => {
  it.each(LANGS)("lists every suffix in %s", (lang) => {
    const text = describeMatchRule(lang);
    for (const s of [...CJK_SUFFIXES, ...LATIN_SUFFIXES]) expect(text).toContain(s);
    expect(text).not.toContain("{");
  });
});
