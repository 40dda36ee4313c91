/**
 * Words for verdicts: outcome and commitment-level labels in the three
 * languages, and the one-sentence explanation shown by SALES.VISITWHY.
 */
import { t, type Lang } from "../i18n";
import type { CommitLevel, VisitOutcome, VisitVerdict } from "./types";

/** "Advance" / "晋级" / "晉級". */
export function outcomeLabel(outcome: VisitOutcome, lang: Lang): string {
  return t(lang, `visits.outcome.${outcome}`);
}

/** "Public verbal commitment" / "公开的口头承诺" / "公開的口頭承諾". */
export function levelLabel(level: CommitLevel, lang: Lang): string {
  return t(lang, `visits.level.${level}`);
}

/** The rule behind a verdict, as a phrase ("the customer agreed to a trial, test or pilot"). */
export function ruleText(verdict: Pick<VisitVerdict, "rule">, lang: Lang): string {
  return t(lang, `visits.rule.${verdict.rule}`);
}

/**
 * A short sentence naming the outcome and the rule and quoting the evidence:
 * "Advance: the customer agreed to a trial, test or pilot (“同意先试用两周”)."
 */
export function explainVerdict(verdict: VisitVerdict, lang: Lang): string {
  const params = {
    outcome: outcomeLabel(verdict.outcome, lang),
    rule: ruleText(verdict, lang),
    evidence: verdict.evidence,
  };
  return t(lang, verdict.evidence.trim() === "" ? "visits.whyNoQuote" : "visits.why", params);
}
