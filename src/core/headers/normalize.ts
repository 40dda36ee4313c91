/**
 * Header text as a comparison key: NFKC folds full-width letters and digits to
 * half-width (Ｃｌｉｅｎｔ → Client) and compatibility forms; case, whitespace,
 * punctuation and symbols are dropped, so "Visit_Date", "visit date" and
 * "拜访日期:" compare by their letters alone.
 */
export function normalizeHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}
