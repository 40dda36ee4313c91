import { dayToSerial, parseIsoDate } from "../../../core/calendar";
import { clientKey } from "../../../core/clients/names";
import type { VisitField } from "../../../core/headers";
import { classifyVisits, OUTCOMES, type VisitOutcome } from "../../../core/visits";
import type { ReadValue, Region } from "../../../excel/types";
import type { ColumnChoice } from "../../components/ColumnMapping";
import { noteCells, type NoteSpan } from "../../components/formulaColumns";

/*
 * The summary of a visit log, computed in the pane from the same cells the outcome
 * formulas read: the outcome mix, each rep's advance rate, and the two lists a manager
 * acts on — clients visited again and again without an order, and deals that keep
 * ending in a continuation.
 */

/** Visits of one client without an order from which the visits stop paying (the seed's "never a third visit"). */
export const NO_ORDER_VISITS = 3;
/** Continuations in a row from which a deal counts as stalled: one is a pause, two are a pattern. */
export const STALLED_STREAK = 2;

export interface RepRate {
  readonly rep: string;
  /** Visits with an outcome. */
  readonly visits: number;
  /** Orders plus advances. */
  readonly advanced: number;
  readonly rate: number;
}

export interface ClientItem {
  /** The client as first written in the log. */
  readonly client: string;
  /** Visits in the log (with an outcome or not) for the no-order list; the streak for the stalled list. */
  readonly count: number;
  /** Data rows (0-based) of the client, in visit order. */
  readonly rows: readonly number[];
}

export interface VisitSummary {
  /** Rows with an outcome. */
  readonly visits: number;
  /** Rows whose notes give no outcome (blank, "-", "n/a"). */
  readonly unread: number;
  readonly counts: Readonly<Record<VisitOutcome, number>>;
  /** Reps by advance rate, best first; empty without a rep column. */
  readonly reps: readonly RepRate[];
  readonly noOrder: readonly ClientItem[];
  readonly stalled: readonly ClientItem[];
}

const text = (v: ReadValue | undefined): string => String(v ?? "").trim();

/** A sortable day of a date cell: a serial as Excel holds it, or an ISO date typed as text. */
export function dateKey(v: ReadValue | undefined): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v !== "string") return undefined;
  const day = parseIsoDate(v.trim());
  return day === undefined ? undefined : dayToSerial(day);
}

/** The data rows in visit order: by date when every row has one, else as logged (logs are kept in order). */
function visitOrder(rows: readonly number[], dates: readonly (number | undefined)[]): number[] {
  if (rows.some((r) => dates[r] === undefined)) return [...rows];
  // Array.prototype.sort is stable, so visits of one day keep their logged order.
  return [...rows].sort((a, b) => dates[a]! - dates[b]!);
}

export function summarise(
  region: Pick<Region, "rows">,
  columns: ColumnChoice<VisitField>,
  span: NoteSpan
): VisitSummary {
  const notes = region.rows.map((_, i) => noteCells(region, span, i));
  // A single cell goes as it is, as the formula passes it.
  const verdicts = classifyVisits(notes.map((n) => (n.length === 1 ? n[0] : n)));
  const outcomes = verdicts.map((v) => (v.ok ? v.value.outcome : undefined));

  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<VisitOutcome, number>;
  let unread = 0;
  outcomes.forEach((o, i) => {
    if (o) counts[o]++;
    else if (notes[i].length > 0 || hasClient(i)) unread++;
  });
  function hasClient(i: number): boolean {
    return columns.client !== undefined && text(region.rows[i][columns.client]) !== "";
  }

  const reps = new Map<string, { visits: number; advanced: number }>();
  if (columns.rep !== undefined)
    outcomes.forEach((o, i) => {
      const rep = text(region.rows[i][columns.rep!]);
      if (!o || rep === "") return;
      const r = reps.get(rep) ?? { visits: 0, advanced: 0 };
      r.visits++;
      if (o === "order" || o === "advance") r.advanced++;
      reps.set(rep, r);
    });

  const clients = new Map<string, { name: string; rows: number[] }>();
  if (columns.client !== undefined)
    region.rows.forEach((row, i) => {
      const name = text(row[columns.client!]);
      const key = clientKey(name);
      if (key === "") return;
      const c = clients.get(key) ?? { name, rows: [] };
      c.rows.push(i);
      clients.set(key, c);
    });
  const dates = region.rows.map((row) =>
    columns.date === undefined ? undefined : dateKey(row[columns.date])
  );

  const noOrder: ClientItem[] = [];
  const stalled: ClientItem[] = [];
  for (const { name, rows } of clients.values()) {
    const ordered = visitOrder(rows, dates);
    if (rows.length >= NO_ORDER_VISITS && !rows.some((r) => outcomes[r] === "order"))
      noOrder.push({ client: name, count: rows.length, rows: ordered });
    // The streak that ends the log: a run of continuations the client later broke
    // (with an advance, an order or a clear no) is no longer a stalled deal.
    const read = ordered.filter((r) => outcomes[r] !== undefined);
    let streak = 0;
    while (streak < read.length && outcomes[read[read.length - 1 - streak]] === "continuation")
      streak++;
    if (streak >= STALLED_STREAK) stalled.push({ client: name, count: streak, rows: ordered });
  }
  const byCount = (a: ClientItem, b: ClientItem) =>
    b.count - a.count || a.client.localeCompare(b.client);

  return {
    visits: OUTCOMES.reduce((n, o) => n + counts[o], 0),
    unread,
    counts,
    reps: [...reps.entries()]
      .map(([rep, r]) => ({ rep, ...r, rate: r.advanced / r.visits }))
      .sort((a, b) => b.rate - a.rate || b.visits - a.visits || a.rep.localeCompare(b.rep)),
    noOrder: noOrder.sort(byCount),
    stalled: stalled.sort(byCount),
  };
}
