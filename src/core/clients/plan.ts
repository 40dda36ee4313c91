import { t, type Lang } from "../i18n";
import {
  columnLetter,
  type PlanCell,
  type RowHighlight,
  type SheetPlan,
  type TablePlan,
} from "../sheet/plan";
import type { ClientStatus } from "./analyze";
import { flagLabel, listLabels, outcomeLabel, tierLabel } from "./labels";

export const CLIENTS_SHEET = "Clients";
export const CLIENTS_TABLE = "tblClients";

const DATE_FORMAT = "yyyy-mm-dd";

/** The columns of tblClients, in order; the keys name their header messages. */
export const CLIENT_COLUMNS = [
  "client",
  "tier",
  "value",
  "visits",
  "lastVisit",
  "nextVisit",
  "overdueDays",
  "lastOutcome",
  "streak",
  "flags",
] as const;

const FORMATS: { readonly [K in (typeof CLIENT_COLUMNS)[number]]?: string } = {
  value: "#,##0",
  visits: "0",
  lastVisit: DATE_FORMAT,
  nextVisit: DATE_FORMAT,
  overdueDays: "0",
  streak: "0",
};

// Wide enough for a Chinese company name or a few flags without wrapping.
const WIDTHS: { readonly [K in (typeof CLIENT_COLUMNS)[number]]?: number } = {
  client: 28,
  flags: 30,
  lastOutcome: 14,
};

/**
 * Fills for the whole-row highlights: the pale red of an error and the pale yellow of a
 * warning in Office's Fluent palette (the pane's own MessageBars use them), light enough
 * that black text stays readable on them in any table style.
 */
export const OVERDUE_FILL = "#FDE7E9";
export const THIRD_VISIT_FILL = "#FFF4CE";

/** A cell reference to `column` of the table's first body row, column fixed and row relative ("$G2"). */
function firstBodyCell(
  table: Pick<TablePlan, "anchor">,
  column: (typeof CLIENT_COLUMNS)[number]
): string {
  // The header is anchor.row (0-based), so the first body row is anchor.row + 1, i.e. A1 row anchor.row + 2.
  return `$${columnLetter(table.anchor.col + CLIENT_COLUMNS.indexOf(column))}${table.anchor.row + 2}`;
}

/** An Excel string literal: double quotes doubled. */
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Overdue rows first (the more urgent signal wins where both apply), then rows flagged
 * "3+ visits, no order". The overdue rule reads the days-overdue number, so it holds
 * whatever the language; the third-visit rule looks for the flag's label in the flags
 * cell (FIND, not SEARCH: no wildcards, and the label is written exactly so), because
 * whether any visit was an order is not in the table. The label is the one this plan
 * writes, and a re-run rewrites both rules with its own labels.
 */
export function clientRowHighlights(table: Pick<TablePlan, "anchor">, lang: Lang): RowHighlight[] {
  return [
    { formula: `=${firstBodyCell(table, "overdueDays")}>0`, fill: OVERDUE_FILL },
    {
      formula: `=ISNUMBER(FIND(${quoted(flagLabel("third-visit", lang))},${firstBodyCell(table, "flags")}))`,
      fill: THIRD_VISIT_FILL,
    },
  ];
}

function row(c: ClientStatus, lang: Lang): PlanCell[] {
  return [
    c.client,
    tierLabel(c.tier, lang),
    c.value ?? null,
    c.visits,
    c.lastVisit === undefined ? null : { date: c.lastVisit },
    { date: c.nextVisit },
    c.overdueDays,
    c.lastOutcome === undefined ? null : outcomeLabel(c.lastOutcome, lang),
    c.continuationStreak,
    listLabels(
      c.flags.map((f) => flagLabel(f, lang)),
      lang
    ),
  ];
}

/**
 * The Clients sheet: one row per client, in list order, headers and labels in `lang`.
 * The client name is the table's key, so columns a user adds to tblClients (notes,
 * owner, next appointment) stay with their client when a re-run rewrites the rest.
 */
export function buildClientsPlan(clients: readonly ClientStatus[], lang: Lang): SheetPlan {
  const anchor = { row: 0, col: 0 };
  const table: TablePlan = {
    name: CLIENTS_TABLE,
    sheet: CLIENTS_SHEET,
    anchor,
    columns: CLIENT_COLUMNS.map((key) => ({
      header: t(lang, `clients.col.${key}`),
      numberFormat: FORMATS[key],
      width: WIDTHS[key],
    })),
    rows: clients.map((c) => row(c, lang)),
    madeBy: t(lang, "clients.madeBy"),
    keyColumn: CLIENT_COLUMNS.indexOf("client"),
    rowHighlights: clientRowHighlights({ anchor }, lang),
  };
  return { tables: [table] };
}
