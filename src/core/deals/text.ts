/**
 * Text handling shared by the deals classifiers: normalisation, sentences,
 * and the "is there anything to read at all" check. Pure and script-agnostic:
 * Simplified, Traditional, English and mixed notes go through the same code.
 */

/**
 * Folds full-width ASCII (Ａ１，：) to half-width, the ideographic space to a
 * space and curly quotes to straight ones. Every replacement is one UTF-16
 * unit for one, so offsets in the normalised text are offsets in the original
 * (evidence is cut from the original).
 */
export function normalise(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += " ";
    else if (c === 0x2018 || c === 0x2019) out += "'";
    else if (c === 0x201c || c === 0x201d) out += '"';
    else out += text[i];
  }
  return out;
}

export interface Sentence {
  /** Offset of the sentence in the (normalised) note. */
  readonly start: number;
  readonly text: string;
}

/** Words after which a full stop does not end an English sentence. */
const ABBREVIATIONS = new Set([
  "mr",
  "ms",
  "mrs",
  "dr",
  "st",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "no",
  "approx",
  "e.g",
  "i.e",
  "jr",
  "sr",
]);

const HARD_STOPS = new Set(["。", "!", "?", ";", "\n", "\r", "…"]);

/**
 * Splits a normalised note into sentences: at 。！？；, line breaks, and at an
 * English full stop followed by a space (not after "Mr." or inside "99.5").
 * Empty pieces are dropped.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const piece = text.slice(start, end);
    if (piece.trim() !== "") out.push({ start, text: piece });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (HARD_STOPS.has(ch)) {
      push(i + 1);
    } else if (ch === "." && (i + 1 === text.length || /\s/.test(text[i + 1]))) {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 8), i));
      if (!word || !ABBREVIATIONS.has(word[1].toLowerCase())) push(i + 1);
    }
  }
  push(text.length);
  return out;
}

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const HAN_G = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD_G = /[A-Za-z]{2,}/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

export function isHanChar(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

export function hasLatin(text: string): boolean {
  return /[A-Za-z]/.test(text);
}

/**
 * True when a note holds something to read: at least one Chinese character or
 * one word of two letters, and it is not a placeholder such as "n/a" or "无".
 * (A single Chinese character can carry meaning — "签" — so the bar is low.)
 */
export function hasContent(text: string, placeholders: ReadonlySet<string>): boolean {
  const trimmed = text
    .trim()
    .toLowerCase()
    .replace(/[\s.。!！?？,，;；:：\-—_/\\()（）[\]"'`~*#]+/g, " ")
    .trim();
  if (trimmed === "") return false;
  if (placeholders.has(trimmed) || placeholders.has(trimmed.replace(/\s+/g, ""))) return false;
  const han = (trimmed.match(HAN_G) ?? []).length;
  const words = (trimmed.match(LATIN_WORD_G) ?? []).length;
  return han + words > 0;
}

/** Joins several cells of one deal (oldest first) into one note; blank cells are skipped. */
export function joinNotes(note: string | readonly string[]): string {
  if (typeof note === "string") return note;
  return note
    .filter((n) => typeof n === "string" && n.trim() !== "")
    .map((n) => {
      const t = n.trim();
      // Close each cell as a sentence so a cue cannot run from one cell into the next,
      // with the full stop of the cell's own script.
      if (/[。.!?！？;；]$/.test(t)) return t;
      return /[\u3400-\u9fff]/.test(t.slice(-1)) ? t + "。" : t + ".";
    })
    .join("\n");
}

/** Cuts evidence for a user: the sentence, trimmed, shortened around the hit when long. */
export function excerpt(sentence: string, hitStart: number, hitEnd: number, max = 120): string {
  const s = sentence.trim();
  if (s.length <= max) return s;
  const offset = sentence.indexOf(s);
  const a = Math.max(0, hitStart - offset - Math.floor((max - (hitEnd - hitStart)) / 2));
  const b = Math.min(s.length, a + max);
  return (a > 0 ? "…" : "") + s.slice(a, b).trim() + (b < s.length ? "…" : "");
}
