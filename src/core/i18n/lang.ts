/** The three languages Advance speaks. Keys follow BCP 47 script subtags. */
export type Lang = "en" | "zh-Hans" | "zh-Hant";

export const LANGS: readonly Lang[] = ["en", "zh-Hans", "zh-Hant"];

/**
 * Maps an Office display language or a user's argument ("zh-CN", "zh-TW", "zh-hk",
 * "zh-Hant-TW", "en-GB", "简体", "繁體", …) to one of our languages.
 * Hong Kong, Macau and Taiwan read Traditional script; all other Chinese reads Simplified.
 * Anything else falls back to English.
 */
export function resolveLang(tag: string | null | undefined): Lang {
  const raw = (tag ?? "").trim();
  if (raw === "") return "en";
  if (/^(简体|簡體|简|中文|simplified)$/i.test(raw)) return "zh-Hans";
  if (/^(繁体|繁體|繁|traditional)$/i.test(raw)) return "zh-Hant";
  const t = raw.toLowerCase().replace(/_/g, "-");
  if (!t.startsWith("zh")) return "en";
  if (/\bhant\b/.test(t) || /-(tw|hk|mo)\b/.test(t)) return "zh-Hant";
  return "zh-Hans";
}

/** Parses an explicit language argument; returns undefined when it is not one we know. */
export function parseLang(tag: string): Lang | undefined {
  const raw = tag.trim();
  if (raw === "") return undefined;
  if (/^(en|english|英文|英语|英語)([-_].*)?$/i.test(raw)) return "en";
  if (/^(zh|简体|簡體|繁体|繁體|简|繁|simplified|traditional|中文)/i.test(raw))
    return resolveLang(raw);
  return undefined;
}

/** Fills {name} placeholders. Unknown placeholders are left visible so a missing parameter is noticed in tests. */
export function interpolate(
  template: string,
  params?: Readonly<Record<string, string | number>>
): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

/** A table of messages per language; every language must carry the same keys (checked by the type). */
export type MessageTable<K extends string> = {
  readonly [L in Lang]: { readonly [key in K]: string };
};
