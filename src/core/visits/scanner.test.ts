import { matchStarts, Scanner } from "./scanner";

function tokens(scanner: Scanner, text: string): [number, string][] {
  const out: [number, string][] = [];
  scanner.scan(text, (label, start, end) => out.push([label, text.slice(start, end)]));
  return out;
}

describe("matchStarts", () => {
  it.each([
    ["签了", ["签了"]],
    ["[我你]们?", ["我", "我们", "你", "你们"]],
    ["(?<![帮给])我(?!的)", ["我"]],
    ["(?:下个?|本)?周[一二]", ["下个", "下周", "本周", "周一", "周二"]],
    ["\\d{1,2}点", ["00", "0点"]],
  ])("lists the starts of %s", (source, expected) => {
    const starts = matchStarts(source);
    expect(starts && [...starts].filter((s) => expected.includes(s)).sort()).toEqual(
      [...expected].sort()
    );
  });

  it("falls back to first characters when the second cannot be listed", () => {
    expect(matchStarts("跟[^,]{0,8}商量")).toEqual(new Set(["跟"]));
  });

  it.each([".", "a?", "[^,]x", "(?:)"])(
    "refuses a pattern that can start anywhere: %s",
    (source) => {
      expect(matchStarts(source)).toBeUndefined();
    }
  );
});

describe("Scanner", () => {
  const scanner = new Scanner([
    { source: "不错", word: false, label: 1 },
    { source: "不需要", word: false, label: 2 },
    { source: "不", word: false, label: 3 },
    { source: "po", word: true, label: 4 },
    { source: "sign(?:ed)?", word: true, label: 5 },
  ]);

  it("lets the earlier entry win a position", () => {
    expect(tokens(scanner, "产品不错,但不需要,不买")).toEqual([
      [1, "不错"],
      [2, "不需要"],
      [3, "不"],
    ]);
  });

  it("matches English entries as whole words only", () => {
    expect(tokens(scanner, "report po, signed; resigned, signs, PO已收到".toLowerCase())).toEqual([
      [4, "po"],
      [5, "signed"],
      [4, "po"],
    ]);
  });

  it("reads Latin words next to Chinese characters", () => {
    expect(tokens(scanner, "下了po,已经signed")).toEqual([
      [4, "po"],
      [5, "signed"],
    ]);
  });
});
