/**
 * The quality bars of issue 7 on the labelled dev sets. The files live
 * outside the repository (../shared/data, or $ADVANCE_SHARED/data); a missing
 * file FAILS this test rather than skipping it, so a broken setup is noticed.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { evaluate, QUALITY_BARS, readLabelled } from "./evaluate";
import { classifyObjection } from "./objection";
import { classifyStage } from "./stage";
import { OBJECTIONS, STAGES } from "./types";

const shared = process.env.ADVANCE_SHARED
  ? resolve(process.env.ADVANCE_SHARED)
  : resolve(__dirname, "..", "..", "..", "..", "shared");

function load(file: string) {
  const path = join(shared, "data", file);
  if (!existsSync(path))
    throw new Error(`dev set not found: ${path} (set ADVANCE_SHARED to the shared folder)`);
  return readLabelled(readFileSync(path, "utf8"));
}

describe("quality on the labelled dev sets", () => {
  it("labels buying stages above the bars (accuracy 0.85, macro-F1 0.83, every language 0.80)", () => {
    const e = evaluate(
      load("buystage-dev.csv"),
      STAGES,
      (text) => {
        const r = classifyStage(text);
        return r.ok
          ? { label: r.value.stage, rule: r.value.rule, evidence: r.value.evidence }
          : undefined;
      },
      QUALITY_BARS.stage
    );
    expect(e.failures).toEqual([]);
    expect(Object.keys(e.byLang).sort()).toEqual(["en", "mixed", "zh-Hans", "zh-Hant"]);
  });

  it("labels objections above the bars (accuracy 0.90, every language 0.85)", () => {
    const e = evaluate(
      load("objections-dev.csv"),
      OBJECTIONS,
      (text) => {
        const r = classifyObjection(text);
        return r.ok
          ? { label: r.value.objection, rule: r.value.rule, evidence: r.value.evidence }
          : undefined;
      },
      QUALITY_BARS.objection
    );
    expect(e.failures).toEqual([]);
    expect(Object.keys(e.byLang).sort()).toEqual(["en", "mixed", "zh-Hans", "zh-Hant"]);
  });
});
