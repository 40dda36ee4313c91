/**
 * Scoring the deals classifiers against labelled notes: CSV reading and the
 * usual metrics. Pure (the caller reads the file), shared by
 * scripts/eval-deals.ts and the dev-set test. Not part of the runtime bundle:
 * nothing in index.ts imports it.
 */

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ""));
}

export interface LabelledNote {
  readonly id: string;
  readonly lang: string;
  readonly text: string;
  readonly label: string;
  readonly why: string;
}

/** Rows of a labelled CSV with header id,lang,text,label,why (extra columns ignored). */
export function readLabelled(csv: string): LabelledNote[] {
  const [header, ...rows] = parseCsv(csv);
  const col = (name: string): number => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name);
    if (i < 0) throw new Error(`labelled CSV: no column "${name}"`);
    return i;
  };
  const [id, lang, text, label, why] = ["id", "lang", "text", "label", "why"].map(col);
  return rows.map((r) => ({
    id: r[id],
    lang: r[lang],
    text: r[text],
    label: r[label].trim(),
    why: r[why] ?? "",
  }));
}

export interface Scores {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perClass: Readonly<
    Record<string, { precision: number; recall: number; f1: number; support: number }>
  >;
  /** confusion[gold][predicted] = count */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/**
 * Accuracy, per-class precision/recall/F1 and macro-F1 over `classes`
 * (classes without gold rows and without predictions are left out of the
 * macro average, so a per-language slice is not punished for absent classes).
 */
export function score(
  pairs: readonly { gold: string; predicted: string }[],
  classes: readonly string[]
): Scores {
  const confusion: Record<string, Record<string, number>> = {};
  const all = [
    ...classes,
    ...new Set(pairs.map((p) => p.predicted).filter((p) => !classes.includes(p))),
  ];
  for (const g of all) {
    confusion[g] = {};
    for (const p of all) confusion[g][p] = 0;
  }
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    confusion[gold] ??= Object.fromEntries(all.map((p) => [p, 0]));
    confusion[gold][predicted] = (confusion[gold][predicted] ?? 0) + 1;
    if (gold === predicted) correct++;
  }
  const perClass: Record<
    string,
    { precision: number; recall: number; f1: number; support: number }
  > = {};
  const f1s: number[] = [];
  for (const c of classes) {
    const tp = confusion[c]?.[c] ?? 0;
    const support = Object.values(confusion[c] ?? {}).reduce((a, b) => a + b, 0);
    const predicted = Object.keys(confusion).reduce((a, g) => a + (confusion[g][c] ?? 0), 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[c] = { precision, recall, f1, support };
    if (support > 0 || predicted > 0) f1s.push(f1);
  }
  return {
    n: pairs.length,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macroF1: f1s.length === 0 ? 0 : f1s.reduce((a, b) => a + b, 0) / f1s.length,
    perClass,
    confusion,
  };
}

/** A confusion matrix as aligned text, gold in rows, predictions in columns. */
export function formatConfusion(scores: Scores, classes: readonly string[], abbrev = 5): string {
  const cols = [...classes, ...Object.keys(scores.confusion).filter((c) => !classes.includes(c))];
  const head =
    "gold\\pred".padEnd(13) + cols.map((c) => c.slice(0, abbrev).padStart(abbrev + 1)).join("");
  const lines = [head];
  for (const g of cols) {
    const row = scores.confusion[g];
    if (!row || Object.values(row).every((v) => v === 0)) continue;
    lines.push(g.padEnd(13) + cols.map((p) => String(row[p] ?? 0).padStart(abbrev + 1)).join(""));
  }
  return lines.join("\n");
}

/** The quality bars of the deals classifiers on labelled notes (issue 7). */
export const QUALITY_BARS = {
  stage: { accuracy: 0.85, macroF1: 0.83, perLanguageAccuracy: 0.8 },
  objection: { accuracy: 0.9, macroF1: 0, perLanguageAccuracy: 0.85 },
} as const;

export interface Evaluation {
  readonly overall: Scores;
  readonly byLang: Readonly<Record<string, Scores>>;
  readonly misses: readonly {
    note: LabelledNote;
    predicted: string;
    rule: string;
    evidence: string;
  }[];
  /** Bars missed, in words (empty when all are met). */
  readonly failures: readonly string[];
}

/** Runs a classifier over labelled notes and checks the bars. A note the classifier refuses counts as "na". */
export function evaluate(
  notes: readonly LabelledNote[],
  classes: readonly string[],
  classify: (text: string) => { label: string; rule: string; evidence: string } | undefined,
  bars: { accuracy: number; macroF1: number; perLanguageAccuracy: number }
): Evaluation {
  const rows = notes.map((note) => {
    const r = classify(note.text);
    return { note, predicted: r?.label ?? "na", rule: r?.rule ?? "", evidence: r?.evidence ?? "" };
  });
  const overall = score(
    rows.map((r) => ({ gold: r.note.label, predicted: r.predicted })),
    classes
  );
  const byLang: Record<string, Scores> = {};
  for (const lang of [...new Set(notes.map((n) => n.lang))].sort()) {
    const slice = rows.filter((r) => r.note.lang === lang);
    byLang[lang] = score(
      slice.map((r) => ({ gold: r.note.label, predicted: r.predicted })),
      classes
    );
  }
  const failures: string[] = [];
  const pct = (x: number): string => (100 * x).toFixed(1) + "%";
  if (overall.accuracy < bars.accuracy)
    failures.push(`accuracy ${pct(overall.accuracy)} < ${pct(bars.accuracy)}`);
  if (overall.macroF1 < bars.macroF1)
    failures.push(`macro-F1 ${pct(overall.macroF1)} < ${pct(bars.macroF1)}`);
  for (const [lang, s] of Object.entries(byLang)) {
    if (s.accuracy < bars.perLanguageAccuracy)
      failures.push(`${lang} accuracy ${pct(s.accuracy)} < ${pct(bars.perLanguageAccuracy)}`);
  }
  return { overall, byLang, misses: rows.filter((r) => r.predicted !== r.note.label), failures };
}
