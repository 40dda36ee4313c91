import { MemoryWorkbook } from "../../excel/memory";
import {
  COL_CAP,
  ROW_CAP,
  columnWidths,
  drawnExtent,
  rowFill,
  rowRule,
  sheetExtent,
  tableLooks,
  textWidth,
} from "./grid";

describe("drawing a sheet of the preview workbook", () => {
  it("spans the cells, the spilled values and the tables of a sheet", () => {
    const wb = new MemoryWorkbook();
    wb.set("S", 2, 1, "x");
    expect(sheetExtent(wb, "S")).toEqual({ rows: 3, cols: 2 });
    expect(sheetExtent(wb, "S", new Map([["5,4", 1]]))).toEqual({ rows: 6, cols: 5 });
  });

  it("draws empty cells beyond the used range to type in, and never more than the caps", () => {
    const small = drawnExtent({ rows: 3, cols: 2 });
    expect(small.rows).toBeGreaterThan(3);
    expect(small.cols).toBeGreaterThan(2);
    expect(drawnExtent({ rows: 0, cols: 0 }).rows).toBeGreaterThan(0);
    expect(drawnExtent({ rows: 10_000, cols: 500 })).toEqual({ rows: ROW_CAP, cols: COL_CAP });
  });

  it("styles a table's header and bands its rows, with no fill for the light styles without one", () => {
    const wb = new MemoryWorkbook();
    wb.load("S", [["H"], [1], [2]], { row: 1, col: 0 }, "tbl");
    const look = tableLooks(wb, "S");
    expect([look(1, 0)?.part, look(2, 0)?.part, look(3, 0)?.part, look(0, 0)]).toEqual([
      "header",
      "band",
      "body",
      undefined,
    ]);
    wb.tables.get("tbl")!.style = "TableStyleLight1";
    expect(tableLooks(wb, "S")(1, 0)?.filled).toBe(false);
  });

  it("sizes columns by their widest text, counting CJK characters as two", () => {
    expect(textWidth("拜访ab")).toBe(6);
    const [narrow, wide, long] = columnWidths(
      (c) => [["a"], ["拜访内容拜访内容"], ["x".repeat(500)]][c],
      3
    );
    expect(narrow).toBeLessThan(wide);
    expect(long).toBe(360);
  });
});

describe("row highlights of the add-in's tables", () => {
  const row = (values: Record<number, string | number>) => (col: number) => values[col];

  it.each([
    ["=$G2>0", { 6: 3 }, true],
    ["=$G2>0", { 6: 0 }, false],
    ["=$G2>0", { 6: "late" }, false],
    ['=ISNUMBER(FIND("3+ visits",$J2))', { 9: "Overdue, 3+ visits" }, true],
    ['=ISNUMBER(FIND("3+ Visits",$J2))', { 9: "3+ visits" }, false],
    ['=ISNUMBER(SEARCH("3+ Visits",$J2))', { 9: "3+ visits" }, true],
  ] as const)("reads %s on a row", (formula, values, holds) => {
    const test = rowRule(formula, 1)!;
    expect(test((col) => row(values)(col), 5)).toBe(holds);
  });

  it("refuses to guess at formulas of other shapes", () => {
    expect(rowRule("=AND($G2>0,$H2<3)", 1)).toBeUndefined();
  });

  it("fills a row by the first rule that holds", () => {
    const wb = new MemoryWorkbook();
    wb.load(
      "S",
      [
        ["Days", "Flags"],
        [2, "third"],
        [0, "third"],
        [0, ""],
      ],
      { row: 0, col: 0 },
      "tbl"
    );
    wb.tables.get("tbl")!.rowHighlights = [
      { formula: "=$A2>0", fill: "#FF0000" },
      { formula: '=ISNUMBER(FIND("third",$B2))', fill: "#FFFF00" },
    ];
    const t = wb.tables.get("tbl")!;
    expect([1, 2, 3].map((r) => rowFill(wb, t, r)?.fill)).toEqual([
      "#FF0000",
      "#FFFF00",
      undefined,
    ]);
  });
});
