import type { Lang } from "../lang";
import { calendar } from "./calendar";
import { clients } from "./clients";
import { common } from "./common";
import { deals } from "./deals";
import { targets } from "./targets";
import { taskpane } from "./taskpane";
import { visits } from "./visits";

/** Every feature's table, one per file so features can grow them independently. */
export const TABLES = [common, calendar, targets, visits, clients, deals, taskpane] as const;

type Keys<T> = T extends { en: infer E } ? keyof E & string : never;
export type MessageKey = Keys<(typeof TABLES)[number]>;

function mergeTables(): Record<Lang, Record<string, string>> {
  const out: Record<Lang, Record<string, string>> = { en: {}, "zh-Hans": {}, "zh-Hant": {} };
  for (const table of TABLES) {
    for (const lang of Object.keys(out) as Lang[]) {
      for (const [key, text] of Object.entries(table[lang] as Record<string, string>)) {
        if (key in out[lang]) throw new Error(`duplicate message key ${key}`);
        out[lang][key] = text;
      }
    }
  }
  return out;
}

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = mergeTables();
