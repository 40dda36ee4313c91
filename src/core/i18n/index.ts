import type { Issue } from "../issues";
import { interpolate, type Lang } from "./lang";
import { calendar } from "./messages/calendar";
import { common } from "./messages/common";
import type { MessageKey } from "./messages";
import { registeredMessages, registerMessages } from "./registry";

export * from "./lang";
export type { MessageKey } from "./messages";
export { registerMessages } from "./registry";

// Words every part of Advance may need: argument coercion, the CLI, the calendar.
registerMessages(common, calendar);

/** The text of a message key in a language, with its placeholders filled. Unknown keys show themselves. */
export function t(
  lang: Lang,
  key: MessageKey | string,
  params?: Readonly<Record<string, string | number>>
): string {
  const messages = registeredMessages();
  const text = messages[lang][key] ?? messages.en[key] ?? key;
  return interpolate(text, params);
}

/** The words for an issue, in a language. */
export function describeIssue(issue: Issue, lang: Lang): string {
  return t(lang, issue.code, issue.params);
}

/** True when the key exists in every language (used by tests and by the metadata build). */
export function hasMessage(key: string): boolean {
  const m = registeredMessages();
  return key in m.en && key in m["zh-Hans"] && key in m["zh-Hant"];
}
