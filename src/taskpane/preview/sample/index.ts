import { dayToSerial, parseIsoDate } from "../../../core/calendar";
import { clientKey } from "../../../core/clients/names";
import type { MemoryWorkbook } from "../../../excel/memory";
import { SAMPLE_CLIENTS } from "./clients";
import { SAMPLE_TARGETS } from "./targets";
import { SAMPLE_VISITS } from "./visits";

/**
 * Lays the sample data out as a sales team's workbook: three sheets in the team's
 * language, real dates and numbers with number formats, the visit log as an Excel
 * table and the client list as a plain range (both occur, and the pane handles both).
 */

export const SAMPLE_SHEETS = {
  targets: "目标参数",
  clients: "客户名单",
  visits: "拜访记录",
} as const;
/** The visit log's table; not a name the add-in uses for its own tables (those start with tbl). */
export const VISIT_TABLE = "VisitLog";

const DATE = "yyyy-mm-dd";
const AMOUNT = "#,##0";
const PERCENT = "0%";

type Value = string | number | null;

function serial(iso: string): number {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new Error(`sample date ${iso} is not a date`);
  return dayToSerial(day);
}

/** Writes rows at a position and gives each column its number format. */
function put(
  wb: MemoryWorkbook,
  sheet: string,
  at: { row: number; col: number },
  rows: Value[][],
  formats: Record<number, string> = {},
  table?: string
): void {
  wb.load(sheet, rows, at, table);
  rows.forEach((_, i) => {
    if (i === 0) return; // header
    for (const [col, format] of Object.entries(formats)) {
      const cell = wb.get(sheet, at.row + i, at.col + Number(col));
      if (cell) cell.format = format;
    }
  });
}

function loadTargets(wb: MemoryWorkbook): void {
  const s = SAMPLE_SHEETS.targets;
  const t = SAMPLE_TARGETS;
  put(wb, s, { row: 0, col: 0 }, [[`${t.year} 年度销售目标参数`]]);
  put(
    wb,
    s,
    { row: 2, col: 0 },
    [
      ["参数", "值"],
      ["年度目标(元)", t.annual],
      ["开始日期", serial(t.start)],
      ["取整单位(元)", t.unit],
      ["节假日日历", t.calendar],
      ["工作日分配", "按去年月度销售额"],
    ],
    {}
  );
  wb.get(s, 3, 1)!.format = AMOUNT;
  wb.get(s, 4, 1)!.format = DATE;
  put(
    wb,
    s,
    { row: 9, col: 0 },
    [["市场", "份额", "说明"], ...t.markets.map((m) => [m.name, m.share, m.note])],
    { 1: PERCENT }
  );
  put(
    wb,
    s,
    { row: 14, col: 0 },
    [["客户等级", "份额", "说明"], ...t.tiers.map((m) => [m.name, m.share, m.note])],
    { 1: PERCENT }
  );
  put(
    wb,
    s,
    { row: 19, col: 0 },
    [
      ["月份", "去年销售额(元)"],
      ...t.lastYearMonthly.map((amount, i) => [
        `${t.year - 1}-${String(i + 1).padStart(2, "0")}`,
        amount,
      ]),
    ],
    { 1: AMOUNT }
  );
}

/** The latest visit per client (by matching key), as the list's 最后拜访 column. */
function lastVisits(): Map<string, string> {
  const last = new Map<string, string>();
  for (const v of SAMPLE_VISITS) {
    const key = clientKey(v.client);
    if ((last.get(key) ?? "") < v.date) last.set(key, v.date);
  }
  return last;
}

function loadClients(wb: MemoryWorkbook): void {
  const last = lastVisits();
  const header = [
    "客户名称",
    "区域",
    "客户等级",
    "年销售额(元)",
    "联系人",
    "部门",
    "职务",
    "买方角色",
    "关系级别",
    "接触深度",
    "最后拜访",
    "业务员",
  ];
  const rows: Value[][] = [header];
  for (const client of SAMPLE_CLIENTS) {
    client.contacts.forEach((p, i) => {
      const first = i === 0;
      const visited = last.get(clientKey(client.name));
      rows.push([
        client.name,
        client.market,
        first ? client.tier : "",
        first ? client.revenue : null,
        p.name,
        p.department,
        p.title,
        p.role,
        p.level,
        p.depth,
        first && visited ? serial(visited) : null,
        client.rep,
      ]);
    });
  }
  put(wb, SAMPLE_SHEETS.clients, { row: 0, col: 0 }, rows, { 3: AMOUNT, 10: DATE });
}

function loadVisits(wb: MemoryWorkbook): void {
  const rows: Value[][] = [
    ["日期", "客户名称", "拜访对象", "拜访内容", "下一步计划", "业务员"],
    ...SAMPLE_VISITS.map((v) => [serial(v.date), v.client, v.contact, v.notes, v.next, v.rep]),
  ];
  put(wb, SAMPLE_SHEETS.visits, { row: 0, col: 0 }, rows, { 0: DATE }, VISIT_TABLE);
}

/** Puts the sample workbook into an (empty) in-memory workbook; the first sheet is selected. */
export function loadSample(wb: MemoryWorkbook): void {
  loadTargets(wb);
  loadClients(wb);
  loadVisits(wb);
  wb.active = { sheet: SAMPLE_SHEETS.targets, address: "A1" };
}
