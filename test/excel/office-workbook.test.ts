import type { SheetPlan, TablePlan } from "../../src/core/sheet/plan";
import { OfficeWorkbook } from "../../src/excel/office";
import { fakeExcel } from "../fake-excel";

function dayTable(rows: number, note = "拜访"): TablePlan {
  return {
    name: "tblDemo",
    sheet: "Demo",
    anchor: { row: 0, col: 0 },
    madeBy: "Advance · test",
    columns: [
      { header: "Date", numberFormat: "yyyy-mm-dd" },
      { header: "Note" },
      { header: "Amount", numberFormat: "#,##0" },
    ],
    rows: Array.from({ length: rows }, (_, i) => [{ date: 46023 + i }, `${note} ${i}`, i * 10]),
  };
}

const plan = (...tables: TablePlan[]): SheetPlan => ({ tables });

describe("OfficeWorkbook.applyPlan", () => {
  it("creates a named table on a new sheet, with formats, a note and an ownership record", async () => {
    const { doc, run, contexts } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    const out = await wb.applyPlan(plan(dayTable(3)));
    expect(out).toMatchObject({
      ok: true,
      tables: [{ name: "tblDemo", sheet: "Demo", address: "A1:C4", rows: 3, created: true }],
    });
    expect(doc.tables.get("tblDemo")!.box).toEqual({ top: 0, left: 0, bottom: 3, right: 2 });
    expect(doc.valuesOf("Demo", { top: 0, left: 0, bottom: 1, right: 2 })).toEqual([
      ["Date", "Note", "Amount"],
      [46023, "拜访 0", 0],
    ]);
    expect(doc.get("Demo", 1, 0)!.format).toBe("yyyy-mm-dd");
    expect(contexts[0].comments).toEqual([{ address: "Demo!A1", text: "Advance · test" }]);
    expect(JSON.parse(doc.settings.get("advance.owned")!).tables.tblDemo.address).toBe("A1:C4");
  });

  it("updates its own table in place on a re-run instead of adding another", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    await wb.applyPlan(plan(dayTable(10)));
    const again = await wb.applyPlan(plan(dayTable(4, "复访")));
    expect(again).toMatchObject({ ok: true, tables: [{ address: "A1:C5", created: false }] });
    expect([...doc.tables.keys()]).toEqual(["tblDemo"]);
    expect(doc.get("Demo", 1, 1)!.value).toBe("复访 0");
    // Rows 6–11 of the longer first run are gone.
    expect(doc.usedIn("Demo", { top: 5, left: 0, bottom: 20, right: 5 })).toBeUndefined();
  });

  it("never overwrites a user's cells: it reports them and writes nothing", async () => {
    const { doc, run } = fakeExcel();
    doc.load("Demo", [["my own note"]], { row: 2, col: 1 });
    const wb = new OfficeWorkbook(run);
    const out = await wb.applyPlan(plan(dayTable(5)));
    expect(out).toEqual({
      ok: false,
      conflicts: [{ kind: "occupied", sheet: "Demo", address: "B3", table: "tblDemo" }],
    });
    expect(doc.tables.size).toBe(0);
    expect(doc.get("Demo", 0, 0)).toBeUndefined();
    expect(doc.get("Demo", 2, 1)!.value).toBe("my own note");
  });

  it("overwrites those cells only when the user agreed", async () => {
    const { doc, run } = fakeExcel();
    doc.load("Demo", [["my own note"]], { row: 2, col: 1 });
    const out = await new OfficeWorkbook(run).applyPlan(plan(dayTable(5)), { overwrite: true });
    expect(out.ok).toBe(true);
    expect(doc.get("Demo", 2, 1)!.value).toBe("拜访 1");
  });

  it("asks before replacing its own table when the user typed into it", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    await wb.applyPlan(plan(dayTable(5)));
    doc.set("Demo", 3, 2, 999);
    const out = await wb.applyPlan(plan(dayTable(5)));
    expect(out).toEqual({
      ok: false,
      conflicts: [{ kind: "edited", sheet: "Demo", address: "A1:C6", table: "tblDemo" }],
    });
    expect(doc.get("Demo", 3, 2)!.value).toBe(999);
  });

  it("does not mistake its own untouched table for an edit", async () => {
    const { run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    const t = dayTable(5);
    const withTricky: TablePlan = {
      ...t,
      rows: [...t.rows, [{ date: 46100 }, "'quoted", 0.1 + 0.2]],
    };
    await wb.applyPlan(plan(withTricky));
    expect((await wb.applyPlan(plan(withTricky))).ok).toBe(true);
  });

  it.each(['=HYPERLINK("http://x")', "+86 138 0000", "-拒绝", "@mention", "00123"])(
    "writes the text %p as text, never as a formula",
    async (text) => {
      const { doc, run } = fakeExcel();
      const t: TablePlan = { ...dayTable(0), rows: [[{ date: 46023 }, text, 1]] };
      await new OfficeWorkbook(run).applyPlan(plan(t));
      const cell = doc.get("Demo", 1, 1)!;
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(text);
    }
  );

  it("splits a large write into requests under Excel on the web's 5 MB limit, never one per row", async () => {
    const { doc, run, contexts } = fakeExcel();
    const long = "客户同意下周三参加产品演示会,并会叫上IT部门和财务总监一起评估方案。".repeat(3);
    const rows = 60_000;
    const progress: number[] = [];
    const out = await new OfficeWorkbook(run).applyPlan(plan(dayTable(rows, long)), {
      onProgress: (done) => progress.push(done),
    });
    expect(out.ok).toBe(true);
    const requests = contexts[0].requests;
    const limit = 5 * 1024 * 1024;
    expect(Math.max(...requests.map((r) => r.bytes))).toBeLessThan(limit);
    const total = requests.reduce((n, r) => n + r.bytes, 0);
    expect(total).toBeGreaterThan(limit); // the write really needed several requests
    expect(requests.length).toBeLessThanOrEqual(Math.ceil(total / (4 * 1024 * 1024)) + 4);
    expect(progress[progress.length - 1]).toBe(rows + 1);
    expect(doc.get("Demo", rows, 1)!.value).toBe(`${long} ${rows - 1}`);
  });

  it("writes loose cells once, and treats them as its own on a re-run", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    const p: SheetPlan = {
      tables: [dayTable(2)],
      cells: [{ sheet: "Demo", row: 0, col: 5, value: { formula: "=SUM(tblDemo[Amount])" } }],
    };
    expect((await wb.applyPlan(p)).ok).toBe(true);
    expect(doc.get("Demo", 0, 5)!.formula).toBe("=SUM(tblDemo[Amount])");
    expect((await wb.applyPlan(p)).ok).toBe(true);
  });

  it("refuses to put a loose cell over a user's value", async () => {
    const { doc, run } = fakeExcel();
    doc.load("Demo", [["keep me"]], { row: 0, col: 5 });
    const p: SheetPlan = {
      tables: [dayTable(2)],
      cells: [{ sheet: "Demo", row: 0, col: 5, value: "total" }],
    };
    const out = await new OfficeWorkbook(run).applyPlan(p);
    expect(out).toMatchObject({ ok: false, conflicts: [{ kind: "occupied", address: "F1" }] });
  });
});

describe("OfficeWorkbook reading and settings", () => {
  it("reads the table around the selection with its headers", async () => {
    const { doc, run } = fakeExcel();
    doc.load(
      "Log",
      [
        ["日期", "客户名称", "拜访内容"],
        [46023, "甲公司", "签了"],
      ],
      { row: 1, col: 1 },
      "tblLog"
    );
    doc.active = { sheet: "Log", address: "C3" };
    const region = await new OfficeWorkbook(run).readActiveRegion();
    expect(region).toMatchObject({
      sheet: "Log",
      table: "tblLog",
      address: "B2:D3",
      top: 1,
      left: 1,
      headers: ["日期", "客户名称", "拜访内容"],
      rows: [[46023, "甲公司", "签了"]],
    });
  });

  it("reads the used range when the selection is not in a table", async () => {
    const { doc, run } = fakeExcel();
    doc.load("Log", [
      ["Date", "Notes"],
      [46023, "signed"],
    ]);
    const region = await new OfficeWorkbook(run).readActiveRegion();
    expect(region).toMatchObject({ address: "A1:B2", headers: ["Date", "Notes"] });
  });

  it("keeps settings in the workbook as JSON", async () => {
    const { run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    await wb.setSetting("visits.mapping", { notes: 2, date: 0 });
    expect(await wb.getSetting("visits.mapping")).toEqual({ notes: 2, date: 0 });
    expect(await wb.getSetting("missing")).toBeUndefined();
  });
});

describe("OfficeWorkbook.addFormulaColumn", () => {
  const column = (col: number) => ({
    sheet: "Log",
    table: "tblLog",
    col,
    top: 0,
    rows: 2,
    header: "Outcome",
    formula: (i: number) => `=SALES.VISITOUTCOME(C${i + 2})`,
    highlights: [{ text: "Order", fill: "#C6EFCE" }],
  });

  it("adds a live formula column to the table, beside the notes", async () => {
    const { doc, run } = fakeExcel();
    doc.load(
      "Log",
      [
        ["Date", "Client", "Notes"],
        [46023, "A", "signed"],
        [46024, "B", "no"],
      ],
      { row: 0, col: 0 },
      "tblLog"
    );
    const out = await new OfficeWorkbook(run).addFormulaColumn(column(3));
    expect(out.ok).toBe(true);
    expect(doc.get("Log", 1, 3)!.formula).toBe("=SALES.VISITOUTCOME(C2)");
    expect(doc.tables.get("tblLog")!.box.right).toBe(3);
    expect(doc.highlights).toEqual([expect.objectContaining({ text: "Order", fill: "#C6EFCE" })]);
  });

  it("refuses to put the column over the user's data", async () => {
    const { doc, run } = fakeExcel();
    doc.load(
      "Log",
      [
        ["Date", "Client", "Notes", "Mine"],
        [46023, "A", "signed", "x"],
      ],
      { row: 0, col: 0 }
    );
    const out = await new OfficeWorkbook(run).addFormulaColumn({ ...column(3), table: undefined });
    expect(out).toMatchObject({ ok: false, conflicts: [{ kind: "occupied" }] });
    expect(doc.get("Log", 1, 3)!.value).toBe("x");
  });
});

describe("re-runs that meet the user's own columns", () => {
  const clients = (names: string[], headers = ["Client", "Tier"]): TablePlan => ({
    name: "tblClients",
    sheet: "Clients",
    anchor: { row: 0, col: 0 },
    madeBy: "Advance · clients",
    keyColumn: 0,
    columns: headers.map((header) => ({ header })),
    rows: names.map((n, i) => [n, "ABC"[i % 3]]),
  });

  it("keeps a column the user added, moving its cells with their client", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    await wb.applyPlan(plan(clients(["甲公司", "乙公司"])));
    // The user adds a "My notes" column to the table.
    doc.set("Clients", 0, 2, "My notes");
    doc.set("Clients", 1, 2, "call before noon");
    doc.set("Clients", 2, 2, "new CFO");
    doc.tables.get("tblClients")!.box = { top: 0, left: 0, bottom: 2, right: 2 };
    // The next run lists a new client first.
    const out = await wb.applyPlan(plan(clients(["丙公司", "甲公司", "乙公司"])));
    expect(out).toMatchObject({ ok: true, tables: [{ address: "A1:C4" }] });
    expect(doc.valuesOf("Clients", { top: 0, left: 0, bottom: 3, right: 2 })).toEqual([
      ["Client", "Tier", "My notes"],
      ["丙公司", "A", ""],
      ["甲公司", "B", "call before noon"],
      ["乙公司", "C", "new CFO"],
    ]);
    // And the column survives again: it is not counted as an edit of the add-in's columns.
    expect((await wb.applyPlan(plan(clients(["甲公司", "乙公司"])))).ok).toBe(true);
    expect(doc.get("Clients", 2, 2)!.value).toBe("new CFO");
  });

  it("does not take headers in another language for the user's columns", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    await wb.applyPlan(plan(clients(["甲公司"])));
    const out = await wb.applyPlan(plan(clients(["甲公司"], ["客户名称", "等级"])));
    expect(out.ok).toBe(true);
    expect(doc.valuesOf("Clients", { top: 0, left: 0, bottom: 0, right: 2 })).toEqual([
      ["客户名称", "等级", ""],
    ]);
  });

  it("asks before replacing a table with a user's column it cannot carry (no key)", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    const t = { ...dayTable(2), keyColumn: undefined };
    await wb.applyPlan(plan(t));
    doc.set("Demo", 0, 3, "Mine");
    doc.tables.get("tblDemo")!.box = { top: 0, left: 0, bottom: 2, right: 3 };
    const out = await wb.applyPlan(plan(t));
    expect(out).toMatchObject({ ok: false, conflicts: [{ kind: "edited", table: "tblDemo" }] });
  });

  it("highlights whole rows with conditional formats, replaced rather than stacked on a re-run", async () => {
    const { doc, run } = fakeExcel();
    const wb = new OfficeWorkbook(run);
    const t: TablePlan = {
      ...dayTable(3),
      rowHighlights: [{ formula: "=$C2>10", fill: "#FDE7E9" }],
    };
    await wb.applyPlan(plan(t));
    await wb.applyPlan(plan(t));
    expect(doc.highlights).toEqual([
      expect.objectContaining({ address: "A2:C4", formula: "=$C2>10", fill: "#FDE7E9" }),
    ]);
  });
});

describe("OfficeWorkbook.readSelection", () => {
  it("reads the selected cells with their address, up to the last used row", async () => {
    const { doc, run } = fakeExcel();
    doc.load("Cal", [["2026-10-01"], [46296], [""]]);
    doc.active = { sheet: "Cal", address: "A1:A3" };
    expect(await new OfficeWorkbook(run).readSelection()).toEqual({
      sheet: "Cal",
      address: "A1:A2",
      values: [["2026-10-01"], [46296]],
    });
  });
});

describe("OfficeWorkbook.readRange", () => {
  it("reads a remembered range by address, whichever sheet is active", async () => {
    const { doc, run } = fakeExcel();
    doc.load(
      "客户",
      [
        ["客户名称", "销售额"],
        ["甲公司", 100],
      ],
      { row: 2, col: 1 }
    );
    doc.load("Other", [["x"]]);
    doc.active = { sheet: "Other", address: "A1" };
    const wb = new OfficeWorkbook(run);
    expect(await wb.readRange("客户", "B3:C4")).toMatchObject({
      sheet: "客户",
      address: "B3:C4",
      headers: ["客户名称", "销售额"],
      rows: [["甲公司", 100]],
    });
    expect(await wb.readRange("Gone", "A1:B2")).toBeUndefined();
  });
});

describe("OfficeWorkbook.readSelection of a large selection", () => {
  it("reads only the used part of a selection that runs far past the data", async () => {
    const { doc, run } = fakeExcel();
    doc.load("Cal", [["2026-10-01"], ["2026-10-02"]]);
    doc.active = { sheet: "Cal", address: "A1:A100000" };
    expect(await new OfficeWorkbook(run).readSelection()).toEqual({
      sheet: "Cal",
      address: "A1:A2",
      values: [["2026-10-01"], ["2026-10-02"]],
    });
  });
});
