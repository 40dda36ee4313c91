/**
 * The deals feature: the customer's buying stage, objections, pull-back
 * advice and the entry check (docs/buying-process.md, docs/objections.md).
 */
export { classifyStage, type StageResult } from "./stage";
export { classifyObjection, type ObjectionResult } from "./objection";
export { pullBack, type PullBackAdvice } from "./pullback";
export { PULLBACK_TABLE, STEPS, type PullRoute, type StepKey } from "./pullback-table";
export { entryPosition, type EntryPosition } from "./entry";
export { objectionReply } from "./replies";
export { parseObjection, parseStage, parseStrengths } from "./parse";
export * from "./labels";
export * from "./types";
