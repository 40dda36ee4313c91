/**
 * A fast scanner over many regular-expression cues.
 *
 * One huge alternation is slow: past a certain size V8 stops compiling it to
 * machine code and interprets it (measured 40x slower), and even compiled it
 * tries every alternative at every character. Instead each entry's possible
 * first two characters are worked out once (matchStarts), and at each position
 * of the text only the entries that can start with that pair are tried, as
 * one small sticky expression per pair, compiled on first use. Priority
 * is kept: within a pair's expression the entries keep their order.
 */

/**
 * The possible starts of a match: every string of one or two characters that
 * a match can begin with ("签了" → {"签了"}, "[我你]们?" → {"我", "我们", "你", "你们"}).
 * A one-character string means the match may be that single character.
 * undefined: the starts cannot be listed (any character, or too many).
 */
export type Starts = Set<string> | undefined;

/** Beyond this many two-character starts an entry is too broad to index by pairs. */
const MAX_STARTS = 20000;
/** Ranges wider than this are treated as "any character" rather than expanded. */
const MAX_CLASS_EXPANSION = 512;

const ESCAPE_CLASSES: Readonly<Record<string, string>> = {
  d: "0123456789",
  s: " \t\n\r\f\v\u00a0\u3000",
};

/** Concatenation of start sets, cut to `len` characters. */
function concat(a: Starts, b: Starts, len: number): Starts {
  if (a === undefined) return undefined;
  const out = new Set<string>();
  let needB = false;
  for (const x of a) {
    if (x.length >= len) out.add(x);
    else needB = true;
  }
  if (!needB) return out;
  if (b === undefined) return undefined;
  for (const x of a) {
    if (x.length >= len) continue;
    for (const y of b) {
      out.add((x + y).slice(0, len));
      if (out.size > MAX_STARTS) return undefined;
    }
  }
  return out;
}

function unite(a: Starts, b: Starts): Starts {
  if (a === undefined || b === undefined) return undefined;
  for (const x of b) a.add(x);
  return a.size > MAX_STARTS ? undefined : a;
}

class Parser {
  i = 0;
  constructor(
    readonly src: string,
    readonly len: number
  ) {}

  alternation(): Starts {
    let out: Starts = new Set<string>();
    for (;;) {
      out = unite(out, this.sequence());
      if (this.src[this.i] !== "|") return out;
      this.i++;
    }
  }

  sequence(): Starts {
    let out: Starts = new Set([""]);
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.quantified(this.atom());
      out = concat(out, atom, this.len);
    }
    return out;
  }

  /** Applies a quantifier: zero repetitions add "", two or more add the doubled starts. */
  quantified(atom: Starts): Starts {
    const c = this.src[this.i];
    let min = 1;
    let max = 1;
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const close = this.src.indexOf("}", this.i);
      const [lo, hi] = this.src.slice(this.i + 1, close).split(",");
      min = parseInt(lo, 10);
      max = hi === undefined ? min : hi === "" ? Infinity : parseInt(hi, 10);
      this.i = close;
    } else return atom;
    this.i++;
    if (this.src[this.i] === "?") this.i++; // lazy
    let out: Starts = min === 0 ? new Set([""]) : new Set<string>();
    if (min <= 1 && max >= 1) out = unite(out, atom === undefined ? undefined : new Set(atom));
    if (max >= 2)
      out = unite(out, concat(atom === undefined ? undefined : new Set(atom), atom, this.len));
    return out;
  }

  atom(): Starts {
    const c = this.src[this.i];
    if (c === "(") {
      this.i++;
      let lookaround = false;
      if (this.src[this.i] === "?") {
        const kind = this.src.slice(this.i, this.i + 3);
        lookaround =
          kind.startsWith("?=") || kind.startsWith("?!") || kind === "?<=" || kind === "?<!";
        this.i += kind === "?<=" || kind === "?<!" ? 3 : 2;
      }
      const inner = this.alternation();
      this.i++; // ")"
      // A lookaround consumes nothing: it narrows the match but never adds a character.
      return lookaround ? new Set([""]) : inner;
    }
    if (c === "[") return this.charClass();
    if (c === "\\") {
      const e = this.src[this.i + 1];
      this.i += 2;
      if (e in ESCAPE_CLASSES) return new Set(ESCAPE_CLASSES[e]);
      if (e === "b" || e === "B") return new Set([""]);
      if (/[wWDS]/.test(e)) return undefined;
      return new Set([e]);
    }
    this.i++;
    if (c === "^" || c === "$") return new Set([""]);
    if (c === ".") return undefined;
    return new Set([c]);
  }

  charClass(): Starts {
    this.i++; // "["
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const chars = new Set<string>();
    let any = negated;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      let ch = this.src[this.i++];
      if (ch === "\\") {
        const e = this.src[this.i++];
        if (e in ESCAPE_CLASSES) {
          for (const x of ESCAPE_CLASSES[e]) chars.add(x);
          continue;
        }
        if (/[wWDS]/.test(e)) {
          any = true;
          continue;
        }
        ch = e;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]") {
        let to = this.src[this.i + 1];
        this.i += 2;
        if (to === "\\") to = this.src[this.i++];
        const a = ch.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b - a > MAX_CLASS_EXPANSION) any = true;
        else for (let x = a; x <= b; x++) chars.add(String.fromCharCode(x));
      } else chars.add(ch);
    }
    this.i++; // "]"
    return any ? undefined : chars;
  }
}

/**
 * The starts of a pattern (see Starts): two characters long where they can be
 * listed, else one (a gap of any character after "跟" leaves just "跟").
 */
export function matchStarts(source: string): Starts {
  for (const len of [2, 1]) {
    const starts = new Parser(source, len).alternation();
    if (starts !== undefined && !starts.has("")) return starts;
  }
  return undefined;
}

/** One cue pattern with the label it reports. Entries are given in priority order. */
export interface CueEntry {
  readonly source: string;
  /** English: matched as a whole word (no letter or digit may touch it). */
  readonly word: boolean;
  readonly label: number;
}

interface Matcher {
  readonly re: RegExp;
  /** Capturing group number → label. */
  readonly labelOf: Int16Array;
  /** The label when all entries share one: then a test() tells all, with no match array to allocate. */
  readonly only: number;
}

interface Entry extends CueEntry {
  /** Position in priority order, to keep it when lists are merged. */
  readonly order: number;
}

const isWordCode = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

/** Receives tokens: label, start, end. */
export type Emit = (label: number, start: number, end: number) => void;

/** Key of two UTF-16 units (the second is 0 at the end of the text). */
const pairKey = (a: number, b: number) => a * 0x10000 + b;

export class Scanner {
  /** Entries that begin with a given pair of characters. */
  private readonly byPair = new Map<number, Entry[]>();
  /** Entries that may be one character long, or whose second character cannot be listed: tried whatever follows. */
  private readonly bySingle = new Map<number, Entry[]>();
  /** Compiled expressions by first character, then by second (two small-integer levels keep the lookups fast). */
  private readonly matchers: (Map<number, Matcher | null> | undefined)[] = new Array(0x10000).fill(
    undefined
  );
  /** Compiled expressions by the list of entries they try. */
  private readonly compiled = new Map<string, Matcher>();
  /** 1 where some entry can start with this UTF-16 unit: a quick filter before the map lookup. */
  private readonly starts = new Uint8Array(0x10000);

  constructor(entries: readonly CueEntry[]) {
    entries.forEach((e, order) => {
      const starts = matchStarts(e.source);
      if (starts === undefined) throw new Error(`cue starts too broadly to index: ${e.source}`);
      const entry: Entry = { ...e, order };
      for (const st of starts) {
        const a = st.charCodeAt(0);
        const map = st.length === 1 ? this.bySingle : this.byPair;
        const key = st.length === 1 ? a : pairKey(a, st.charCodeAt(1));
        let list = map.get(key);
        if (!list) map.set(key, (list = []));
        if (list[list.length - 1] !== entry) list.push(entry);
        this.starts[a] = 1;
      }
    });
  }

  /**
   * The expression for a position starting with `a` followed by `b`: only the
   * entries that can begin there, each its own group, in priority order.
   * Built on first use; null when no entry can start there.
   */
  private matcher(a: number, b: number): Matcher | null {
    let level = this.matchers[a];
    if (level === undefined) this.matchers[a] = level = new Map();
    let m = level.get(b);
    if (m !== undefined) return m;
    const entries = [
      ...(this.byPair.get(pairKey(a, b)) ?? []),
      ...(this.bySingle.get(a) ?? []),
    ].sort((x, y) => x.order - y.order);
    if (entries.length === 0) {
      level.set(b, null);
      return null;
    }
    // Most pairs share their entries with others ("不" followed by anything unlisted): compile each list once.
    const listKey = entries.map((e) => e.order).join(",");
    m = this.compiled.get(listKey);
    if (m !== undefined) {
      level.set(b, m);
      return m;
    }
    // Consecutive entries with the same label share one group: fewer groups, smaller match arrays.
    // A word entry needs no guard in front: scan() never starts inside a word.
    const groups: string[] = [];
    const labels = [0];
    for (const e of entries) {
      const alt = e.word ? `(?:${e.source})(?![a-z0-9])` : e.source;
      if (labels[labels.length - 1] === e.label && groups.length > 0)
        groups[groups.length - 1] += `|${alt}`;
      else {
        groups.push(alt);
        labels.push(e.label);
      }
    }
    const only = labels.length === 2 ? labels[1] : -1;
    const source = only >= 0 ? groups[0] : groups.map((g) => `(${g})`).join("|");
    m = { re: new RegExp(source, "y"), labelOf: Int16Array.from(labels), only };
    level.set(b, m);
    this.compiled.set(listKey, m);
    return m;
  }

  /** Scans `text` left to right; each cue found is emitted once, the entry earliest in priority winning a position. */
  scan(text: string, emit: Emit): void {
    const n = text.length;
    let prevWord = false;
    for (let p = 0; p < n;) {
      const code = text.charCodeAt(p);
      const word = isWordCode(code);
      // A word cue never starts inside a word ("po" in "report").
      if (this.starts[code] === 1 && !(word && prevWord)) {
        const m = this.matcher(code, p + 1 < n ? text.charCodeAt(p + 1) : 0);
        if (m !== null) {
          const re = m.re;
          re.lastIndex = p;
          let end = -1;
          let label = m.only;
          if (label >= 0) {
            if (re.test(text)) end = re.lastIndex;
          } else {
            const found = re.exec(text);
            if (found !== null) {
              let g = 1;
              while (found[g] === undefined) g++;
              label = m.labelOf[g];
              end = p + found[0].length;
            }
          }
          if (end > p) {
            emit(label, p, end);
            prevWord = isWordCode(text.charCodeAt(end - 1));
            p = end;
            continue;
          }
        }
      }
      prevWord = word;
      p++;
    }
  }
}
