import { createContext, useContext, useMemo, type ReactNode } from "react";
import { t as translate, type Lang } from "../core/i18n";
import type { Issue } from "../core/issues";
import { describeIssue, registerMessages } from "../core/i18n";
import { taskpane } from "../core/i18n/messages/taskpane";

// The shell's own words; each view registers its feature's words when it loads.
registerMessages(taskpane);

export interface Words {
  readonly lang: Lang;
  /** A message in the pane's language. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  issue(issue: Issue): string;
  /** Numbers as the reader reads them (grouping per locale). */
  number(n: number, digits?: number): string;
  /** Currency amounts (CNY by default), e.g. ¥5,880,000. */
  money(n: number, currency?: string): string;
  /** A date given as YYYY-MM-DD, in the reader's locale. */
  date(iso: string): string;
}

/** The locale used for numbers and dates in each language. */
export const LOCALE: Record<Lang, string> = { en: "en-US", "zh-Hans": "zh-CN", "zh-Hant": "zh-TW" };

export function makeWords(lang: Lang): Words {
  const locale = LOCALE[lang];
  const nf = new Map<number, Intl.NumberFormat>();
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    issue: (issue) => describeIssue(issue, lang),
    number: (n, digits = 0) => {
      let f = nf.get(digits);
      if (!f)
        nf.set(
          digits,
          (f = new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }))
        );
      return f.format(n);
    },
    money: (n, currency = "CNY") =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        currencyDisplay: "narrowSymbol",
        maximumFractionDigits: Number.isInteger(n) ? 0 : 2,
      }).format(n),
    date: (iso) => {
      const [y, m, d] = iso.split("-").map(Number);
      return new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "short",
        day: "numeric",
        timeZone: "UTC",
      }).format(new Date(Date.UTC(y, m - 1, d)));
    },
  };
}

const WordsContext = createContext<Words>(makeWords("en"));

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const words = useMemo(() => makeWords(lang), [lang]);
  return <WordsContext.Provider value={words}>{children}</WordsContext.Provider>;
}

export function useWords(): Words {
  return useContext(WordsContext);
}
