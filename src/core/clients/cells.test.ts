import { isoDate, parseIsoDate } from "../calendar";
import { readAmount, readDay } from ".";

describe("readAmount", () => {
  it.each([
    [1280000, 1280000],
    ["1,280,000", 1280000],
    ["¥1,280,000", 1280000],
    ["￥１２８万", 1280000],
    ["128萬元", 1280000],
    ["5.88 万", 58800],
    ["1.2亿", 120000000],
    ["$1.5m", 1500000],
    ["300k", 300000],
    ["-2,000", -2000],
    ["RMB 50000", 50000],
  ])("reads %p as %p", (cell, value) => {
    expect(readAmount(cell)).toEqual({ ok: true, value });
  });

  it.each([null, undefined, "", "  ", "-", "n/a", "无"])("reads %p as no value", (cell) => {
    expect(readAmount(cell)).toEqual({ ok: true, value: undefined });
  });

  it.each(["about 5000", "12/3", "万"])("refuses %p", (cell) => {
    const r = readAmount(cell);
    expect(!r.ok && r.issue.code).toBe("clients.badValue");
  });
});

describe("readDay", () => {
  const iso = (r: ReturnType<typeof readDay>) =>
    r.ok && r.value !== undefined ? isoDate(r.value) : r;
  it.each([
    [46097, "2026-03-16"],
    ["2026-03-16", "2026-03-16"],
    ["2026/3/16", "2026-03-16"],
    ["2026年3月16日", "2026-03-16"],
    ["2026-03-16 14:30", "2026-03-16"],
    ["2026-03-16T09:00:00Z", "2026-03-16"],
    [new Date(Date.UTC(2026, 2, 16)), "2026-03-16"],
  ])("reads %p as %s", (cell, expected) => {
    expect(iso(readDay(cell))).toBe(expected);
  });

  it("reads a blank cell as no date", () =>
    expect(readDay(null)).toEqual({ ok: true, value: undefined }));

  it.each(["last Tuesday", "2026-02-30", 60, -1])("refuses %p", (cell) => {
    const r = readDay(cell);
    expect(!r.ok && r.issue.code).toBe("clients.badDate");
  });

  it("agrees with parseIsoDate", () =>
    expect(readDay("2026-10-01")).toEqual({ ok: true, value: parseIsoDate("2026-10-01") }));
});
