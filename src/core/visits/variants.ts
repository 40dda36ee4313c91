/**
 * Merges script variants of one lexicon entry into a single pattern.
 *
 * "约好" and "約好" become "[约約]好", and a guard class "(?<![帮给])" and its
 * Traditional form "(?<![幫給])" become "(?<![帮给幫給])". Merging (rather than
 * listing both forms as alternatives) matters for guards: the Simplified form
 * alone would let "幫我" through as a subject, because the first alternative
 * that matches wins. It also reads notes that mix scripts ("簽约").
 *
 * Used by scripts/gen-visits-hant.ts (Taiwan, Taiwan-phrase and Hong Kong forms
 * into one Traditional entry) and at module load (Simplified with Traditional).
 */

/** Splits a pattern into atoms: an escape, a character class, or one character. */
export function patternAtoms(source: string): string[] {
  const atoms: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      atoms.push(source.slice(i, i + 2));
      i += 2;
    } else if (c === "[") {
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      atoms.push(source.slice(i, j + 1));
      i = j + 1;
    } else {
      atoms.push(c);
      i++;
    }
  }
  return atoms;
}

/** Only non-ASCII literals and classes take part in a merge; ASCII is regex syntax and never differs between scripts. */
function classParts(atom: string): { negated: boolean; body: string } | undefined {
  if (atom.length > 1 && atom[0] === "[") {
    const negated = atom[1] === "^";
    return { negated, body: atom.slice(negated ? 2 : 1, -1) };
  }
  if (atom.length === 1 && atom.charCodeAt(0) > 0x7f) return { negated: false, body: atom };
  return undefined;
}

function mergeAtom(a: string, b: string): string | undefined {
  if (a === b) return a;
  const x = classParts(a);
  const y = classParts(b);
  if (!x || !y || x.negated !== y.negated) return undefined;
  let body = x.body;
  for (const ch of y.body) if (!body.includes(ch)) body += ch;
  return `[${x.negated ? "^" : ""}${body}]`;
}

/**
 * One pattern that matches what either pattern matches, character by character
 * when both have the same shape, otherwise as two alternatives.
 */
export function mergePatterns(a: string, b: string): string {
  if (a === b) return a;
  const left = patternAtoms(a);
  const right = patternAtoms(b);
  if (left.length === right.length) {
    const out: string[] = [];
    for (let i = 0; i < left.length; i++) {
      const merged = mergeAtom(left[i], right[i]);
      if (merged === undefined) return `(?:${a}|${b})`;
      out.push(merged);
    }
    return out.join("");
  }
  return `(?:${a}|${b})`;
}
