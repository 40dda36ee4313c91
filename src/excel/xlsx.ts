import ExcelJS from "exceljs";
import type { SheetPlan } from "../core/sheet/plan";
import { MemoryWorkbook, type MemCell } from "./memory";

function excelValue(cell: MemCell | undefined): ExcelJS.CellValue {
  if (!cell) return null;
  if (cell.formula) {
    const result = cell.value === "" ? undefined : cell.value;
    return { formula: cell.formula.slice(1), result } as ExcelJS.CellFormulaValue;
  }
  // Text is stored as a string cell: it never becomes a formula, whatever it starts with.
  return cell.value === "" ? null : cell.value;
}

/** Display width of text: CJK characters take two columns. */
function textWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return n;
}

function argb(hex: string): string {
  return "FF" + hex.replace(/^#/, "").toUpperCase();
}

/**
 * Writes an in-memory workbook as .xlsx with real Excel tables, number formats, live
 * formulas (with their cached results) and the add-in's notes, so the file opens in
 * Excel showing the same thing the add-in writes through Office.js.
 */
export async function memoryToXlsx(mem: MemoryWorkbook): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Advance";
  wb.calcProperties.fullCalcOnLoad = true;
  for (const name of mem.sheetOrder) {
    const ws = wb.addWorksheet(name);
    const cells = mem.sheets.get(name)!;
    const inTable = new Set<string>();
    const widths = new Map<number, number>();
    const tables = [...mem.tables.values()].filter((t) => t.sheet === name);
    for (const t of tables) {
      const { box } = t;
      const header = [] as string[];
      for (let c = box.left; c <= box.right; c++)
        header.push(String(mem.get(name, box.top, c)?.value ?? `Column${c - box.left + 1}`));
      const rows: ExcelJS.CellValue[][] = [];
      for (let r = box.top + 1; r <= box.bottom; r++) {
        const row: ExcelJS.CellValue[] = [];
        for (let c = box.left; c <= box.right; c++) row.push(excelValue(mem.get(name, r, c)));
        rows.push(row);
      }
      ws.addTable({
        name: t.name,
        ref: `${ws.getColumn(box.left + 1).letter}${box.top + 1}`,
        headerRow: true,
        style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
        columns: header.map((h) => ({ name: h, filterButton: true })),
        rows: rows.length ? rows : [header.map(() => null)],
      });
      if (t.comment) ws.getCell(box.top + 1, box.left + 1).note = t.comment;
      for (let r = box.top; r <= box.bottom; r++)
        for (let c = box.left; c <= box.right; c++) inTable.add(`${r},${c}`);
    }
    for (const [key, cell] of cells) {
      const [r, c] = key.split(",").map(Number);
      const xc = ws.getCell(r + 1, c + 1);
      if (!inTable.has(key)) xc.value = excelValue(cell);
      if (cell.format && cell.format !== "General") xc.numFmt = cell.format;
      const shown =
        typeof cell.value === "number" && cell.format?.includes("y")
          ? 10
          : textWidth(String(cell.value));
      widths.set(c, Math.max(widths.get(c) ?? 8, Math.min(shown + 2, 60)));
    }
    widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    if (tables.some((t) => t.box.top === 0)) ws.views = [{ state: "frozen", ySplit: 1 }];
    for (const t of tables) {
      for (const [i, h] of (t.rowHighlights ?? []).entries()) {
        const body = { ...t.box, top: t.box.top + 1 };
        const first = ws.getColumn(body.left + 1).letter + (body.top + 1);
        const last = ws.getColumn(body.right + 1).letter + (body.bottom + 1);
        ws.addConditionalFormatting({
          ref: `${first}:${last}`,
          rules: [
            {
              type: "expression",
              priority: i + 1,
              formulae: [h.formula.replace(/^=/, "")],
              style: {
                fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(h.fill) } },
                font: h.font ? { color: { argb: argb(h.font) } } : undefined,
              },
            },
          ],
        });
      }
    }
    for (const h of mem.highlights.filter((x) => x.sheet === name)) {
      ws.addConditionalFormatting({
        ref: h.address,
        rules: [
          {
            type: "containsText",
            operator: "containsText",
            text: h.text,
            priority: 1,
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(h.fill) } },
              font: h.font ? { color: { argb: argb(h.font) } } : undefined,
            },
          },
        ],
      });
    }
  }
  if (mem.sheetOrder.length === 0) wb.addWorksheet("Sheet1");
  const out = await wb.xlsx.writeBuffer();
  // Uint8Array rather than Buffer: the browser preview downloads the same bytes.
  return new Uint8Array(out as ArrayBuffer);
}

/** A plan written into a fresh workbook, as .xlsx bytes (the CLI's --out FILE.xlsx). */
export async function renderXlsx(plan: SheetPlan): Promise<Uint8Array> {
  const mem = new MemoryWorkbook();
  const outcome = await mem.applyPlan(plan);
  if (!outcome.ok) throw new Error("a fresh workbook cannot have conflicts");
  return memoryToXlsx(mem);
}
