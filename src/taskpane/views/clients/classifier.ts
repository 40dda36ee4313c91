import type { OutcomeClassifier } from "../../../core/clients";

/**
 * Reads a visit's outcome from its notes when the log has no outcome column.
 *
 * INJECTION POINT: the visit classifier (`classifyVisit` in src/core/visits) is being
 * written. Once src/core/visits/index.ts exports
 * `classifyVisit(note: string | string[]): Result<{ outcome }>`, this becomes:
 *
 *   export const noteClassifier: OutcomeClassifier = (cells) => {
 *     const r = classifyVisit(cells);
 *     return r.ok ? r.value.outcome : undefined;
 *   };
 *
 * Until then outcomes come only from an explicit outcome column (结果 / Outcome), and
 * visits without one have no last outcome, streak or order (so "3+ visits, no order"
 * counts every visit of such a log as no order).
 */
export const noteClassifier: OutcomeClassifier | undefined = undefined;
