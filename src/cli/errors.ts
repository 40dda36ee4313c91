import { describeIssue, t, type Lang } from "../core/i18n";
import type { Issue } from "../core/issues";

/**
 * A mistake the user can fix (bad option, missing file, invalid input). The CLI prints
 * its message as one line on stderr and exits with status 2, never with a stack trace.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }

  static of(issue: Issue, lang: Lang = "en"): UserError {
    return new UserError(describeIssue(issue, lang));
  }

  static msg(key: string, params?: Record<string, string | number>, lang: Lang = "en"): UserError {
    return new UserError(t(lang, key, params));
  }
}
