/**
 * Problems with user input are data, not exceptions (see docs/design.md).
 * `code` is a message key in src/core/i18n/messages; `params` fill its placeholders.
 * `kind` says which Excel error a custom function shows for it:
 *   "value" → #VALUE! (input of the wrong type or out of range),
 *   "na"    → #N/A    (nothing to work on: a blank or meaningless input).
 * `throw` is kept for programmer errors only.
 */
export interface Issue {
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly kind?: "value" | "na";
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: Issue };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: string,
  params?: Issue["params"],
  kind: Issue["kind"] = "value"
): Result<T> {
  return { ok: false, issue: { code, params, kind } };
}

export function isIssue(x: unknown): x is Issue {
  return typeof x === "object" && x !== null && typeof (x as Issue).code === "string";
}
