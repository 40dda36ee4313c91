import type { SheetPlan, TablePlan } from "../core/sheet/plan";
import {
  boxAddress,
  parseAddress,
  qualified,
  rangeAddress,
  splitRows,
  tableBox,
  toExcelInput,
  escapeText,
  type Box,
} from "./cells";
import {
  findConflicts,
  layoutTable,
  ownedAfter,
  OWNED_KEY,
  parseOwned,
  type WorkbookFacts,
} from "./ownership";
import type {
  FormulaColumn,
  ReadValue,
  Region,
  WorkbookAccess,
  WriteOptions,
  WriteOutcome,
  WrittenTable,
} from "./types";

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const SETTINGS_PREFIX = "advance.";
const DEFAULT_STYLE = "TableStyleLight9";

/**
 * Runs `step` for each item, one request (context.sync) per item. This is for work that
 * Excel on the web cannot take in one request — blocks of rows kept under its 5 MB
 * limit — never for per-cell round trips.
 */
async function syncEach<T>(
  context: Excel.RequestContext,
  items: readonly T[],
  step: (item: T, index: number) => void,
  after?: (index: number) => void
): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    step(items[i], i);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per ≤4 MB block, by design
    await context.sync();
    after?.(i);
  }
}

function sheetOf(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

export class OfficeWorkbook implements WorkbookAccess {
  constructor(private readonly run: Run = (batch) => Excel.run(batch)) {}

  async applyPlan(plan: SheetPlan, options: WriteOptions = {}): Promise<WriteOutcome> {
    return this.run(async (context) => {
      const wb = context.workbook;
      // Request 1: what exists — the plan's sheets and tables, and the ownership record.
      const ownedItem = wb.settings.getItemOrNullObject(OWNED_KEY);
      ownedItem.load("value");
      const sheetNames = [
        ...new Set([...plan.tables.map((t) => t.sheet), ...(plan.cells ?? []).map((c) => c.sheet)]),
      ];
      const sheets = new Map(
        sheetNames.map((n) => [n, wb.worksheets.getItemOrNullObject(n)] as const)
      );
      sheets.forEach((s) => s.load("name"));
      const tables = new Map(
        plan.tables.map((t) => [t.name, wb.tables.getItemOrNullObject(t.name)] as const)
      );
      tables.forEach((t) => t.load("name"));
      await context.sync();

      // Request 2: the existing tables' contents and what is in each target area.
      const owned = parseOwned(ownedItem.isNullObject ? undefined : ownedItem.value);
      const tableRanges = new Map<string, { range: Excel.Range; sheet: Excel.Worksheet }>();
      tables.forEach((table, name) => {
        if (table.isNullObject) return;
        const range = table.getRange();
        range.load(["address", "formulas", "rowCount", "columnCount"]);
        const sheet = table.worksheet;
        sheet.load("name");
        tableRanges.set(name, { range, sheet });
      });
      const usedRanges = new Map<string, Excel.Range>();
      for (const t of plan.tables) {
        const sheet = sheets.get(t.sheet)!;
        if (sheet.isNullObject) continue;
        const used = sheet.getRange(boxAddress(tableBox(t))).getUsedRangeOrNullObject(true);
        used.load("address");
        usedRanges.set(t.name, used);
      }
      const cellRanges = new Map<string, Excel.Range>();
      for (const c of plan.cells ?? []) {
        const sheet = sheets.get(c.sheet)!;
        if (sheet.isNullObject) continue;
        const r = sheet.getRange(rangeAddress(c.row, c.col, 1, 1));
        r.load("values");
        cellRanges.set(qualified(c.sheet, rangeAddress(c.row, c.col, 1, 1)), r);
      }
      await context.sync();

      const facts: WorkbookFacts = {
        tables: new Map(
          [...tableRanges].map(([name, { range, sheet }]) => [
            name,
            {
              sheet: sheet.name,
              address: stripSheet(range.address),
              formulas: range.formulas as unknown[][],
            },
          ])
        ),
        usedInTarget: new Map(
          [...usedRanges].map(([name, r]) => [
            name,
            r.isNullObject ? undefined : parseAddress(r.address)?.box,
          ])
        ),
        cellValues: new Map([...cellRanges].map(([k, r]) => [k, r.values[0][0]])),
        owned,
      };
      const conflicts = findConflicts(plan, facts);
      if (conflicts.length > 0 && !options.overwrite) return { ok: false, conflicts };

      // Requests 3…n: the rows, in blocks under the request limit.
      const written: WrittenTable[] = [];
      const total = plan.tables.reduce((n, t) => n + t.rows.length + 1, 0);
      let done = 0;
      let requests = 2;
      for (const name of sheetNames) if (sheets.get(name)!.isNullObject) wb.worksheets.add(name);

      interface Block {
        table: TablePlan;
        first: number;
        count: number;
        grid: ReturnType<typeof layoutTable>;
      }
      const blocks: Block[] = [];
      const layouts = new Map<string, ReturnType<typeof layoutTable>>();
      for (const t of plan.tables) {
        const grid = layoutTable(t, facts.tables.get(t.name), owned.tables[t.name]);
        layouts.set(t.name, grid);
        for (const b of splitRows(grid.inputs, grid.formats))
          blocks.push({ table: t, first: b.first, count: b.count, grid });
        // A table moving elsewhere (another sheet or anchor) leaves its old place empty.
        const old = tableRanges.get(t.name);
        if (old) {
          const oldBox = parseAddress(old.range.address)!.box;
          if (
            old.sheet.name !== t.sheet ||
            oldBox.top !== grid.box.top ||
            oldBox.left !== grid.box.left
          ) {
            tables.get(t.name)!.convertToRange().clear();
            tableRanges.delete(t.name);
          }
        }
      }
      await syncEach(
        context,
        blocks,
        (b) => {
          const t = b.table;
          const width = b.grid.box.right - b.grid.box.left + 1;
          const range = sheetOf(context, t.sheet).getRange(
            rangeAddress(t.anchor.row + b.first, t.anchor.col, b.count, width)
          );
          range.numberFormat = b.grid.formats.slice(b.first, b.first + b.count);
          range.formulas = b.grid.inputs.slice(b.first, b.first + b.count);
        },
        (i) => {
          done += blocks[i].count;
          requests++;
          options.onProgress?.(Math.min(done, total), total);
        }
      );

      // Last request: tables, leftovers of a larger previous run, styling, loose cells, the record.
      for (const t of plan.tables) {
        const sheet = sheetOf(context, t.sheet);
        const box = layouts.get(t.name)!.box;
        const address = boxAddress(box);
        const body = boxAddress({ ...box, top: box.top + 1 });
        const old = tableRanges.get(t.name);
        if (old) {
          const oldBox = parseAddress(old.range.address)!.box;
          clearOutside(sheet, oldBox, box);
          tables.get(t.name)!.resize(address);
          // Highlights are rewritten, not stacked on top of the previous run's.
          if (t.rowHighlights?.length) sheet.getRange(body).conditionalFormats.clearAll();
        } else {
          const table = sheet.tables.add(address, true);
          table.name = t.name;
          table.style = t.style ?? DEFAULT_STYLE;
          context.workbook.comments.add(
            qualified(t.sheet, rangeAddress(box.top, box.left, 1, 1)),
            t.madeBy
          );
        }
        for (const h of t.rowHighlights ?? []) {
          const cf = sheet
            .getRange(body)
            .conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
          cf.custom.rule.formula = h.formula;
          cf.custom.format.fill.color = h.fill;
          if (h.font) cf.custom.format.font.color = h.font;
        }
        sheet
          .getRange(
            rangeAddress(
              box.top,
              box.left,
              Math.min(box.bottom - box.top + 1, 200),
              box.right - box.left + 1
            )
          )
          .format.autofitColumns();
        written.push({ name: t.name, sheet: t.sheet, address, rows: t.rows.length, created: !old });
      }
      for (const c of plan.cells ?? []) {
        const r = sheetOf(context, c.sheet).getRange(rangeAddress(c.row, c.col, 1, 1));
        if (c.numberFormat) r.numberFormat = [[c.numberFormat]];
        r.formulas = [[toExcelInput(c.value)]];
        if (c.bold) r.format.font.bold = true;
      }
      const first = plan.tables[0];
      if (first && first.anchor.row === 0) sheetOf(context, first.sheet).freezePanes.freezeRows(1);
      wb.settings.add(
        OWNED_KEY,
        JSON.stringify(ownedAfter(plan, owned, new Map([...layouts].map(([n, l]) => [n, l.box]))))
      );
      await context.sync();
      requests++;
      return { ok: true, tables: written, requests };
    });
  }

  async readActiveRegion(): Promise<Region | undefined> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      const tables = selection.getTables(false);
      const count = tables.getCount();
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load("name");
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(["address", "values"]);
      await context.sync();
      // getCount() returns a ClientResult, whose value is there after sync without load().
      // eslint-disable-next-line office-addins/load-object-before-read
      if (count.value > 0) {
        const table = tables.getFirst();
        table.load("name");
        const range = table.getRange();
        range.load(["address", "values"]);
        await context.sync();
        return toRegion(sheet.name, range.address, range.values, table.name);
      }
      if (used.isNullObject) return undefined;
      return toRegion(sheet.name, used.address, used.values);
    });
  }

  async readSelection(): Promise<{ sheet: string; address: string; values: ReadValue[][] }> {
    return this.run(async (context) => {
      const selection = context.workbook.getSelectedRange();
      selection.load("address");
      const used = context.workbook.worksheets.getActiveWorksheet().getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      const a = parseAddress(selection.address);
      if (used.isNullObject)
        return { sheet: a?.sheet ?? "", address: stripSheet(selection.address), values: [] };
      // A whole-column selection (A:A) is a million cells; only the used part holds values.
      const part = selection.getIntersectionOrNullObject(used);
      part.load(["address", "values"]);
      await context.sync();
      if (part.isNullObject)
        return { sheet: a?.sheet ?? "", address: stripSheet(selection.address), values: [] };
      return {
        sheet: a?.sheet ?? "",
        address: stripSheet(part.address),
        values: part.values as ReadValue[][],
      };
    });
  }

  async readRange(sheetName: string, address: string): Promise<Region | undefined> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      sheet.load("name");
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const range = sheet.getRange(address);
      range.load(["address", "values"]);
      await context.sync();
      return toRegion(sheetName, range.address, range.values);
    });
  }

  async readTable(name: string): Promise<Region | undefined> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      await context.sync();
      if (table.isNullObject) return undefined;
      const range = table.getRange();
      range.load(["address", "values"]);
      const sheet = table.worksheet;
      sheet.load("name");
      await context.sync();
      return toRegion(sheet.name, range.address, range.values, name);
    });
  }

  async addFormulaColumn(column: FormulaColumn, options: WriteOptions = {}): Promise<WriteOutcome> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(column.sheet);
      const target = sheet.getRange(rangeAddress(column.top, column.col, column.rows + 1, 1));
      target.load(["values", "formulas", "address"]);
      await context.sync();
      const header = target.values[0][0];
      const ours = header === column.header;
      const occupied = target.values.some((r, i) =>
        i === 0 ? !ours && r[0] !== "" : !ours && r[0] !== ""
      );
      if (occupied && !options.overwrite) {
        return {
          ok: false,
          conflicts: [
            {
              kind: "occupied",
              sheet: column.sheet,
              address: stripSheet(target.address),
              table: column.table ?? "",
            },
          ],
        };
      }
      const formulas: (string | number)[][] = [[escapeText(column.header)]];
      for (let i = 0; i < column.rows; i++) formulas.push([column.formula(i)]);
      if (column.table && !ours) {
        // A new table column fills itself for rows added later (calculated column).
        const table = context.workbook.tables.getItem(column.table);
        table.columns.add(undefined, formulas as string[][], column.header);
      } else {
        target.formulas = formulas;
      }
      const body = sheet.getRange(
        rangeAddress(column.top + 1, column.col, Math.max(column.rows, 1), 1)
      );
      if (!ours) {
        for (const h of column.highlights ?? []) {
          const cf = body.conditionalFormats.add("ContainsText" as Excel.ConditionalFormatType);
          cf.textComparison.format.fill.color = h.fill;
          if (h.font) cf.textComparison.format.font.color = h.font;
          cf.textComparison.rule = {
            operator: "Contains" as Excel.ConditionalTextOperator,
            text: h.text,
          };
        }
      }
      body.format.autofitColumns();
      await context.sync();
      return {
        ok: true,
        tables: [
          {
            name: column.table ?? "",
            sheet: column.sheet,
            address: stripSheet(target.address),
            rows: column.rows,
            created: !ours,
          },
        ],
        requests: 2,
      };
    });
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.run(async (context) => {
      const item = context.workbook.settings.getItemOrNullObject(SETTINGS_PREFIX + key);
      item.load("value");
      await context.sync();
      if (item.isNullObject) return undefined;
      try {
        return JSON.parse(String(item.value)) as T;
      } catch {
        return undefined;
      }
    });
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.run(async (context) => {
      context.workbook.settings.add(SETTINGS_PREFIX + key, JSON.stringify(value));
      await context.sync();
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}

function stripSheet(address: string): string {
  const i = address.lastIndexOf("!");
  return i === -1 ? address : address.slice(i + 1);
}

/** Clears what a previous, larger run wrote outside the new table's box. */
function clearOutside(sheet: Excel.Worksheet, old: Box, now: Box): void {
  if (old.bottom > now.bottom) {
    sheet
      .getRange(
        boxAddress({ top: now.bottom + 1, left: old.left, bottom: old.bottom, right: old.right })
      )
      .clear();
  }
  if (old.right > now.right) {
    sheet
      .getRange(
        boxAddress({
          top: old.top,
          left: now.right + 1,
          bottom: Math.min(old.bottom, now.bottom),
          right: old.right,
        })
      )
      .clear();
  }
}

function toRegion(sheet: string, address: string, values: unknown[][], table?: string): Region {
  const a = parseAddress(address)!;
  const [head = [], ...rows] = values as ReadValue[][];
  return {
    sheet,
    address: stripSheet(address),
    top: a.box.top,
    left: a.box.left,
    table,
    headers: head.map((h) => String(h ?? "").trim()),
    rows,
  };
}
