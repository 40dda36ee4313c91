/**
 * Message keys of the words for stages, objection kinds, strengths, moves and
 * positions (texts in src/core/i18n/messages/deals.ts, three languages).
 */
import type { StepKey } from "./pullback-table";
import type { Move, ObjectionKey, Position, StageKey, Strength } from "./types";

export const stageLabelKey = (s: StageKey): string => `deals.stage.${s}`;
export const objectionLabelKey = (o: ObjectionKey): string => `deals.objection.${o}`;
export const strengthLabelKey = (s: Strength): string => `deals.strength.${s}`;
export const moveLabelKey = (m: Move): string => `deals.move.${m}`;
export const positionLabelKey = (p: Position): string => `deals.position.${p}`;
export const stepKey = (s: StepKey): string => `deals.step.${s}`;
