import { feasibleCirculation, type FlowEdge } from "./flow";
import { ceilOf, floorOf, fractionOf, mulDiv, type Quota } from "./intmath";

/**
 * Rounding that adds back exactly. Every amount is the floor or the ceiling of its
 * exact quota, and every sum we promise (day, month, market, tier, year) is the floor
 * or ceiling of its own quota, with the total exact. One level is Hamilton's method;
 * two crossed levels (markets × tiers, days × cells) are a controlled rounding found
 * as a network flow (see flow.ts for why a solution always exists).
 */

/** Indices ordered by larger remainder first, then by position (deterministic ties). */
function byRemainder(quotas: readonly Quota[]): number[] {
  return quotas
    .map((_, i) => i)
    .sort((a, b) => fractionOf(quotas[b]) - fractionOf(quotas[a]) || a - b);
}

/**
 * Hamilton's largest-remainder method: total × weight_i / Σweights, floors first, the
 * units left over to the largest remainders (ties to the earlier entry). Weights are
 * non-negative integers with a positive total.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => mulDiv(total, w, sum));
  const out = quotas.map(floorOf);
  let left = total - out.reduce((a, b) => a + b, 0);
  // Remainders share one denominator here, so comparing them as floats is exact enough
  // to order them; equal remainders come from equal numerators and tie by position.
  for (const i of byRemainder(quotas)) {
    if (left === 0) break;
    if (quotas[i].rem > 0) {
      out[i] += 1;
      left -= 1;
    }
  }
  return out;
}

/** A network edge that may carry the floor or the ceiling of a quota. */
function quotaEdge(from: number, to: number, q: Quota): FlowEdge {
  return { from, to, lo: floorOf(q), hi: ceilOf(q) };
}

function solve(nodes: number, edges: FlowEdge[], preferred: number[]): number[] {
  const flow = feasibleCirculation(nodes, edges, preferred);
  // Bounds come from exact quotas that satisfy them, so this cannot happen (see flow.ts).
  if (!flow) throw new Error("controlled rounding found no solution; the quotas are inconsistent");
  return flow;
}

/**
 * Rounds the table total × r_i × c_j / (Σr · Σc) (markets × tiers) so that each cell,
 * each row total and each column total is within one unit of its quota and the cells
 * add up to `total` exactly. Returns the cells, row-major.
 */
export function roundTable(
  total: number,
  rows: readonly number[],
  cols: readonly number[]
): number[][] {
  const R = rows.reduce((a, b) => a + b, 0);
  const C = cols.reduce((a, b) => a + b, 0);
  const rowQ = rows.map((r) => mulDiv(total, r, R));
  const colQ = cols.map((c) => mulDiv(total, c, C));
  const cellQ = rows.map((r) => cols.map((c) => mulDiv(total, r * c, R * C)));
  // Nodes: 0 source, 1 sink, then rows, then columns. Preferred: Hamilton for the rows
  // (so market totals match MARKETSPLIT), then Hamilton within each row.
  const rowNode = (i: number) => 2 + i;
  const colNode = (j: number) => 2 + rows.length + j;
  const rowPref = largestRemainder(total, rows);
  const cellPref = rowPref.map((r) => largestRemainder(r, cols));
  const edges: FlowEdge[] = [{ from: 1, to: 0, lo: total, hi: total }];
  const preferred: number[] = [total];
  const add = (e: FlowEdge, pref: number) => {
    edges.push(e);
    preferred.push(pref);
    return edges.length - 1;
  };
  for (const i of byRemainder(rowQ)) add(quotaEdge(0, rowNode(i), rowQ[i]), rowPref[i]);
  const cellEdge: number[][] = rows.map(() => []);
  rows.forEach((_, i) => {
    for (const j of byRemainder(cellQ[i]))
      cellEdge[i][j] = add(quotaEdge(rowNode(i), colNode(j), cellQ[i][j]), cellPref[i][j]);
  });
  for (const j of byRemainder(colQ))
    add(
      quotaEdge(colNode(j), 1, colQ[j]),
      cellPref.reduce((a, r) => a + r[j], 0)
    );
  const flow = solve(2 + rows.length + cols.length, edges, preferred);
  return cellEdge.map((row) => row.map((e) => flow[e]));
}

/** One row of the day grid: its exact share of the year, num/den, and the group (month) it belongs to. */
export interface GridRow {
  readonly num: number;
  readonly den: number;
  readonly group: number;
}

/**
 * The day × cell grid. Given the year (`total` units), each day's share num/den, the
 * groups' (months') shares, and each cell's fixed total, finds integer amounts such
 * that:
 * - each cell amount is the floor or ceiling of day quota × cell total / year,
 * - each day total is the floor or ceiling of the day's quota,
 * - each group total is the floor or ceiling of the group's quota,
 * - each cell's column adds up to its fixed total exactly.
 * Days of equal weight have equal quotas, so their totals and their cell amounts
 * differ by at most one unit. Days with a zero share get zero. Returns rows of cells.
 */
export function fillGrid(
  total: number,
  rows: readonly GridRow[],
  groups: readonly { readonly num: number; readonly den: number }[],
  cellTotals: readonly number[]
): number[][] {
  const groupQ = groups.map((g) => mulDiv(total, g.num, g.den));
  const rowQ = rows.map((r) => mulDiv(total, r.num, r.den));
  // Nodes: 0 source, 1 sink, groups, active rows, cells.
  const active = rows.map((r, i) => (r.num > 0 ? i : -1)).filter((i) => i >= 0);
  const groupNode = (g: number) => 2 + g;
  const rowNode = new Map(active.map((i, k) => [i, 2 + groups.length + k]));
  const cellNode = (c: number) => 2 + groups.length + active.length + c;
  const members: number[][] = groups.map(() => []);
  for (const i of active) members[rows[i].group].push(i);

  // Preferred: Hamilton at each level — months from the year, days from their month,
  // cells from their day. Month shares share one denominator, and so do the days of a
  // month, so their numerators are the Hamilton weights.
  const groupPref = largestRemainder(
    total,
    groups.map((g) => g.num)
  );
  const rowPref = new Map<number, number>();
  members.forEach((list, g) => {
    if (list.length === 0) return;
    largestRemainder(
      groupPref[g],
      list.map((i) => rows[i].num)
    ).forEach((v, k) => rowPref.set(list[k], v));
  });

  const edges: FlowEdge[] = [{ from: 1, to: 0, lo: total, hi: total }];
  const preferred: number[] = [total];
  const add = (e: FlowEdge, pref: number) => {
    edges.push(e);
    preferred.push(pref);
    return edges.length - 1;
  };
  for (const g of byRemainder(groupQ)) add(quotaEdge(0, groupNode(g), groupQ[g]), groupPref[g]);
  for (const [g, list] of members.entries()) {
    const order = list.map((i) => rowQ[i]);
    for (const k of byRemainder(order))
      add(quotaEdge(groupNode(g), rowNode.get(list[k])!, rowQ[list[k]]), rowPref.get(list[k])!);
  }
  const cellEdge = new Map<number, number[]>();
  const anyCell = cellTotals.some((c) => c > 0);
  for (const i of active) {
    const { num, den } = rows[i];
    const q = cellTotals.map((c) => mulDiv(c, num, den));
    const pref = anyCell ? largestRemainder(rowPref.get(i)!, cellTotals) : cellTotals.map(() => 0);
    const ids: number[] = [];
    for (const c of byRemainder(q))
      ids[c] = add(quotaEdge(rowNode.get(i)!, cellNode(c), q[c]), pref[c]);
    cellEdge.set(i, ids);
  }
  cellTotals.forEach((c, j) => add({ from: cellNode(j), to: 1, lo: c, hi: c }, c));
  const flow = solve(2 + groups.length + active.length + cellTotals.length, edges, preferred);
  return rows.map((_, i) => {
    const ids = cellEdge.get(i);
    return ids ? ids.map((e) => flow[e]) : cellTotals.map(() => 0);
  });
}
