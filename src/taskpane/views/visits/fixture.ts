import type { VisitOutcome } from "../../../core/visits";

/**
 * A small visit log as a team keeps it: Simplified, Traditional and English notes, the
 * next step beside the notes, one placeholder note, and one visit logged after later
 * ones (its date is earlier). Each row says which outcome its note was written to show,
 * so the tests' expectations come from the data, not from the classifier.
 */
export const LOG_HEADERS = ["日期", "客户名称", "拜访内容", "下一步计划", "业务员"];

type Row = readonly [
  date: number,
  client: string,
  notes: string,
  next: string,
  rep: string,
  meant: VisitOutcome | undefined,
];

// Dates are Excel serials in March 2026.
export const LOG_ROWS: readonly Row[] = [
  [46105, "华联科技", "介绍了产品,客户说挺好的。", "", "王磊", "continuation"],
  [46101, "ACME", "Nice chat, he will think about it.", "", "Amy", "continuation"],
  [46102, "台北遠山", "陳經理說內部再討論看看。", "", "陳美玲", "continuation"],
  [46103, "Northwind", "They chose a competitor.", "", "Amy", "no-sale"],
  [46104, "Northwind", "-", "", "Amy", undefined],
  [
    46106,
    "ACME",
    "The customer agreed to a two-week pilot starting on 5 May.",
    "",
    "Amy",
    "advance",
  ],
  [46108, "台北遠山", "客戶已簽約。", "", "陳美玲", "order"],
  [46110, "华联科技", "客户说内部再商量一下。", "", "王磊", "continuation"],
  [46111, "滨江数码", "客户选择了另一家供应商。", "", "王磊", "no-sale"],
  [46112, "ACME", "Signed the contract today; PO to follow.", "", "Amy", "order"],
  // Logged last, visited first: by date 华联科技 advanced, then stalled twice.
  [46100, "华联科技", "客户同意3月20日来我们工厂参观。", "", "王磊", "advance"],
];

export const logTable = (): (string | number | null)[][] => [
  LOG_HEADERS,
  ...LOG_ROWS.map(([date, client, notes, next, rep]) => [date, client, notes, next || null, rep]),
];

export const meantCount = (o: VisitOutcome): number => LOG_ROWS.filter((r) => r[5] === o).length;
