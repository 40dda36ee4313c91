import type { TablePlan } from "../../src/core/sheet/plan";
import { MemoryWorkbook } from "../../src/excel/memory";
import { splitRows, tableGrid } from "../../src/excel/cells";
import type { Scenario } from "./types";

const rows = 84_000; // a year of days × 3 markets × 4 tiers × ~19, the largest table the pane writes
const plan: TablePlan = {
  name: "tblBench",
  sheet: "Bench",
  anchor: { row: 0, col: 0 },
  madeBy: "bench",
  columns: ["Date", "Week", "Month", "Quarter", "Market", "Tier", "Target"].map((header) => ({
    header,
  })),
  rows: Array.from({ length: rows }, (_, i) => [
    { date: 46023 + (i % 365) },
    "2026-W01",
    "2026-01",
    "2026-Q1",
    "主战场",
    "A",
    i,
  ]),
};

export const scenarios: Scenario[] = [
  {
    name: `prepare and chunk ${rows.toLocaleString("en")} rows for Excel`,
    iterations: 5,
    items: rows,
    itemName: "rows",
    run: () => {
      const g = tableGrid(plan);
      return splitRows(g.inputs, g.formats);
    },
    extra: () => {
      const g = tableGrid(plan);
      const blocks = splitRows(g.inputs, g.formats);
      return `${blocks.length} requests, largest ${(Math.max(...blocks.map((b) => b.bytes)) / 1048576).toFixed(2)} MB`;
    },
  },
  {
    name: `write ${rows.toLocaleString("en")} rows into the in-memory workbook`,
    iterations: 3,
    items: rows,
    itemName: "rows",
    run: () => new MemoryWorkbook().applyPlan({ tables: [plan] }),
  },
];
