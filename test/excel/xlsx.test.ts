import ExcelJS from "exceljs";
import type { SheetPlan } from "../../src/core/sheet/plan";
import { renderXlsx } from "../../src/excel/xlsx";

const plan: SheetPlan = {
  tables: [
    {
      name: "tblDays",
      sheet: "Targets",
      anchor: { row: 0, col: 0 },
      madeBy: "Advance · Targets",
      columns: [
        { header: "Date", numberFormat: "yyyy-mm-dd" },
        { header: "Month" },
        { header: "Note" },
        { header: "Target", numberFormat: "#,##0" },
      ],
      rows: [
        [{ date: 46023 }, "2026-01", "=not a formula", 100],
        [{ date: 46024 }, "2026-01", "-拒绝", 200],
      ],
      rowHighlights: [{ formula: "=$D2>150", fill: "#FDE7E9" }],
    },
    {
      name: "tblMonths",
      sheet: "Targets",
      anchor: { row: 0, col: 6 },
      madeBy: "Advance · Targets",
      columns: [{ header: "Month" }, { header: "Target", numberFormat: "#,##0" }],
      rows: [["2026-01", { formula: "=SUMIFS(tblDays[Target],tblDays[Month],G2)", result: 300 }]],
    },
  ],
  cells: [{ sheet: "Targets", row: 3, col: 6, value: "Check" }],
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

describe("renderXlsx", () => {
  it("writes real tables with formats, live formulas and their results", async () => {
    const wb = await load(await renderXlsx(plan));
    const ws = wb.getWorksheet("Targets")!;
    expect(
      Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables).sort()
    ).toEqual(["tblDays", "tblMonths"]);
    expect(ws.getCell("A2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("A2").value).toEqual(new Date(Date.UTC(2026, 0, 1)));
    expect(ws.getCell("D3").numFmt).toBe("#,##0");
    expect(ws.getCell("H2").value).toEqual({
      formula: "SUMIFS(tblDays[Target],tblDays[Month],G2)",
      result: 300,
    });
    expect(ws.getCell("G4").value).toBe("Check");
    expect(ws.getCell("A1").note).toBe("Advance · Targets");
  });

  it("keeps text that looks like a formula as text", async () => {
    const ws = (await load(await renderXlsx(plan))).getWorksheet("Targets")!;
    expect(ws.getCell("C2").value).toBe("=not a formula");
    expect(ws.getCell("C2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C3").value).toBe("-拒绝");
  });

  it("writes row highlights as conditional formats", async () => {
    const ws = (await load(await renderXlsx(plan))).getWorksheet("Targets")!;
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf).toEqual([
      expect.objectContaining({
        ref: "A2:D3",
        rules: [expect.objectContaining({ type: "expression", formulae: ["$D2>150"] })],
      }),
    ]);
  });
});
