/**
 * Entry check (seed 004, first lesson): did we come into the deal with the
 * customer, after them, or have we pulled them back to walk in step?
 *
 *   leading       we came in at the problem stage: the customer's view was
 *                 formed with us; the job is to keep them on course;
 *   synchronised  we came in late but the customer now stands before the
 *                 stage where we came in: we pulled them back and move in step;
 *   following     we came in late and the customer is still at or past that
 *                 stage: the rules were written before us — pull back rather
 *                 than follow.
 */
import { fail, ok, type Result } from "../issues";
import { isStageKey, stageIndex, STAGES, type Position, type StageKey } from "./types";

export interface EntryPosition {
  readonly position: Position;
  /** Message key `deals.entry.<position>`. */
  readonly explanation: string;
  /** How many stages the customer had walked before we came in (0 = none). */
  readonly lateBy: number;
}

/**
 * @param enteredAt the customer's stage when we came into the deal
 * @param customerNow the customer's stage now
 * @example entryPosition("solution", "solution") //=> ok({ position: "following", … })
 * @example entryPosition("solution", "problem") //=> ok({ position: "synchronised", … })
 */
export function entryPosition(enteredAt: StageKey, customerNow: StageKey): Result<EntryPosition> {
  for (const [arg, value] of [
    ["enteredAt", enteredAt],
    ["customerNow", customerNow],
  ] as const) {
    if (!isStageKey(value))
      return fail("deals.stage.unknown", { arg, value: String(value), choices: STAGES.join(", ") });
  }
  const lateBy = stageIndex(enteredAt);
  const position: Position =
    lateBy === 0 ? "leading" : stageIndex(customerNow) < lateBy ? "synchronised" : "following";
  return ok({ position, explanation: `deals.entry.${position}`, lateBy });
}
