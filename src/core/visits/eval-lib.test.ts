import { barFailures, evaluate, formatConfusion, parseCsv, stats } from "../../../scripts/eval-lib";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = '\uFEFFid,text,label\r\n1,"a, ""b""\nc",order\n2,plain,none\n';
    expect(parseCsv(text)).toEqual([
      { id: "1", text: 'a, "b"\nc', label: "order" },
      { id: "2", text: "plain", label: "none" },
    ]);
  });

  it("keeps an empty last field", () => {
    expect(parseCsv("a,b\n1,")).toEqual([{ a: "1", b: "" }]);
  });
});

describe("stats", () => {
  it("computes accuracy, per-class F1 and macro-F1", () => {
    const s = stats([
      { gold: "a", predicted: "a" },
      { gold: "a", predicted: "b" },
      { gold: "b", predicted: "b" },
      { gold: "b", predicted: "b" },
    ]);
    expect(s.accuracy).toBe(0.75);
    expect(s.perClass.a.f1).toBeCloseTo(2 / 3);
    expect(s.perClass.b.f1).toBeCloseTo(0.8);
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(s.confusion.a.b).toBe(1);
  });

  it("prints a confusion matrix with gold rows and predicted columns", () => {
    const table = formatConfusion(stats([{ gold: "x", predicted: "y" }], ["x", "y"]));
    expect(table.split("\n")[1].trim().split(/\s+/)).toEqual(["x", "0", "1"]);
  });
});

describe("evaluate", () => {
  const rows = [
    { lang: "en", label: "a", text: "a" },
    { lang: "en", label: "b", text: "a" },
    { lang: "zh", label: "b", text: "b" },
  ];

  it("scores overall and per group and lists the misses", () => {
    const report = evaluate(rows, (r) => r.text);
    expect(report.overall.correct).toBe(2);
    expect(report.byGroup.en.accuracy).toBe(0.5);
    expect(report.byGroup.zh.accuracy).toBe(1);
    expect(report.misses.map((m) => [m.gold, m.predicted])).toEqual([["b", "a"]]);
  });

  it("names the group that misses a bar", () => {
    const report = evaluate(rows, (r) => r.text);
    expect(barFailures(report, { accuracy: 0.5, macroF1: 0.3, perGroup: 0.9 })).toEqual([
      "en macro-F1 0.333 < 0.9",
      "en accuracy 0.500 < 0.9",
    ]);
  });
});
