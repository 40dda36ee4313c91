import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../../core/i18n";
import type { CliContext } from "../context";
import { main } from "../main";

function fakeCtx(lang: Lang = "en") {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    cwd: process.cwd(),
    lang,
  };
  return { ctx, out, err };
}

async function run(args: string[], lang: Lang = "en") {
  const { ctx, out, err } = fakeCtx(lang);
  const code = await main(["breakdown", ...args], ctx);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const dir = mkdtempSync(join(tmpdir(), "advance-breakdown-"));
const SEED = [
  "--annual",
  "5,880,000",
  "--year",
  "2026",
  "--calendar",
  "CN",
  "--markets",
  "主战场=50,副战场=40,海外=10",
];

interface Period {
  key: string;
  start: string;
  end: string;
  amount: number;
}
interface Json {
  annual: number;
  unit: number;
  start: string;
  end: string;
  days: {
    date: string;
    working: boolean;
    amount: number;
    cells?: { market?: string; tier?: string; amount: number }[];
  }[];
  weeks: Period[];
  months: Period[];
  quarters: Period[];
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("advance breakdown", () => {
  it("prints quarters and months as a table that adds back to the annual target", async () => {
    const r = await run(SEED);
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[0]).toBe(
      "Annual target 5,880,000 from 2026-01-01 to 2026-12-31, 248 working days, rounding unit 1."
    );
    expect(lines[1]).toBe("Built-in calendar: mainland China; weights: even per working day.");
    const figure = (key: string) =>
      Number(
        lines
          .find((l) => l.startsWith(key))!
          .trim()
          .split(/\s+/)
          .pop()!
          .replace(/,/g, "")
      );
    const quarters = ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"].map(figure);
    const months = Array.from({ length: 12 }, (_, i) =>
      figure(`2026-${String(i + 1).padStart(2, "0")} `)
    );
    expect(sum(quarters)).toBe(5880000);
    expect(sum(months)).toBe(5880000);
    expect(figure("主战场")).toBe(2940000);
    expect(figure("海外")).toBe(588000);
  });

  it("prints JSON in exactly the documented shape", async () => {
    const r = await run([...SEED, "--json"]);
    const j = JSON.parse(r.out) as Json;
    expect(Object.keys(j)).toEqual([
      "annual",
      "unit",
      "start",
      "end",
      "days",
      "weeks",
      "months",
      "quarters",
    ]);
    expect([j.annual, j.unit, j.start, j.end]).toEqual([5880000, 1, "2026-01-01", "2026-12-31"]);
    expect(j.days.length).toBe(365);
    expect(Object.keys(j.days[3])).toEqual(["date", "working", "amount", "cells"]);
    expect(j.days[3].cells!.map((c) => Object.keys(c))).toEqual([
      ["market", "amount"],
      ["market", "amount"],
      ["market", "amount"],
    ]);
    for (const periods of [j.weeks, j.months, j.quarters]) {
      expect(periods.every((p) => Object.keys(p).join() === "key,start,end,amount")).toBe(true);
      expect(sum(periods.map((p) => p.amount))).toBe(5880000);
    }
    expect(j.weeks[0].key).toBe("2026-W01");
    expect(j.quarters.map((q) => q.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    // Spring Festival is off, the Saturday worked in exchange (2026-02-14) carries a target.
    const on = (date: string) => j.days.find((d) => d.date === date)!;
    expect([on("2026-02-16").working, on("2026-02-16").amount]).toEqual([false, 0]);
    expect(on("2026-02-14").working && on("2026-02-14").amount > 0).toBe(true);
    expect(j.days.every((d) => sum(d.cells!.map((c) => c.amount)) === d.amount)).toBe(true);
  });

  it("leaves cells out of the JSON when no split is given, and keeps cents exact", async () => {
    const r = await run(["--annual", "1000.01", "--year", "2026", "--unit", "0.01", "--json"]);
    const j = JSON.parse(r.out) as Json;
    expect(j.days.every((d) => d.cells === undefined)).toBe(true);
    expect(
      j.days.every(
        (d) =>
          Number.isInteger(Math.round(d.amount * 100)) && /^\d+(\.\d\d?)?$/.test(String(d.amount))
      )
    ).toBe(true);
    expect(Math.round(sum(j.days.map((d) => d.amount)) * 100)).toBe(100001);
  });

  it("splits by market and tier together", async () => {
    const r = await run([
      "--annual",
      "1200000",
      "--year",
      "2026",
      "--markets",
      "N=60,S=40",
      "--tiers",
      "A=0.5，B=0.3，C=0.2",
      "--json",
    ]);
    const j = JSON.parse(r.out) as Json;
    expect(j.days[1].cells!.map((c) => `${c.market}/${c.tier}`)).toEqual([
      "N/A",
      "N/B",
      "N/C",
      "S/A",
      "S/B",
      "S/C",
    ]);
  });

  it("plans a fiscal year from --start and follows monthly weights", async () => {
    const weights = "1,1,1,1,1,1,1,1,1,1,1,9";
    const r = await run([
      "--annual",
      "200000",
      "--start",
      "2026-04-01",
      "--weights",
      weights,
      "--json",
    ]);
    const j = JSON.parse(r.out) as Json;
    expect([j.start, j.end]).toEqual(["2026-04-01", "2027-03-31"]);
    expect(j.months[11]).toMatchObject({ key: "2027-03", amount: 90000 });
  });

  it("reads holiday and make-up day files with comments", async () => {
    const holidays = join(dir, "holidays.txt");
    const workdays = join(dir, "workdays.txt");
    writeFileSync(holidays, "# company days off\n2026-06-08  # anniversary\n\n2026-06-09\n");
    writeFileSync(workdays, "2026-06-13\n");
    const r = await run([
      "--annual",
      "261000",
      "--year",
      "2026",
      "--holidays",
      holidays,
      "--workdays",
      workdays,
      "--json",
    ]);
    const j = JSON.parse(r.out) as Json;
    const on = (date: string) => j.days.find((d) => d.date === date)!;
    expect([on("2026-06-08").amount, on("2026-06-09").amount, on("2026-06-13").working]).toEqual([
      0,
      0,
      true,
    ]);
  });

  it("lets the user's lists amend the China calendar", async () => {
    const workdays = join(dir, "work-on-holiday.txt");
    writeFileSync(workdays, "2026-10-08\n2026-10-01\n");
    const r = await run([
      "--annual",
      "248000",
      "--year",
      "2026",
      "--calendar",
      "cn",
      "--workdays",
      workdays,
      "--json",
    ]);
    const j = JSON.parse(r.out) as Json;
    expect(j.days.find((d) => d.date === "2026-10-01")!.working).toBe(true);
  });

  it("writes the day table as CSV", async () => {
    const file = join(dir, "targets.csv");
    const r = await run([...SEED, "--out", file]);
    expect(r.code).toBe(0);
    expect(r.out).toBe("Wrote targets.csv: 744 day rows.");
    const lines = readFileSync(file, "utf8")
      .replace(/^\ufeff/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("Date,Week,Month,Quarter,Market,Target");
    expect(lines[1]).toBe(`2026-01-04,2026-W01,2026-01,2026-Q1,主战场,${lines[1].split(",")[5]}`);
    expect(lines.length - 1).toBe(248 * 3);
    expect(sum(lines.slice(1).map((l) => Number(l.split(",")[5])))).toBe(5880000);
  });

  it("writes the Targets workbook with live month formulas", async () => {
    const file = join(dir, "targets.xlsx");
    const r = await run([...SEED, "--out", file], "zh-Hans");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("Targets")!;
    expect(ws).toBeDefined();
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables).sort()).toEqual([
      "tblTargetDays",
      "tblTargetMonths",
      "tblTargetParams",
    ]);
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(
      formulas.filter((f) => f.startsWith("SUMIFS(tblTargetDays[目标],tblTargetDays[月],A")).length
    ).toBe(12);
    expect(
      formulas.some((f) => f.startsWith("IF(ROUND(SUM(tblTargetMonths[目标])-$C$4,0)=0"))
    ).toBe(true);
  });

  it.each<[string, string[], string]>([
    ["no annual target", ["--year", "2026"], "--annual is required"],
    ["no year or start", ["--annual", "100"], "give the plan's year with --year"],
    [
      "both --year and --start",
      ["--annual", "100", "--year", "2026", "--start", "2026-01-01"],
      "either --year or --start",
    ],
    ["a start in mid-month", ["--annual", "100", "--start", "2026-04-15"], "Use 2026-04-01"],
    [
      "shares that do not add up",
      ["--annual", "100", "--year", "2026", "--markets", "A=57,B=40"],
      "market shares add up to 97%; they must add up to 100%",
    ],
    [
      "a split without =",
      ["--annual", "100", "--year", "2026", "--markets", "A50"],
      "is not NAME=SHARE",
    ],
    [
      "an unknown calendar",
      ["--annual", "100", "--year", "2026", "--calendar", "US"],
      "--calendar knows only CN",
    ],
    [
      "a year the China calendar does not cover",
      ["--annual", "100", "--start", "2026-04-01", "--calendar", "CN"],
      "2027 is not covered",
    ],
    ["a negative target", ["--annual=-100", "--year", "2026"], "cannot be negative"],
    [
      "a target that is not a number",
      ["--annual", "lots", "--year", "2026"],
      "--annual must be a number",
    ],
    [
      "eleven weights",
      ["--annual", "100", "--year", "2026", "--weights", "1,1,1,1,1,1,1,1,1,1,1"],
      "need 12 values",
    ],
    [
      "--json with --out",
      ["--annual", "100", "--year", "2026", "--json", "--out", "x.csv"],
      "cannot be used together",
    ],
    [
      "an unknown option",
      ["--annual", "100", "--year", "2026", "--quota", "5"],
      "run `advance breakdown --help`",
    ],
    [
      "an output file type it cannot write",
      ["--annual", "100", "--year", "2026", "--out", "x.pdf"],
      "unsupported file type",
    ],
  ])("refuses %s with one line and status 2", async (_, args, words) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(words);
  });

  it("speaks Chinese when asked", async () => {
    const r = await run(["--annual", "100", "--year", "2026", "--markets", "A=57,B=40"], "zh-Hans");
    expect(r.err).toBe("advance: 市场占比合计为 97%,必须合计为 100%。");
    const ok = await run(["--annual", "1200", "--year", "2026"], "zh-Hant");
    expect(ok.out.split("\n")[3]).toMatch(/^季度\s+開始\s+結束\s+工作日\s+目標$/);
  });

  it("shows its usage with --help", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("--markets SPLIT");
  });
});
