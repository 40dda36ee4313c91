/**
 * A feasible circulation with lower and upper bounds on every edge, found with Dinic's
 * max-flow after the textbook reduction (each lower bound becomes a demand at one end
 * and a supply at the other). Controlled rounding is exactly this problem: every
 * amount must lie between the floor and the ceiling of its quota, and the sums of
 * amounts (days, months, cells) between the floors and ceilings of theirs. Because the
 * constraint matrix of a network is totally unimodular, an integer solution exists
 * whenever the exact fractional quotas satisfy the bounds, which they do by
 * construction; so "no circulation" here is a bug, not bad input.
 *
 * Callers may start from a preferred flow (Hamilton's rounding at each level) that
 * meets the bounds but not conservation everywhere; the max-flow then only repairs the
 * imbalances, along shortest paths, so the answer stays as close to the preferred one
 * as it can: usually a unit swapped between two cells of the same day. Deterministic.
 */
export interface FlowEdge {
  readonly from: number;
  readonly to: number;
  readonly lo: number;
  readonly hi: number;
}

class Residual {
  readonly adj: number[][];
  readonly to: number[] = [];
  readonly cap: number[] = [];

  constructor(readonly size: number) {
    this.adj = Array.from({ length: size }, () => []);
  }

  /** Adds an arc and its reverse; returns the arc's index. */
  add(from: number, to: number, cap: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.cap.push(cap, 0);
    this.adj[from].push(id);
    this.adj[to].push(id + 1);
    return id;
  }

  private levels(s: number, t: number): Int32Array | undefined {
    const level = new Int32Array(this.size).fill(-1);
    const queue = [s];
    level[s] = 0;
    for (let head = 0; head < queue.length; head++) {
      const u = queue[head];
      for (const a of this.adj[u]) {
        const v = this.to[a];
        if (this.cap[a] > 0 && level[v] < 0) {
          level[v] = level[u] + 1;
          queue.push(v);
        }
      }
    }
    return level[t] < 0 ? undefined : level;
  }

  private push(u: number, t: number, limit: number, level: Int32Array, next: Int32Array): number {
    if (u === t) return limit;
    for (; next[u] < this.adj[u].length; next[u]++) {
      const a = this.adj[u][next[u]];
      const v = this.to[a];
      if (this.cap[a] <= 0 || level[v] !== level[u] + 1) continue;
      const pushed = this.push(v, t, Math.min(limit, this.cap[a]), level, next);
      if (pushed > 0) {
        this.cap[a] -= pushed;
        this.cap[a ^ 1] += pushed;
        return pushed;
      }
    }
    return 0;
  }

  maxFlow(s: number, t: number): number {
    let total = 0;
    for (let level = this.levels(s, t); level; level = this.levels(s, t)) {
      const next = new Int32Array(this.size);
      for (
        let f = this.push(s, t, Infinity, level, next);
        f > 0;
        f = this.push(s, t, Infinity, level, next)
      )
        total += f;
    }
    return total;
  }
}

/**
 * Flow per edge such that lo ≤ flow ≤ hi on every edge and, at every node, inflow
 * equals outflow; undefined when none exists. Bounds must be safe integers. `initial`
 * (optional, clamped into the bounds) is where the search starts.
 */
export function feasibleCirculation(
  nodeCount: number,
  edges: readonly FlowEdge[],
  initial?: readonly number[]
): number[] | undefined {
  if (edges.some((e) => e.lo > e.hi)) return undefined;
  const source = nodeCount;
  const sink = nodeCount + 1;
  const g = new Residual(nodeCount + 2);
  const start = edges.map((e, i) => Math.min(e.hi, Math.max(e.lo, initial?.[i] ?? e.lo)));
  const imbalance = new Array<number>(nodeCount).fill(0);
  const arcs = edges.map((e, i) => {
    imbalance[e.to] += start[i];
    imbalance[e.from] -= start[i];
    if (e.hi === e.lo) return -1;
    const a = g.add(e.from, e.to, e.hi - start[i]);
    g.cap[a + 1] = start[i] - e.lo; // flow that may be taken back
    return a;
  });
  let needed = 0;
  imbalance.forEach((x, v) => {
    if (x > 0) {
      g.add(source, v, x);
      needed += x;
    } else if (x < 0) g.add(v, sink, -x);
  });
  if (g.maxFlow(source, sink) !== needed) return undefined;
  return edges.map((e, i) => (arcs[i] < 0 ? e.lo : e.hi - g.cap[arcs[i]]));
}
