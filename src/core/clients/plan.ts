import { t, type Lang } from "../i18n";
import type { PlanCell, SheetPlan, TablePlan } from "../sheet/plan";
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

/** The Clients sheet: one row per client, in list order, headers and labels in `lang`. */
export function buildClientsPlan(clients: readonly ClientStatus[], lang: Lang): SheetPlan {
  const table: TablePlan = {
    name: CLIENTS_TABLE,
    sheet: CLIENTS_SHEET,
    anchor: { row: 0, col: 0 },
    columns: CLIENT_COLUMNS.map((key) => ({
      header: t(lang, `clients.col.${key}`),
      numberFormat: FORMATS[key],
      width: WIDTHS[key],
    })),
    rows: clients.map((c) => row(c, lang)),
    madeBy: t(lang, "clients.madeBy"),
  };
  return { tables: [table] };
}
