import { dayFromYmd } from "../calendar";
import { LANGS } from "../i18n";
import { analyzeClients } from "./analyze";
import { flagLabel } from "./labels";
import {
  CLIENT_COLUMNS,
  CLIENTS_TABLE,
  OVERDUE_FILL,
  THIRD_VISIT_FILL,
  buildClientsPlan,
  clientRowHighlights,
} from "./plan";
import type { ClientRecord, VisitRecord } from "./types";

const asOf = dayFromYmd(2025, 3, 20);
const records: ClientRecord[] = [
  { name: "杭州华联科技有限公司", value: 900_000 },
  { name: "Northwind Trading Co., Ltd.", value: 80_000 },
  { name: "深圳海川电子", value: 20_000 },
];
const log: VisitRecord[] = [
  { client: "杭州华联科技", date: dayFromYmd(2025, 1, 10), outcome: "continuation" },
  { client: "杭州华联科技", date: dayFromYmd(2025, 2, 1), outcome: "continuation" },
  { client: "杭州华联科技（集团）", date: dayFromYmd(2025, 2, 20), outcome: "advance" },
  { client: "Northwind Trading", date: dayFromYmd(2025, 3, 15), outcome: "order" },
];
const report = analyzeClients(records, log, { asOf });

/** The 1-based sheet row and the column letter a highlight formula refers to. */
function references(formula: string): string[] {
  return [...formula.matchAll(/\$([A-Z]+)(\d+)/g)].map((m) => `${m[1]}${m[2]}`);
}

describe("buildClientsPlan", () => {
  it("keys tblClients by the client column, so a user's own columns follow their client", () => {
    const [table] = buildClientsPlan(report.clients, "en").tables;
    expect(table.name).toBe(CLIENTS_TABLE);
    expect(table.keyColumn).toBe(CLIENT_COLUMNS.indexOf("client"));
    expect(table.rows.map((r) => r[table.keyColumn!])).toEqual(report.clients.map((c) => c.client));
  });

  it.each(LANGS)("highlights overdue rows by their days-overdue cell in %s", (lang) => {
    const [table] = buildClientsPlan(report.clients, lang).tables;
    const overdue = table.rowHighlights!.find((h) => h.fill === OVERDUE_FILL)!;
    const col = CLIENT_COLUMNS.indexOf("overdueDays");
    // Row 2 is the first body row under a header in row 1; the column is the days-overdue one.
    expect(references(overdue.formula)).toEqual([`${String.fromCharCode(65 + col)}2`]);
    expect(overdue.formula).toMatch(/>0$/);
  });

  it.each(LANGS)("highlights third-visit rows by the flag label it writes in %s", (lang) => {
    const [table] = buildClientsPlan(report.clients, lang).tables;
    const third = table.rowHighlights!.find((h) => h.fill === THIRD_VISIT_FILL)!;
    const label = flagLabel("third-visit", lang);
    const flagsCol = CLIENT_COLUMNS.indexOf("flags");
    expect(third.formula).toContain(`"${label}"`);
    expect(references(third.formula)).toEqual([`${String.fromCharCode(65 + flagsCol)}2`]);
    // The rule's label is found in exactly the rows whose client carries the flag.
    const flagged = table.rows.map((r) => String(r[flagsCol]).includes(label));
    expect(flagged).toEqual(report.clients.map((c) => c.flags.includes("third-visit")));
    expect(flagged).toContain(true);
  });

  it("puts the overdue rule first, so it wins where a row is both late and on a third visit", () => {
    const [table] = buildClientsPlan(report.clients, "zh-Hans").tables;
    expect(table.rowHighlights!.map((h) => h.fill)).toEqual([OVERDUE_FILL, THIRD_VISIT_FILL]);
  });
});

describe("clientRowHighlights", () => {
  it("follows a table anchored away from A1", () => {
    const [overdue, third] = clientRowHighlights({ anchor: { row: 4, col: 2 } }, "en");
    const col = (name: (typeof CLIENT_COLUMNS)[number]) =>
      String.fromCharCode(65 + 2 + CLIENT_COLUMNS.indexOf(name));
    expect(references(overdue.formula)).toEqual([`${col("overdueDays")}6`]);
    expect(references(third.formula)).toEqual([`${col("flags")}6`]);
  });
});
