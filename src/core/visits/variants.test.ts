import { mergePatterns, patternAtoms } from "./variants";

describe("mergePatterns", () => {
  it.each([
    ["约好", "約好", "[约約]好"],
    ["(?<![帮给])我们", "(?<![幫給])我們", "(?<![帮给幫給])我[们們]"],
    ["[^,。没]{0,6}?签了", "[^,。沒]{0,6}?簽了", "[^,。没沒]{0,6}?[签簽]了"],
    ["项目取消", "專案取消", "[项專][目案]取消"],
    ["信息部", "資訊部", "[信資][息訊]部"],
    ["软件", "軟體軟件", "(?:软件|軟體軟件)"],
  ])("merges %s and %s into %s", (a, b, expected) => {
    expect(mergePatterns(a, b)).toBe(expected);
  });

  it.each(["签约", "簽約", "簽约"])(
    "reads %s, in either script or both, with the merged pattern",
    (text) => {
      expect(new RegExp(`^${mergePatterns("签约", "簽約")}$`).test(text)).toBe(true);
    }
  );

  it("keeps a merged guard working for both scripts", () => {
    const re = new RegExp(mergePatterns("(?<![帮给])我们", "(?<![幫給])我們"));
    expect(["帮我们", "幫我們", "我们同意"].map((t) => re.test(t))).toEqual([false, false, true]);
  });

  it("splits escapes and classes as single atoms", () => {
    expect(patternAtoms("\\d[一二]?号")).toEqual(["\\d", "[一二]", "?", "号"]);
  });
});
