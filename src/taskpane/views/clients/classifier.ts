import type { OutcomeClassifier } from "../../../core/clients";
import { classifyVisit } from "../../../core/visits";

/**
 * Reads a visit's outcome from its notes when the log has no outcome column. A visit
 * whose notes say nothing (blank, "无") has no outcome rather than a guess, so it never
 * counts as a continuation or an order.
 */
export const noteClassifier: OutcomeClassifier = (cells) => {
  const r = classifyVisit(cells);
  return r.ok ? r.value.outcome : undefined;
};
