import type { Region } from "../../../excel/types";
import { outcomeColumn, outcomeFormula, outcomeHighlights } from "./columns";

const region: Region = {
  sheet: "Log",
  address: "B3:F5",
  top: 2,
  left: 1,
  headers: ["Date", "Client", "Notes", "Next step", "Rep"],
  rows: [
    [1, "A", "n", "s", "r"],
    [2, "B", "n", "s", "r"],
  ],
};

describe("the outcome column", () => {
  it.each([
    [{ first: 2, last: 3 }, 0, "en", '=SALES.VISITOUTCOME(D4:E4,,"en")'],
    [{ first: 2, last: 2 }, 1, "zh-Hant", '=SALES.VISITOUTCOME(D5,,"zh-Hant")'],
  ] as const)("writes the row's note cells and the language: %p row %p", (span, row, lang, f) => {
    expect(outcomeFormula(region, span, row, lang)).toBe(f);
  });

  it("goes in the first column right of the log the first time", () => {
    const c = outcomeColumn({ region, own: [], span: { first: 2, last: 3 }, lang: "zh-Hans" });
    expect([c.col, c.header, c.rows, c.top]).toEqual([6, "拜访结果", 2, 2]);
  });

  it("finds its own column again on a re-run and keeps that column's language", () => {
    const grown = {
      ...region,
      headers: [...region.headers, "Visit outcome"],
      rows: region.rows.map((r) => [...r, "Order"]),
    };
    const own = [{ sheet: "Log", header: "Visit outcome" }];
    const c = outcomeColumn({ region: grown, own, span: { first: 2, last: 3 }, lang: "zh-Hans" });
    expect([c.col, c.header]).toEqual([6, "Visit outcome"]);
    expect(c.formula(0)).toBe('=SALES.VISITOUTCOME(D4:E4,,"en")');
  });

  it("does not take a user's column of the same name for its own", () => {
    const grown = { ...region, headers: [...region.headers, "Visit outcome"] };
    const c = outcomeColumn({ region: grown, own: [], span: { first: 2, last: 3 }, lang: "en" });
    expect(c.col).toBe(7);
  });

  it.each(["en", "zh-Hans", "zh-Hant"] as const)(
    "colours each of the four labels differently in %s",
    (lang) => {
      const h = outcomeHighlights(lang)!;
      expect(h).toHaveLength(4);
      expect(new Set(h.map((x) => x.fill)).size).toBe(4);
    }
  );
});
