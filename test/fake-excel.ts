/**
 * A fake of the small part of the Office.js Excel API that src/excel/office.ts uses,
 * backed by a MemoryWorkbook as the document. Like Excel, it refuses to read a property
 * that was not loaded and synced, and it measures every request: what each
 * `context.sync()` carries, so tests can hold writes under Excel on the web's 5 MB limit.
 */
import { boxAddress, parseAddress, qualified, type Box } from "../src/excel/cells";
import { MemoryWorkbook } from "../src/excel/memory";

export interface RequestLog {
  bytes: number;
  ops: number;
}

function utf8(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

class Loadable {
  protected loaded = false;
  protected pending = false;
  constructor(protected readonly ctx: FakeContext) {}
  load(_props?: unknown): this {
    this.pending = true;
    this.ctx.track(this);
    return this;
  }
  /** Items of a loaded collection ("items/name") arrive loaded. */
  preloaded(): this {
    this.loaded = true;
    return this;
  }
  markSynced(): void {
    if (this.pending) this.loaded = true;
    this.pending = false;
  }
  protected need(prop: string): void {
    if (!this.loaded)
      throw new Error(`PropertyNotLoaded: ${prop} was read before load() and sync()`);
  }
}

class FakeRange extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    readonly box: Box | undefined
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.box === undefined;
  }
  get address(): string {
    this.need("address");
    return qualified(this.sheetName, boxAddress(this.box!));
  }
  get values(): unknown[][] {
    this.need("values");
    return this.ctx.doc.valuesOf(this.sheetName, this.box!);
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.ctx.doc.formulasOf(this.sheetName, this.box!);
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.box!.bottom - this.box!.top + 1;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.box!.right - this.box!.left + 1;
  }
  set formulas(grid: unknown[][]) {
    this.ctx.op(JSON.stringify(grid));
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        const prev = this.ctx.doc.get(this.sheetName, this.box!.top + i, this.box!.left + j);
        this.ctx.doc.set(
          this.sheetName,
          this.box!.top + i,
          this.box!.left + j,
          v as string | number | boolean,
          prev?.format
        );
      })
    );
  }
  set values(grid: unknown[][]) {
    this.formulas = grid;
  }
  set numberFormat(grid: string[][]) {
    this.ctx.op(JSON.stringify(grid));
    grid.forEach((row, i) =>
      row.forEach((f, j) => {
        const r = this.box!.top + i;
        const c = this.box!.left + j;
        const cell = this.ctx.doc.get(this.sheetName, r, c);
        if (cell) cell.format = f;
        else this.ctx.doc.set(this.sheetName, r, c, null, f);
      })
    );
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.ctx.op("intersect");
    const a = this.box!;
    const b = other.box;
    const box = b && {
      top: Math.max(a.top, b.top),
      left: Math.max(a.left, b.left),
      bottom: Math.min(a.bottom, b.bottom),
      right: Math.min(a.right, b.right),
    };
    const empty = !box || box.top > box.bottom || box.left > box.right;
    return new FakeRange(this.ctx, this.sheetName, empty ? undefined : box);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.op("used");
    return new FakeRange(this.ctx, this.sheetName, this.ctx.doc.usedIn(this.sheetName, this.box!));
  }
  clear(): void {
    this.ctx.op("clear");
    const s = this.ctx.doc.sheets.get(this.sheetName);
    for (let r = this.box!.top; r <= this.box!.bottom; r++)
      for (let c = this.box!.left; c <= this.box!.right; c++) s?.delete(`${r},${c}`);
  }
  select(): void {
    this.ctx.op("select");
    this.ctx.doc.active = { sheet: this.sheetName, address: boxAddress(this.box!) };
  }
  getTables(_full: boolean) {
    const ctx = this.ctx;
    const found = [...ctx.doc.tables.values()].filter(
      (t) =>
        t.sheet === this.sheetName &&
        this.box &&
        this.box.top >= t.box.top &&
        this.box.top <= t.box.bottom &&
        this.box.left >= t.box.left &&
        this.box.left <= t.box.right
    );
    const count = new (class extends Loadable {
      get value() {
        this.need("value");
        return found.length;
      }
    })(ctx);
    ctx.track(count.load());
    return { getCount: () => count, getFirst: () => new FakeTable(ctx, found[0]?.name) };
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheetName);
  }
  format = {
    autofitColumns: () => this.ctx.op("autofit"),
    font: {
      set bold(_b: boolean) {
        /* formatting is not modelled */
      },
    },
  };
  conditionalFormats = {
    clearAll: () => {
      this.ctx.op("cf-clear");
      const doc = this.ctx.doc;
      const here = boxAddress(this.box!);
      for (let k = doc.highlights.length - 1; k >= 0; k--) {
        if (doc.highlights[k].sheet === this.sheetName && doc.highlights[k].address === here)
          doc.highlights.splice(k, 1);
      }
    },
    add: (type: string) => {
      this.ctx.op("cf");
      const h = {
        sheet: this.sheetName,
        address: boxAddress(this.box!),
        text: "",
        fill: "",
        font: undefined as string | undefined,
        formula: undefined as string | undefined,
        type,
      };
      this.ctx.doc.highlights.push(h);
      const format = {
        fill: {
          set color(c: string) {
            h.fill = c;
          },
        },
        font: {
          set color(c: string) {
            h.font = c;
          },
        },
      };
      return {
        textComparison: {
          format,
          set rule(r: { text: string }) {
            h.text = r.text;
          },
        },
        custom: {
          format,
          rule: {
            set formula(f: string) {
              h.formula = f;
            },
          },
        },
      };
    },
  };
}

class FakeTable extends Loadable {
  constructor(
    ctx: FakeContext,
    private tableName: string | undefined
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.tableName === undefined || !this.ctx.doc.tables.has(this.tableName);
  }
  get name(): string {
    this.need("name");
    return this.tableName!;
  }
  set name(n: string) {
    this.ctx.op(n);
    const t = this.ctx.doc.tables.get(this.tableName!)!;
    this.ctx.doc.tables.delete(this.tableName!);
    t.name = n;
    this.ctx.doc.tables.set(n, t);
    this.tableName = n;
  }
  set style(s: string) {
    this.ctx.op(s);
    this.ctx.doc.tables.get(this.tableName!)!.style = s;
  }
  private get record() {
    const t = this.ctx.doc.tables.get(this.tableName!);
    if (!t) throw new Error(`ItemNotFound: table ${this.tableName}`);
    return t;
  }
  getRange(): FakeRange {
    this.ctx.op("getRange");
    const t = this.record;
    return new FakeRange(this.ctx, t.sheet, t.box);
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.record.sheet);
  }
  resize(address: string): void {
    this.ctx.op(address);
    this.record.box = parseAddress(address)!.box;
  }
  convertToRange(): FakeRange {
    this.ctx.op("convert");
    const t = this.record;
    this.ctx.doc.tables.delete(t.name);
    return new FakeRange(this.ctx, t.sheet, t.box);
  }
  columns = {
    add: (_index: unknown, values: unknown[][], name: string) => {
      this.ctx.op(JSON.stringify(values));
      const t = this.record;
      const col = t.box.right + 1;
      values.forEach((row, i) =>
        this.ctx.doc.set(t.sheet, t.box.top + i, col, i === 0 ? name : (row[0] as string))
      );
      t.box = { ...t.box, right: col };
    },
  };
}

class FakeWorksheet extends Loadable {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string | undefined
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    this.need("isNullObject");
    return this.sheetName === undefined || !this.ctx.doc.sheets.has(this.sheetName);
  }
  get name(): string {
    this.need("name");
    return this.sheetName!;
  }
  getRange(address: string): FakeRange {
    this.ctx.op(address);
    return new FakeRange(this.ctx, this.sheetName!, parseAddress(address)!.box);
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.ctx,
      this.sheetName!,
      this.ctx.doc.usedIn(this.sheetName!, { top: 0, left: 0, bottom: 1_048_575, right: 16_383 })
    );
  }
  activate(): void {
    this.ctx.op("activate");
  }
  freezePanes = { freezeRows: (_n: number) => this.ctx.op("freeze") };
  get tables() {
    return {
      add: (address: string, _hasHeaders: boolean) => {
        this.ctx.op(address);
        const name = `Table${this.ctx.doc.tables.size + 1}`;
        this.ctx.doc.tables.set(name, {
          name,
          sheet: this.sheetName!,
          box: parseAddress(address)!.box,
          style: "TableStyleMedium2",
        });
        return new FakeTable(this.ctx, name);
      },
    };
  }
}

export class FakeContext {
  readonly requests: RequestLog[] = [];
  private current: RequestLog = { bytes: 0, ops: 0 };
  private tracked: Loadable[] = [];
  readonly comments: { address: string; text: string }[] = [];

  constructor(readonly doc: MemoryWorkbook) {}

  op(payload: string): void {
    this.current.bytes += utf8(payload);
    this.current.ops++;
  }
  track(x: Loadable): void {
    this.tracked.push(x);
  }
  async sync(): Promise<void> {
    this.requests.push(this.current);
    this.current = { bytes: 0, ops: 0 };
    this.tracked.forEach((t) => t.markSynced());
    this.tracked = [];
  }

  get workbook() {
    const ctx = this;
    const doc = this.doc;
    return {
      settings: {
        getItemOrNullObject: (key: string) =>
          new (class extends Loadable {
            get isNullObject() {
              this.need("isNullObject");
              return !doc.settings.has(key);
            }
            get value() {
              this.need("value");
              return doc.settings.get(key);
            }
          })(ctx),
        add: (key: string, value: string) => {
          ctx.op(value);
          doc.settings.set(key, value);
        },
      },
      worksheets: {
        getItemOrNullObject: (name: string) =>
          new FakeWorksheet(ctx, doc.sheets.has(name) ? name : undefined),
        getActiveWorksheet: () => new FakeWorksheet(ctx, doc.active?.sheet ?? doc.sheetOrder[0]),
        getItem: (name: string) => {
          if (!doc.sheets.has(name)) throw new Error(`ItemNotFound: sheet ${name}`);
          return new FakeWorksheet(ctx, name);
        },
        add: (name: string) => {
          ctx.op(name);
          doc.sheet(name, true);
          return new FakeWorksheet(ctx, name);
        },
      },
      tables: {
        getItemOrNullObject: (name: string) =>
          new FakeTable(ctx, doc.tables.has(name) ? name : undefined),
        getItem: (name: string) => new FakeTable(ctx, name),
      },
      comments: {
        add: (address: string, text: string) => {
          ctx.op(text);
          ctx.comments.push({ address, text });
        },
      },
      getSelectedRange: () => {
        const a = doc.active ?? { sheet: doc.sheetOrder[0], address: "A1" };
        return new FakeRange(ctx, a.sheet, parseAddress(a.address)!.box);
      },
    };
  }
}

/** An Excel.run over a fake document; `contexts` keeps each batch's request log. */
export function fakeExcel(doc = new MemoryWorkbook()) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(doc);
    contexts.push(ctx);
    return batch(ctx as unknown as Excel.RequestContext);
  };
  return { doc, run, contexts };
}
