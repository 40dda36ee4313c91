import { describeIssue, type Lang } from "../core/i18n";
import type { Issue, Result } from "../core/issues";

// The functions may report a problem of any feature, in any language.
import "../core/i18n/all";

/**
 * The one place where an issue becomes an Excel error value: #N/A for "nothing to work
 * on" (blank or meaningless input), #VALUE! for everything else. Excel shows the
 * message when the user hovers the error.
 */
export function cellError(issue: Issue, lang: Lang): CustomFunctions.Error {
  const code =
    issue.kind === "na"
      ? CustomFunctions.ErrorCode.notAvailable
      : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, describeIssue(issue, lang));
}

/** Unwraps a result for a function's return value: the value, or the error as a value. */
export function valueOrError<T>(result: Result<T>, lang: Lang): T | CustomFunctions.Error {
  return result.ok ? result.value : cellError(result.issue, lang);
}
