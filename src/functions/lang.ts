import { parseLang, resolveLang, type Lang } from "../core/i18n";
import { fail, ok, type Result } from "../core/issues";

/**
 * The language of Excel's user interface. In the shared runtime Office.js is loaded,
 * so the display language is known; elsewhere (tests, Node) English.
 */
export function uiLang(): Lang {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    return resolveLang(office?.context?.displayLanguage);
  } catch {
    // Office.context throws before Office.onReady in some hosts.
    return "en";
  }
}

export type OutputLang = Lang | "key";

/**
 * The optional `language` argument of functions that return labels: "en", "zh-Hans",
 * "zh-Hant" (also "zh-CN", "zh-TW", 简体, 繁體) or "key" for stable keys. Blank → Excel's UI language.
 */
export function outputLang(arg: unknown): Result<OutputLang> {
  if (arg === undefined || arg === null || arg === "") return ok(uiLang());
  if (typeof arg !== "string") return fail("arg.language", { value: String(arg) });
  if (arg.trim().toLowerCase() === "key") return ok("key");
  const lang = parseLang(arg);
  return lang ? ok(lang) : fail("arg.language", { value: arg });
}
