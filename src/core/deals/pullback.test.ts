import { hasMessage } from "../i18n";
import { stepKey } from "./labels";
import { pullBack } from "./pullback";
import { PULLBACK_TABLE } from "./pullback-table";
import { stageIndex, STAGES, STRENGTHS, type StageKey, type Strength } from "./types";

/** Every subset of the four strengths (16). */
const SUBSETS: Strength[][] = Array.from({ length: 1 << STRENGTHS.length }, (_, mask) =>
  STRENGTHS.filter((_, i) => mask & (1 << i))
);
const ALL = STAGES.flatMap((stage) => SUBSETS.map((strengths) => ({ stage, strengths })));

function advise(stage: StageKey, strengths: Strength[]) {
  const r = pullBack(stage, strengths);
  if (!r.ok) throw new Error(`no advice for ${stage}`);
  return r.value;
}

describe("pullBack", () => {
  it("covers every stage with every subset of strengths (9 × 16)", () => {
    expect(ALL).toHaveLength(STAGES.length * 16);
  });

  it.each(ALL)(
    "never advises a stage after $stage (strengths: $strengths)",
    ({ stage, strengths }) => {
      expect(stageIndex(advise(stage, strengths).target)).toBeLessThanOrEqual(stageIndex(stage));
    }
  );

  it.each(ALL)(
    "smashes exactly when it stays at $stage, and names explained steps (strengths: $strengths)",
    ({ stage, strengths }) => {
      const a = advise(stage, strengths);
      expect(a.move === "smash").toBe(a.target === stage);
      expect(a.steps.length).toBeGreaterThan(0);
      for (const s of a.steps) expect(hasMessage(stepKey(s))).toBe(true);
    }
  );

  it.each(ALL)(
    "scares only on the way back from risk or cost at $stage (strengths: $strengths)",
    ({ stage, strengths }) => {
      const a = advise(stage, strengths);
      if (a.move === "scare") expect(["risk", "cost"]).toContain(stage);
    }
  );

  it.each(ALL)(
    "never pulls less far back at $stage when a strength is added to $strengths",
    ({ stage, strengths }) => {
      const base = stageIndex(advise(stage, strengths).target);
      for (const extra of STRENGTHS) {
        expect(stageIndex(advise(stage, [...strengths, extra]).target)).toBeLessThanOrEqual(base);
      }
    }
  );

  it.each(SUBSETS)(
    "stays at the problem stage and deepens it, whatever our strengths (%j)",
    (...strengths) => {
      const a = advise("problem", strengths);
      expect(a.target).toBe("problem");
      expect(a.steps).toContain("deepenProblems");
    }
  );

  // The guide's rows, with no special strength.
  it.each([
    ["pain", "problem", "pull"],
    ["goal", "pain", "pull"],
    ["requirements", "goal", "pull"],
    ["measures", "problem", "pull"],
    ["solution", "solution", "smash"],
    ["value", "value", "smash"],
    ["risk", "measures", "scare"],
    ["cost", "risk", "scare"],
  ] as const)("advises from %s with no strengths: back to %s (%s)", (stage, target, move) => {
    expect(advise(stage, [])).toMatchObject({ target, move });
  });

  it.each([
    ["solution", ["unexpectedSolution"], "measures", "redefineCriteria"],
    ["solution", ["topAccess"], "problem", "askForResearch"],
    ["value", ["topAccess"], "goal", "valueCaseToTop"],
    ["cost", ["referenceCases"], "value", "redefineValue"],
    ["goal", ["revealProblems"], "problem", "addHiddenProblems"],
    ["requirements", ["revealProblems"], "problem", "askBasisOfRequirement"],
    ["pain", ["referenceCases"], "problem", "reframeProblem"],
  ] as const)(
    "uses the strength: from %s with %j back to %s (%s)",
    (stage, strengths, target, step) => {
      const a = advise(stage, [...strengths]);
      expect(a.target).toBe(target);
      expect(a.steps).toContain(step);
    }
  );

  it("ignores repeated strengths", () => {
    expect(advise("cost", ["topAccess", "topAccess"])).toEqual(advise("cost", ["topAccess"]));
  });

  it("returns an issue for an unknown stage or strength instead of throwing", () => {
    const badStage = pullBack("closing" as StageKey, []);
    const badStrength = pullBack("pain", ["charm" as Strength]);
    expect(!badStage.ok && badStage.issue.code).toBe("deals.stage.unknown");
    expect(!badStrength.ok && badStrength.issue.code).toBe("deals.strength.unknown");
  });
});

describe("PULLBACK_TABLE", () => {
  it.each(STAGES)("ends the routes of %s with one that needs no strength", (stage) => {
    const routes = PULLBACK_TABLE[stage];
    expect(routes[routes.length - 1].needs).toEqual([]);
  });

  it.each(STAGES)("lists the routes of %s from the earliest target to the latest", (stage) => {
    const targets = PULLBACK_TABLE[stage].map((r) => stageIndex(r.target));
    expect(targets).toEqual([...targets].sort((a, b) => a - b));
  });
});
