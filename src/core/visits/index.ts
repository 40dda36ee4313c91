/**
 * Visits: the outcome of a logged sales visit (docs/visit-outcomes.md) and the
 * customer's commitment level (seed 000). Pure; lexicons are compiled once,
 * at first import.
 */
export { classifyVisit, classifyVisits, type ClassifyOptions } from "./classify";
export { commitLevel } from "./commit";
export { explainVerdict, levelLabel, outcomeLabel, ruleText } from "./labels";
export {
  COMMIT_LEVELS,
  OUTCOMES,
  RULE_IDS,
  type CommitLevel,
  type CommitVerdict,
  type RuleId,
  type VisitOutcome,
  type VisitVerdict,
} from "./types";
