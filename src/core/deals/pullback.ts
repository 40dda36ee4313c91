/**
 * SALES.PULLBACK: where to pull a customer back to, given the stage they are
 * in and what we are good at (docs/buying-process.md; table in pullback-table.ts).
 * Never forward: stages cannot be skipped, so the advice is always a stage at
 * or before the current one, as early as our strengths allow.
 */
import { fail, ok, type Result } from "../issues";
import { PULLBACK_TABLE, type PullRoute, type StepKey } from "./pullback-table";
import {
  isStageKey,
  isStrength,
  STAGES,
  STRENGTHS,
  type Move,
  type StageKey,
  type Strength,
} from "./types";

export interface PullBackAdvice {
  readonly target: StageKey;
  readonly move: Move;
  /** Message keys are `deals.step.<step>`. */
  readonly steps: readonly StepKey[];
}

/**
 * @param stage the stage the customer is in now
 * @param strengths what we can bring (duplicates ignored)
 * @example pullBack("solution", ["unexpectedSolution"]) //=> ok({ target: "measures", move: "pull", steps: ["redefineCriteria"] })
 * @example pullBack("problem", []) //=> ok({ target: "problem", move: "smash", … })
 */
export function pullBack(stage: StageKey, strengths: readonly Strength[]): Result<PullBackAdvice> {
  if (!isStageKey(stage))
    return fail("deals.stage.unknown", { value: String(stage), choices: STAGES.join(", ") });
  const bad = strengths.find((s) => !isStrength(s));
  if (bad !== undefined)
    return fail("deals.strength.unknown", { value: String(bad), choices: STRENGTHS.join(", ") });
  const have = new Set(strengths);
  const route = PULLBACK_TABLE[stage].find((r) => opens(r, have));
  // The table ends every stage with a route that needs nothing (tested), so this is a programmer error.
  if (!route) throw new Error(`pull-back table: no open route for ${stage}`);
  return ok({ target: route.target, move: route.move, steps: route.steps });
}

function opens(route: PullRoute, have: ReadonlySet<Strength>): boolean {
  return route.needs.length === 0 || route.needs.some((s) => have.has(s));
}
