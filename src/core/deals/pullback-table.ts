/**
 * Where to pull a customer back to, per stage (docs/buying-process.md,
 * "Pull-back advice"; seed 004). Data, reviewed like code.
 *
 * Each stage lists routes from the EARLIEST target to the latest; the advisor
 * takes the first route our strengths allow. A route's `needs` is satisfied
 * by ANY one of the strengths listed; the last route of every stage needs
 * nothing, so there is always advice. Invariants (tested): every target is at
 * or before its stage; targets never get later down the list; `smash` is the
 * move exactly when the target is the current stage (we stay and show what is
 * wrong where the customer stands).
 */
import type { Move, StageKey, Strength } from "./types";

export const STEPS = [
  "deepenProblems",
  "addHiddenProblems",
  "sharpenProblems",
  "traceProblemSource",
  "reframeProblem",
  "reorderPains",
  "resetGoal",
  "askBasisOfRequirement",
  "problemBehindMeasure",
  "askForResearch",
  "askKeyQuestions",
  "spreadPain",
  "redefineCriteria",
  "exposeGaps",
  "valueCaseToTop",
  "riskCaseToTop",
  "showRisks",
  "redefineValue",
  "raiseRisk",
] as const;
export type StepKey = (typeof STEPS)[number];

export interface PullRoute {
  readonly target: StageKey;
  readonly move: Move;
  /** Any one of these strengths opens the route; empty = always open. */
  readonly needs: readonly Strength[];
  readonly steps: readonly StepKey[];
}

export const PULLBACK_TABLE: Readonly<Record<StageKey, readonly PullRoute[]>> = {
  // Nothing lies before the problem stage: stay, and make the problem bigger and clearer.
  problem: [
    {
      target: "problem",
      move: "smash",
      needs: ["revealProblems", "referenceCases"],
      steps: ["addHiddenProblems", "deepenProblems"],
    },
    { target: "problem", move: "smash", needs: [], steps: ["deepenProblems", "sharpenProblems"] },
  ],
  // Add hidden problems, sharpen them, or show the felt problem is not the real one.
  pain: [
    {
      target: "problem",
      move: "pull",
      needs: ["revealProblems"],
      steps: ["traceProblemSource", "addHiddenProblems", "sharpenProblems"],
    },
    {
      target: "problem",
      move: "pull",
      needs: ["referenceCases"],
      steps: ["traceProblemSource", "reframeProblem"],
    },
    {
      target: "problem",
      move: "pull",
      needs: [],
      steps: ["traceProblemSource", "sharpenProblems"],
    },
  ],
  // Re-order the pains (or, weaker, reset the goal); hidden problems reach further back.
  goal: [
    {
      target: "problem",
      move: "pull",
      needs: ["revealProblems"],
      steps: ["addHiddenProblems", "reorderPains"],
    },
    {
      target: "problem",
      move: "pull",
      needs: ["referenceCases"],
      steps: ["reframeProblem", "reorderPains"],
    },
    { target: "pain", move: "pull", needs: [], steps: ["reorderPains", "resetGoal"] },
  ],
  // Ask what each requirement rests on; hidden problems or references reach the problem.
  requirements: [
    {
      target: "problem",
      move: "pull",
      needs: ["revealProblems"],
      steps: ["askBasisOfRequirement", "addHiddenProblems"],
    },
    {
      target: "problem",
      move: "pull",
      needs: ["referenceCases"],
      steps: ["askBasisOfRequirement", "reframeProblem"],
    },
    { target: "goal", move: "pull", needs: [], steps: ["askBasisOfRequirement"] },
  ],
  // Measures pair with problems: go back to the problem behind each one.
  measures: [
    {
      target: "problem",
      move: "pull",
      needs: ["revealProblems"],
      steps: ["problemBehindMeasure", "addHiddenProblems"],
    },
    { target: "problem", move: "pull", needs: [], steps: ["problemBehindMeasure"] },
  ],
  // An unexpected tender: trade our answer for research and meetings with key people;
  // an unexpected solution can at least reopen the evaluation criteria.
  solution: [
    {
      target: "problem",
      move: "pull",
      needs: ["topAccess"],
      steps: ["askForResearch", "askKeyQuestions", "spreadPain"],
    },
    {
      target: "problem",
      move: "pull",
      needs: ["revealProblems"],
      steps: ["askForResearch", "askKeyQuestions"],
    },
    {
      target: "measures",
      move: "pull",
      needs: ["unexpectedSolution", "referenceCases"],
      steps: ["redefineCriteria"],
    },
    { target: "solution", move: "smash", needs: [], steps: ["askForResearch", "exposeGaps"] },
  ],
  // Top management decides now: argue value (and risk) with them; a reference case can change the value judgement.
  value: [
    {
      target: "goal",
      move: "pull",
      needs: ["topAccess"],
      steps: ["valueCaseToTop", "riskCaseToTop"],
    },
    { target: "goal", move: "pull", needs: ["referenceCases"], steps: ["valueCaseToTop"] },
    { target: "value", move: "smash", needs: [], steps: ["exposeGaps"] },
  ],
  // Risk makes the customer stop and re-evaluate: back to the measures.
  risk: [
    {
      target: "measures",
      move: "scare",
      needs: ["topAccess"],
      steps: ["riskCaseToTop", "showRisks"],
    },
    { target: "measures", move: "scare", needs: [], steps: ["showRisks"] },
  ],
  // Price raised a second time: redefine value if we can, otherwise raise risk.
  cost: [
    {
      target: "value",
      move: "pull",
      needs: ["referenceCases", "topAccess"],
      steps: ["redefineValue"],
    },
    { target: "risk", move: "scare", needs: [], steps: ["raiseRisk"] },
  ],
};
