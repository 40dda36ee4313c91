/**
 * `npm run bench`: runs every scenario in scripts/bench/*.ts and prints one line each —
 * median and 95th-percentile time per run, and a rate where the scenario counts items.
 * Timings come from here, never from unit tests. Filter with `npm run bench -- WORD`.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Scenario } from "./bench/types";

function fmt(ms: number): string {
  return ms < 1
    ? `${(ms * 1000).toFixed(0)} µs`
    : ms < 1000
      ? `${ms.toFixed(1)} ms`
      : `${(ms / 1000).toFixed(2)} s`;
}

async function time(s: Scenario): Promise<string> {
  const n = s.iterations ?? 10;
  await s.run(); // warm-up: JIT and caches
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await s.run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(n / 2)];
  const p95 = times[Math.min(n - 1, Math.floor(n * 0.95))];
  const parts = [`${s.name}: median ${fmt(median)}, p95 ${fmt(p95)} (${n} runs)`];
  if (s.items)
    parts.push(
      `${Math.round((s.items / median) * 1000).toLocaleString("en")} ${s.itemName ?? "items"}/s`
    );
  if (s.extra) parts.push(s.extra(median));
  return parts.join("; ");
}

async function main(): Promise<void> {
  const filter = process.argv.slice(2).join(" ").toLowerCase();
  const dir = join(__dirname, "bench");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && f !== "types.ts")
    .sort();
  for (const f of files) {
    const mod = (await import(join(dir, f))) as { scenarios: Scenario[] };
    for (const s of mod.scenarios) {
      if (filter && !s.name.toLowerCase().includes(filter) && !f.includes(filter)) continue;
      console.log(await time(s));
    }
  }
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
