import { t, type Lang } from "../i18n";

/**
 * Client names as typed in a client list and in a visit log rarely agree letter for
 * letter: "杭州华联科技有限公司" in one, "杭州华联科技" or "杭州華聯科技(集团)" or
 * "ＡＣＭＥ Co., Ltd." in the other. Two names are the same client when their keys
 * are equal. The key ignores what does not tell clients apart, and nothing else:
 *  - full-/half-width forms (NFKC), letter case, spaces and punctuation;
 *  - legal-form suffixes at the end of the name, repeatedly ("集团股份有限公司").
 * It does not guess beyond that (no prefix dropping, no fuzzy distance), because a
 * wrong match silently moves visits to another client; unmatched names are listed
 * for the user instead.
 */

/** Legal forms written after a Chinese name, longest first so the longest is removed. */
export const CJK_SUFFIXES: readonly string[] = [
  "股份有限公司",
  "有限责任公司",
  "有限責任公司",
  "有限公司",
  "集团公司",
  "集團公司",
  "集团",
  "集團",
  "公司",
];

/** Legal forms written as words after a Latin name, as users write them ("Co., Ltd.", "Inc."). */
export const LATIN_SUFFIXES: readonly string[] = [
  "Co.",
  "Ltd.",
  "Limited",
  "Inc.",
  "Incorporated",
  "LLC",
  "Corp.",
  "Corporation",
  "Company",
  "PLC",
  "GmbH",
  "Group",
];

const LATIN_SET = new Set(LATIN_SUFFIXES.map((w) => w.toLowerCase().replace(/\./g, "")));

/** Drops legal-form words from the end of the word list, leaving at least one word. */
function dropLatinSuffixes(words: string[]): string[] {
  const out = [...words];
  while (out.length > 1 && LATIN_SET.has(out[out.length - 1])) out.pop();
  return out;
}

function dropCjkSuffixes(text: string): string {
  let s = text;
  for (;;) {
    // The longest ending that matches; a name that is nothing but a legal form ("有限公司") stays.
    const suffix = CJK_SUFFIXES.find((x) => s.endsWith(x));
    if (suffix === undefined || suffix.length >= s.length) return s;
    s = s.slice(0, -suffix.length);
  }
}

/** The matching key of a client name; "" for a blank name. */
export function clientKey(name: string): string {
  // Words, not characters, for Latin suffixes: "Costco" must not lose its "co".
  const words = name
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== "");
  if (words.length === 0) return "";
  // Latin words first, from the very end, then Chinese forms: "华联集团有限公司 Co., Ltd." → "华联".
  return dropCjkSuffixes(dropLatinSuffixes(words).join(""));
}

/** The matching rule in words, for the pane and the CLI to show beside unmatched names. */
export function describeMatchRule(lang: Lang): string {
  return t(lang, "clients.matchRule", {
    suffixes: [...CJK_SUFFIXES, ...LATIN_SUFFIXES].join(" / "),
  });
}
