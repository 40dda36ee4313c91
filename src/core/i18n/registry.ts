import type { Lang } from "./lang";

/** A feature's message table: the same keys in each language. */
export type AnyTable = { readonly [L in Lang]: { readonly [key: string]: string } };

const tables: AnyTable[] = [];
let merged: Record<Lang, Record<string, string>> | undefined;

/**
 * Makes a feature's words available to `t`. The task pane registers each view's table
 * when the view loads, so its first download carries only the shell's words; the CLI,
 * the functions and the tests register every table (`src/core/i18n/all.ts`).
 */
export function registerMessages(...add: readonly AnyTable[]): void {
  for (const table of add) {
    if (!tables.includes(table)) {
      tables.push(table);
      merged = undefined;
    }
  }
}

/** Every registered message, by language. A key defined by two tables is a programmer error. */
export function registeredMessages(): Readonly<Record<Lang, Readonly<Record<string, string>>>> {
  if (merged) return merged;
  const out: Record<Lang, Record<string, string>> = { en: {}, "zh-Hans": {}, "zh-Hant": {} };
  for (const table of tables) {
    for (const lang of Object.keys(out) as Lang[]) {
      for (const [key, text] of Object.entries(table[lang])) {
        if (key in out[lang] && out[lang][key] !== text)
          throw new Error(`duplicate message key ${key}`);
        out[lang][key] = text;
      }
    }
  }
  return (merged = out);
}
