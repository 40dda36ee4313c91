/**
 * Scores the deals classifiers on the labelled dev sets:
 *   npx tsx scripts/eval-deals.ts [--verbose] [--check]
 * Data: ../shared/data/{buystage,objections}-dev.csv relative to the repo
 * root, or $ADVANCE_SHARED/data/… when ADVANCE_SHARED is set.
 *   --verbose  list every miss with the rule and evidence used
 *   --check    exit 1 when a quality bar is missed (or a file is missing)
 * Metrics live in src/core/deals/evaluate.ts (shared with the dev-set test).
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classifyObjection } from "../src/core/deals/objection";
import { classifyStage } from "../src/core/deals/stage";
import {
  evaluate,
  formatConfusion,
  QUALITY_BARS,
  readLabelled,
  type Evaluation,
} from "../src/core/deals/evaluate";
import { OBJECTIONS, STAGES } from "../src/core/deals/types";

const args = new Set(process.argv.slice(2));
const verbose = args.has("--verbose");
const check = args.has("--check");
const shared = process.env.ADVANCE_SHARED
  ? resolve(process.env.ADVANCE_SHARED)
  : resolve(__dirname, "..", "..", "shared");
const pct = (x: number): string => (100 * x).toFixed(1).padStart(5) + "%";

function report(
  title: string,
  file: string,
  classes: readonly string[],
  run: (notes: ReturnType<typeof readLabelled>) => Evaluation
): boolean {
  const path = join(shared, "data", file);
  console.log(`\n=== ${title} — ${path}`);
  if (!existsSync(path)) {
    console.log("  MISSING: file not found (set ADVANCE_SHARED to the shared folder)");
    return false;
  }
  const notes = readLabelled(readFileSync(path, "utf8"));
  const started = Date.now();
  const e = run(notes);
  const ms = Date.now() - started;
  console.log(
    `overall  n=${String(e.overall.n).padStart(3)}  accuracy ${pct(e.overall.accuracy)}  macro-F1 ${pct(e.overall.macroF1)}  (${ms} ms)`
  );
  for (const [lang, s] of Object.entries(e.byLang)) {
    console.log(
      `${lang.padEnd(8)} n=${String(s.n).padStart(3)}  accuracy ${pct(s.accuracy)}  macro-F1 ${pct(s.macroF1)}`
    );
  }
  console.log("\nconfusion (overall):\n" + formatConfusion(e.overall, classes));
  for (const [lang, s] of Object.entries(e.byLang))
    console.log(`\nconfusion (${lang}):\n` + formatConfusion(s, classes));
  if (verbose) {
    console.log(`\nmisses (${e.misses.length}):`);
    for (const m of e.misses) {
      console.log(
        `  ${m.note.id} [${m.note.lang}] gold=${m.note.label} predicted=${m.predicted}  ${m.rule}`
      );
      console.log(`     ${m.note.text}`);
      if (m.evidence) console.log(`     evidence: ${m.evidence}`);
    }
  }
  if (e.failures.length > 0) console.log("\nBELOW THE BAR: " + e.failures.join("; "));
  else console.log("\nall bars met");
  return e.failures.length === 0;
}

const stageOk = report("Buying stage (SALES.BUYSTAGE)", "buystage-dev.csv", STAGES, (notes) =>
  evaluate(
    notes,
    STAGES,
    (text) => {
      const r = classifyStage(text);
      return r.ok
        ? { label: r.value.stage, rule: r.value.rule, evidence: r.value.evidence }
        : undefined;
    },
    QUALITY_BARS.stage
  )
);
const objectionOk = report(
  "Objection (SALES.OBJECTION)",
  "objections-dev.csv",
  OBJECTIONS,
  (notes) =>
    evaluate(
      notes,
      OBJECTIONS,
      (text) => {
        const r = classifyObjection(text);
        return r.ok
          ? { label: r.value.objection, rule: r.value.rule, evidence: r.value.evidence }
          : undefined;
      },
      QUALITY_BARS.objection
    )
);
if (check && !(stageOk && objectionOk)) process.exit(1);
