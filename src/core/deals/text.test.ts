import { excerpt, hasContent, joinNotes, normalise, splitSentences } from "./text";

describe("normalise", () => {
  it("folds full-width letters, digits and punctuation to half-width without changing the length", () => {
    const text = "ＲＯＩ为１５％，回本：两年　“好”";
    const out = normalise(text);
    expect(out).toBe('ROI为15%,回本:两年 "好"');
    expect(out).toHaveLength(text.length);
  });
});

describe("splitSentences", () => {
  it("splits at Chinese and English sentence ends but not after titles or inside numbers", () => {
    const parts = splitSentences("Mr. Li said 99.5% is fine. Next step?好的。再见").map((s) =>
      s.text.trim()
    );
    expect(parts).toEqual(["Mr. Li said 99.5% is fine.", "Next step?", "好的。", "再见"]);
  });

  it("keeps offsets into the note", () => {
    const text = "甲。乙说好";
    for (const s of splitSentences(text))
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });
});

describe("hasContent", () => {
  const placeholders = new Set(["n a", "无"]);
  it.each([
    ["签", true],
    ["ok", true],
    ["", false],
    ["  -- ", false],
    ["N/A", false],
    ["无", false],
    ["123", false],
  ])("says whether %j has something to read (%s)", (text, expected) => {
    expect(hasContent(text, placeholders)).toBe(expected);
  });
});

describe("joinNotes", () => {
  it("closes each cell as a sentence and skips blank cells", () => {
    expect(joinNotes(["first", " ", "second."])).toBe("first.\nsecond.");
    expect(joinNotes(["客户说太贵", "next: send offer"])).toBe("客户说太贵。\nnext: send offer.");
  });
});

describe("excerpt", () => {
  it("returns short sentences whole and shortens long ones around the hit", () => {
    expect(excerpt(" short ", 1, 3)).toBe("short");
    const long = "x".repeat(100) + "HIT" + "y".repeat(100);
    const cut = excerpt(long, 100, 103, 40);
    expect(cut).toContain("HIT");
    expect(cut.length).toBeLessThanOrEqual(42);
  });
});
