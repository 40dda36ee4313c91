/**
 * Shared helpers for evaluating a classifier on a labelled dev file: CSV
 * loading, accuracy, macro-F1 and confusion matrices, overall and per language.
 * Generic on purpose (visits, deals …): a row is any record with a label and a
 * group column, and `predict` maps a row to a label string.
 *
 *   const rows = loadCsv(file);
 *   const report = evaluate(rows, (row) => myClassifier(row.text));
 *   console.log(formatReport(report));
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

export type Row = Readonly<Record<string, string>>;

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside
 * quotes, CRLF or LF, optional BOM) into records keyed by the header row.
 */
export function parseCsv(text: string): Row[] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && src[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const [header, ...body] = records.filter((r) => r.length > 1 || r[0] !== "");
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ""])));
}

/** Reads and parses a CSV file; throws with the path when it is missing (a dev file must exist). */
export function loadCsv(file: string): Row[] {
  if (!existsSync(file)) throw new Error(`dev file not found: ${file}`);
  return parseCsv(readFileSync(file, "utf8"));
}

/**
 * Where the shared folder (docs, seeds, data) lives: $ADVANCE_SHARED, else
 * `../shared` next to the repository (CI checks it out there).
 */
export function sharedDir(repoRoot: string): string {
  return process.env.ADVANCE_SHARED
    ? resolve(process.env.ADVANCE_SHARED)
    : resolve(repoRoot, "..", "shared");
}

export interface ClassStats {
  readonly support: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Stats {
  readonly n: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Unweighted mean F1 over the labels present in gold or predictions. */
  readonly macroF1: number;
  readonly labels: readonly string[];
  readonly perClass: Readonly<Record<string, ClassStats>>;
  /** confusion[gold][predicted] = count. */
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface Miss {
  readonly row: Row;
  readonly gold: string;
  readonly predicted: string;
}

export interface Report {
  readonly overall: Stats;
  readonly byGroup: Readonly<Record<string, Stats>>;
  readonly misses: readonly Miss[];
}

export interface EvaluateOptions {
  /** Column with the gold label; default "label". */
  readonly labelColumn?: string;
  /** Column to break results down by; default "lang". */
  readonly groupColumn?: string;
  /** Label order for tables; labels not listed follow alphabetically. */
  readonly labelOrder?: readonly string[];
}

function orderLabels(found: Iterable<string>, order: readonly string[] = []): string[] {
  const set = new Set(found);
  const known = order.filter((l) => set.has(l));
  const rest = [...set].filter((l) => !order.includes(l)).sort();
  return [...known, ...rest];
}

/** Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix of gold/predicted pairs. */
export function stats(
  pairs: readonly { gold: string; predicted: string }[],
  labelOrder?: readonly string[]
): Stats {
  const labels = orderLabels(
    pairs.flatMap((p) => [p.gold, p.predicted]),
    labelOrder
  );
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    confusion[gold][predicted]++;
    if (gold === predicted) correct++;
  }
  const perClass: Record<string, ClassStats> = {};
  for (const l of labels) {
    const tp = confusion[l][l];
    const support = labels.reduce((s, p) => s + confusion[l][p], 0);
    const predicted = labels.reduce((s, g) => s + confusion[g][l], 0);
    const precision = predicted === 0 ? 0 : tp / predicted;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perClass[l] = { support, predicted, precision, recall, f1 };
  }
  const macroF1 =
    labels.length === 0 ? 0 : labels.reduce((s, l) => s + perClass[l].f1, 0) / labels.length;
  return {
    n: pairs.length,
    correct,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macroF1,
    labels,
    perClass,
    confusion,
  };
}

/** Runs `predict` over the rows and scores it overall and per group (language). */
export function evaluate(
  rows: readonly Row[],
  predict: (row: Row) => string,
  opts: EvaluateOptions = {}
): Report {
  const labelColumn = opts.labelColumn ?? "label";
  const groupColumn = opts.groupColumn ?? "lang";
  const results = rows.map((row) => ({ row, gold: row[labelColumn], predicted: predict(row) }));
  const groups = orderLabels(results.map((r) => r.row[groupColumn] ?? ""));
  const byGroup: Record<string, Stats> = {};
  for (const g of groups)
    byGroup[g] = stats(
      results.filter((r) => (r.row[groupColumn] ?? "") === g),
      opts.labelOrder
    );
  return {
    overall: stats(results, opts.labelOrder),
    byGroup,
    misses: results.filter((r) => r.gold !== r.predicted),
  };
}

const pct = (x: number) => x.toFixed(3);

/** A fixed-width confusion matrix: rows are gold labels, columns predictions. */
export function formatConfusion(s: Stats): string {
  const w = Math.max(8, ...s.labels.map((l) => l.length)) + 1;
  const cell = (x: string) => x.padStart(w);
  const lines = [cell("gold\\pred") + s.labels.map(cell).join("")];
  for (const g of s.labels)
    lines.push(cell(g) + s.labels.map((p) => cell(String(s.confusion[g][p]))).join(""));
  return lines.join("\n");
}

export function formatStats(name: string, s: Stats): string {
  const perClass = s.labels
    .map((l) => `${l} F1 ${pct(s.perClass[l].f1)} (n=${s.perClass[l].support})`)
    .join(", ");
  return [
    `${name}: n=${s.n} accuracy ${pct(s.accuracy)} macro-F1 ${pct(s.macroF1)}`,
    `  ${perClass}`,
    formatConfusion(s)
      .split("\n")
      .map((l) => `  ${l}`)
      .join("\n"),
  ].join("\n");
}

/** The whole report: overall first, then each group. */
export function formatReport(report: Report): string {
  return [
    formatStats("overall", report.overall),
    ...Object.entries(report.byGroup).map(([g, s]) => formatStats(g, s)),
  ].join("\n\n");
}

export interface Bar {
  readonly accuracy: number;
  readonly macroF1: number;
  /** Macro-F1 (and accuracy) every group must reach. */
  readonly perGroup: number;
}

/** The reasons a report misses a quality bar; empty when it meets it. */
export function barFailures(report: Report, bar: Bar): string[] {
  const out: string[] = [];
  if (report.overall.accuracy < bar.accuracy)
    out.push(`overall accuracy ${pct(report.overall.accuracy)} < ${bar.accuracy}`);
  if (report.overall.macroF1 < bar.macroF1)
    out.push(`overall macro-F1 ${pct(report.overall.macroF1)} < ${bar.macroF1}`);
  for (const [g, s] of Object.entries(report.byGroup)) {
    if (s.macroF1 < bar.perGroup) out.push(`${g} macro-F1 ${pct(s.macroF1)} < ${bar.perGroup}`);
    if (s.accuracy < bar.perGroup) out.push(`${g} accuracy ${pct(s.accuracy)} < ${bar.perGroup}`);
  }
  return out;
}
