/**
 * Folding of note text before matching. Like NFKC for what notes contain
 * (full-width letters, digits and punctuation become half-width; curly quotes
 * straight) plus lower case, but one character always stays one character, so a
 * match in the folded text is the same span of the original note: evidence is
 * quoted exactly as the user wrote it.
 */

/** Characters that need folding besides case: full-width ASCII, ideographic space, curly quotes, odd white space. */
const NEEDS_FOLD = /[\uff01-\uff5e\uff61\uff64\u3000\u00a0\u2018\u2019\u201c\u201d\u2032\t\r\f\v]/;
const FOLD_CHARS = /[\uff01-\uff5e\uff61\uff64\u3000\u00a0\u2018\u2019\u201c\u201d\u2032\t\r\f\v]/g;

/** Full-width forms sit at a fixed distance from ASCII (U+FF01 "！" ↔ U+0021 "!"). */
const FULL_WIDTH_OFFSET = 0xfee0;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - FULL_WIDTH_OFFSET);
  switch (ch) {
    case "\uff61":
      return "。";
    case "\uff64":
      return "、";
    case "\u2018":
    case "\u2019":
    case "\u2032":
      return "'";
    case "\u201c":
    case "\u201d":
      return '"';
    case "\r":
      return "\n";
    default:
      return " ";
  }
}

/** ASCII-only lower case, for the rare text whose full lower-casing would change its length (e.g. "İ"). */
function lowerAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/** Folds width, quotes and case; the result has exactly the length of the input. */
export function fold(text: string): string {
  const wide = NEEDS_FOLD.test(text) ? text.replace(FOLD_CHARS, foldChar) : text;
  const lower = wide.toLowerCase();
  return lower.length === wide.length ? lower : lowerAscii(wide);
}

/** Only punctuation, symbols and white space: "-", "...", "/", "——". */
const ALL_PUNCT = /^[\s\p{P}\p{S}]*$/u;
const PUNCT = /[\s\p{P}\p{S}]+/gu;
/** Placeholder words are short; longer text is never a placeholder. */
const MAX_PLACEHOLDER_LENGTH = 24;

/** The comparison key of a placeholder: folded, without punctuation ("N/A" → "na", "#N/A" → "na"). */
export function placeholderKey(text: string): string {
  return fold(text).replace(PUNCT, "");
}

/** True when the (folded) note says nothing: blank, punctuation only, or a placeholder word of `placeholders`. */
export function isMeaningless(folded: string, placeholders: ReadonlySet<string>): boolean {
  if (ALL_PUNCT.test(folded)) return true;
  if (folded.length > MAX_PLACEHOLDER_LENGTH) return false;
  return placeholders.has(folded.replace(PUNCT, ""));
}
