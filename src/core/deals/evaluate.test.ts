import { parseCsv, readLabelled, score } from "./evaluate";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"\nthere'],
    ]);
  });

  it("finds the columns by their header names", () => {
    const rows = readLabelled("label,id,text,lang,why\nprice,P1,太贵,zh-Hans,because\n");
    expect(rows).toEqual([
      { id: "P1", lang: "zh-Hans", text: "太贵", label: "price", why: "because" },
    ]);
  });
});

describe("score", () => {
  it("computes accuracy, per-class F1 and macro-F1 over the classes that occur", () => {
    const s = score(
      [
        { gold: "a", predicted: "a" },
        { gold: "a", predicted: "b" },
        { gold: "b", predicted: "b" },
      ],
      ["a", "b", "c"]
    );
    expect(s.accuracy).toBeCloseTo(2 / 3);
    expect(s.perClass.a.f1).toBeCloseTo(2 / 3); // precision 1, recall 1/2
    expect(s.perClass.b.f1).toBeCloseTo(2 / 3); // precision 1/2, recall 1
    expect(s.macroF1).toBeCloseTo(2 / 3); // c has no rows and no predictions
    expect(s.confusion.a.b).toBe(1);
  });
});
