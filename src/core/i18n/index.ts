import type { Issue } from "../issues";
import { interpolate, type Lang } from "./lang";
import { MESSAGES, type MessageKey } from "./messages";

export * from "./lang";
export type { MessageKey } from "./messages";

/** The text of a message key in a language, with its placeholders filled. Unknown keys show themselves. */
export function t(
  lang: Lang,
  key: MessageKey | string,
  params?: Readonly<Record<string, string | number>>
): string {
  const text = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
  return interpolate(text, params);
}

/** The words for an issue, in a language. */
export function describeIssue(issue: Issue, lang: Lang): string {
  return t(lang, issue.code, issue.params);
}

/** True when the key exists in every language (used by tests and by the metadata build). */
export function hasMessage(key: string): boolean {
  return key in MESSAGES.en && key in MESSAGES["zh-Hans"] && key in MESSAGES["zh-Hant"];
}
