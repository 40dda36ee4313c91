/**
 * Turns the three lexicons into scanners at module load, and scans a folded
 * note into a token stream (kind, subtype, start, end) held in reusable typed
 * arrays, so that classifying a column allocates almost nothing per note.
 *
 * Priority: kinds in CUE_KINDS order, then sentence and clause punctuation;
 * within a kind, longer entries first. Chinese entries are the Simplified entry
 * merged with its Traditional twin (variants.ts); English entries match whole
 * words, and a space in them matches any run of spaces.
 */
import { VISITS_EN } from "./lexicon.en";
import { VISITS_ZH_HANS } from "./lexicon.zh-Hans";
import { VISITS_ZH_HANT } from "./lexicon.zh-Hant";
import { placeholderKey } from "./normalize";
import { Scanner, type CueEntry } from "./scanner";
import { CUE_KINDS, type CommitTable, type CueKind, type VisitLexicon } from "./types";
import { mergePatterns } from "./variants";

/** Kind numbers: the index in CUE_KINDS; punctuation kinds follow. */
export const K = Object.fromEntries(CUE_KINDS.map((kind, i) => [kind, i])) as {
  readonly [k in CueKind]: number;
};
export const K_STOP = CUE_KINDS.length;
export const K_BREAK = CUE_KINDS.length + 1;
export const KIND_COUNT = CUE_KINDS.length + 2;

/**
 * Sentence ends: Chinese and English stops, line breaks (cells are joined by
 * them; numbered items sit on lines). A period ends a sentence only before white space or the end, and not
 * after a title ("Mr. Liu").
 */
const STOP_SOURCE = "[。!?\\n…]|(?<!(?:^|[^a-z])(?:mr|ms|mrs|dr|vs|etc|no))\\.(?=\\s|$)";
/**
 * Clause breaks: commas (not thousands separators), semicolons (they join
 * related clauses: "asked us to present on the 3rd; meeting confirmed"),
 * colons (not clock times), spaced dashes.
 */
const BREAK_SOURCE = ",(?!\\d{3}(?!\\d))|;|:(?!\\d{2})|\\s[-–—]+\\s|[—–]";

/** A label packs kind and subtype: kind * SUB_SLOTS + subtype index. */
const SUB_SLOTS = 16;

/** English: a space in an entry matches any run of spaces (" ?" any run or none); spaces inside classes stay literal. */
function spacesToRuns(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    if (c === " " && !inClass) {
      const next = source[i + 1];
      // "short ?list": an optional space stays optional, as any run of spaces; " *", " +" are runs already.
      if (next === "?") {
        out += " *";
        i++;
      } else if (next === "*" || next === "+") out += " ";
      else out += " +";
    } else out += c;
  }
  return out;
}

/** Longer sources first, so that within a kind the longer phrase wins and is quoted as evidence. */
const longestFirst = (a: { source: string }, b: { source: string }) =>
  b.source.length - a.source.length;

/** Simplified and Traditional lists, merged index by index. */
function mergedChinese(hans: readonly string[], hant: readonly string[]): string[] {
  const out = hans.map((entry, i) => (i < hant.length ? mergePatterns(entry, hant[i]) : entry));
  for (let i = hans.length; i < hant.length; i++) out.push(hant[i]);
  return out;
}

function subtypesOf(kind: CueKind): string[] {
  const names = new Set<string>();
  for (const lex of [VISITS_ZH_HANS, VISITS_ZH_HANT, VISITS_EN] as VisitLexicon[])
    for (const s of Object.keys(lex.cues[kind])) names.add(s);
  if (names.size > SUB_SLOTS) throw new Error(`too many subtypes of ${kind}`);
  return [...names];
}

/** Subtype names per kind; a token's subtype number indexes this. */
export const SUBTYPES: readonly (readonly string[])[] = CUE_KINDS.map(subtypesOf);

/** The entries of one kind, all subtypes, longest first. */
function kindEntries(kind: CueKind, labelBase: number): CueEntry[] {
  const out: CueEntry[] = [];
  SUBTYPES[K[kind]].forEach((sub, s) => {
    const label = labelBase + s;
    const zh = mergedChinese(
      VISITS_ZH_HANS.cues[kind][sub] ?? [],
      VISITS_ZH_HANT.cues[kind][sub] ?? []
    );
    for (const source of zh) out.push({ source, word: false, label });
    for (const source of VISITS_EN.cues[kind][sub] ?? [])
      out.push({ source: spacesToRuns(source), word: true, label });
  });
  return out.sort(longestFirst);
}

const STRUCTURE = (stop: number, brk: number): CueEntry[] => [
  { source: STOP_SOURCE, word: false, label: stop * SUB_SLOTS },
  { source: BREAK_SOURCE, word: false, label: brk * SUB_SLOTS },
];

/** Every entry the classifier scans for, in priority order (exported for tests). */
export const CUE_ENTRIES: readonly CueEntry[] = [
  ...CUE_KINDS.flatMap((kind, k) => kindEntries(kind, k * SUB_SLOTS)),
  ...STRUCTURE(K_STOP, K_BREAK),
];

const CUE_SCANNER = new Scanner(CUE_ENTRIES);

/** Token buffers, grown on demand and reused across notes. */
export class Tokens {
  kind = new Uint8Array(64);
  sub = new Uint8Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  n = 0;
  /** Per kind: how many tokens, and the first one (-1 when none). */
  readonly count = new Int32Array(KIND_COUNT);
  readonly firstOf = new Int32Array(KIND_COUNT);

  grow(): void {
    const size = this.kind.length * 2;
    const g8 = (a: Uint8Array) => {
      const b = new Uint8Array(size);
      b.set(a);
      return b;
    };
    const g32 = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.kind = g8(this.kind);
    this.sub = g8(this.sub);
    this.start = g32(this.start);
    this.end = g32(this.end);
  }

  reset(): void {
    this.n = 0;
    this.count.fill(0);
    this.firstOf.fill(-1);
  }

  /** Appends a token (the scanner's callback; bound once, so scanning allocates no closures). */
  readonly push = (label: number, start: number, end: number): void => {
    if (this.n === this.kind.length) this.grow();
    const kind = (label / SUB_SLOTS) | 0;
    this.kind[this.n] = kind;
    this.sub[this.n] = label % SUB_SLOTS;
    this.start[this.n] = start;
    this.end[this.n] = end;
    if (this.count[kind]++ === 0) this.firstOf[kind] = this.n;
    this.n++;
  };

  /** The subtype name of token i ("competitor", "booking" …). */
  subtype(i: number): string {
    return SUBTYPES[this.kind[i]]?.[this.sub[i]] ?? "any";
  }
}

/** Scans a folded text into `out`: cue kinds (K) and punctuation (K_STOP, K_BREAK). */
export function scan(folded: string, out: Tokens, scanner: Scanner = CUE_SCANNER): void {
  out.reset();
  scanner.scan(folded, out.push);
}

/** Placeholder notes ("n/a", "无"), from all three lexicons. */
export const PLACEHOLDERS: ReadonlySet<string> = new Set(
  [VISITS_EN, VISITS_ZH_HANS, VISITS_ZH_HANT].flatMap((lex) => lex.empty.map(placeholderKey))
);

/* ---------------------------------------------------------------- commitment scale */

export const C_PUBLIC_WRITTEN = 0;
export const C_PUBLIC = 1;
export const C_WRITTEN = 2;
export const C_VERBAL = 3;
export const C_INNER = 4;
export const C_NEUTRAL = 5;
export const C_CONTRAST = 6;
export const C_NEG = 7;
export const C_STOP = 8;
export const C_BREAK = 9;

const COMMIT_KEYS: readonly (keyof CommitTable)[] = [
  "publicWritten",
  "public",
  "written",
  "verbal",
  "inner",
];

function commitEntries(key: keyof CommitTable, kind: number): CueEntry[] {
  const zh = mergedChinese(VISITS_ZH_HANS.commit[key], VISITS_ZH_HANT.commit[key]).map(
    (source) => ({ source, word: false, label: kind * SUB_SLOTS })
  );
  const en = VISITS_EN.commit[key].map((source) => ({
    source: spacesToRuns(source),
    word: true,
    label: kind * SUB_SLOTS,
  }));
  return [...zh, ...en].sort(longestFirst);
}

/** Cues of the classifier reused by the commitment scan, relabelled. */
function relabel(kind: CueKind, as: number): CueEntry[] {
  return kindEntries(kind, 0).map((e) => ({ ...e, label: as * SUB_SLOTS }));
}

/** The commitment scan: levels first, then the cues that keep them honest (neutral words, contrast, negation), then punctuation. */
export const COMMIT_ENTRIES: readonly CueEntry[] = [
  ...COMMIT_KEYS.flatMap((key, i) => commitEntries(key, i)),
  ...relabel("neutral", C_NEUTRAL),
  ...relabel("contrast", C_CONTRAST),
  ...relabel("neg", C_NEG),
  ...STRUCTURE(C_STOP, C_BREAK),
];

export const COMMIT_SCANNER = new Scanner(COMMIT_ENTRIES);
