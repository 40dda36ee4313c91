import { MemoryWorkbook } from "../../../excel/memory";
import type { Region } from "../../../excel/types";
import { asSources, clientRow, pickProblem, reread } from "./sources";

function region(over: Partial<Region> = {}): Region {
  return {
    sheet: "Sheet1",
    address: "A1:B3",
    top: 0,
    left: 0,
    headers: ["客户名称", "销售额"],
    rows: [
      ["杭州华联科技", 100],
      ["深圳海川电子", 50],
    ],
    ...over,
  };
}

describe("pickProblem", () => {
  it.each([
    ["nothing", undefined, "clients.view.nothingThere"],
    ["a block without headers", region({ headers: ["", " "] }), "clients.view.nothingThere"],
    ["headers without rows", region({ rows: [] }), "clients.view.noRows"],
    ["the table Advance writes", region({ table: "tblClients" }), "clients.view.ownTable"],
  ])("refuses %s", (_, r, key) => {
    expect(pickProblem(r)?.key).toBe(key);
  });

  it("accepts a list with headers and rows", () => {
    expect(pickProblem(region({ table: "tblCustomers" }))).toBeUndefined();
  });
});

describe("reread", () => {
  it("finds a table by its name, grown since it was chosen", async () => {
    const wb = new MemoryWorkbook();
    wb.load(
      "客户",
      [["客户名称"], ["A公司"], ["B公司"], ["C公司"]],
      { row: 2, col: 1 },
      "tblCustomers"
    );
    const again = await reread(wb, { sheet: "客户", address: "B3:B5", table: "tblCustomers" });
    expect(again?.rows).toHaveLength(3);
    expect(again?.address).toBe("B3:B6");
  });

  it("reads a plain range again at its address, whichever sheet is active", async () => {
    const wb = new MemoryWorkbook();
    wb.load("Log", [
      ["日期", "客户"],
      [45737, "A公司"],
    ]);
    wb.load("Other", [["x"], [1]]);
    wb.active = { sheet: "Other", address: "A1" };
    expect((await reread(wb, { sheet: "Log", address: "A1:B2" }))?.rows).toEqual([
      [45737, "A公司"],
    ]);
    expect(await reread(wb, { sheet: "Gone", address: "A1:B2" })).toBeUndefined();
  });
});

describe("clientRow", () => {
  it("gives the whole row of the client, user columns included", () => {
    const table = region({ sheet: "Clients", address: "A1:L3", table: "tblClients" });
    expect(clientRow(table, "深圳海川电子")).toEqual({ sheet: "Clients", address: "A3:L3" });
  });

  it("is undefined for a client the table does not hold", () => {
    expect(clientRow(region(), "苏州新思软件")).toBeUndefined();
  });
});

describe("asSources", () => {
  it("keeps only well-formed references", () => {
    expect(asSources({ clients: { sheet: "S", address: "A1:B2" }, visits: { sheet: 3 } })).toEqual({
      clients: { sheet: "S", address: "A1:B2" },
      visits: undefined,
    });
    expect(asSources("nonsense")).toEqual({});
  });
});
