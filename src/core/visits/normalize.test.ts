import fc from "fast-check";
import { fold, isMeaningless, placeholderKey } from "./normalize";

describe("fold", () => {
  it.each([
    ["ＰＯ已收到，共３０００套。", "po已收到,共3000套。"],
    ["Signed ‘phase 1’ — “done”", "signed 'phase 1' — \"done\""],
    ["客户：同意　试用", "客户:同意 试用"],
  ])("folds width, quotes and case of %s", (text, expected) => {
    expect(fold(text)).toBe(expected);
  });

  it("keeps every character in place, so evidence can be quoted from the original", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => expect(fold(s).length).toBe(s.length))
    );
    expect(fold("İstanbul").length).toBe("İstanbul".length);
  });
});

describe("isMeaningless", () => {
  const placeholders = new Set(["na", "无", "none"].map(placeholderKey));

  it.each(["", "  ", "-", "——", "...", "…", "/", "n/a", "N/A", "#N/A", "无", "None."])(
    "treats %j as saying nothing",
    (text) => {
      expect(isMeaningless(fold(text), placeholders)).toBe(true);
    }
  );

  it.each(["无需求", "none of them agreed", "签", "ok"])("keeps %j as a note", (text) => {
    expect(isMeaningless(fold(text), placeholders)).toBe(false);
  });
});
