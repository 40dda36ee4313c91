import { parseIsoDate, serialToDay, type Day } from "../../../core/calendar";
import { cellAddress } from "../../../core/sheet/plan";
import type { ReadValue } from "../../../excel/types";
import { parseAmount } from "./parse";

/** What a selection gave: the values it held, and the cells that did not hold one. */
export interface CellRead<T> {
  readonly values: T[];
  /** A1 addresses of cells that were neither blank nor readable. */
  readonly bad: string[];
}

/** Top-left cell of a selection's address ("B2:B20" → row 1, column 1). */
function origin(address: string): { row: number; col: number } {
  const m = /^(?:.*!)?\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.trim());
  if (!m) return { row: 0, col: 0 };
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

const isBlank = (v: ReadValue) => v === "" || (typeof v === "string" && v.trim() === "");

/**
 * Reads every cell of a selection, row by row. Blank cells are skipped without comment
 * (people select a whole column with gaps); anything `read` cannot use is reported by
 * address, so the pane can say which cells were left out.
 */
function readCells<T>(
  values: readonly (readonly ReadValue[])[],
  address: string,
  read: (v: ReadValue) => T | undefined
): CellRead<T> {
  const at = origin(address);
  const out: CellRead<T> = { values: [], bad: [] };
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (isBlank(v)) return;
      const x = read(v);
      if (x === undefined) out.bad.push(cellAddress(at.row + i, at.col + j));
      else out.values.push(x);
    })
  );
  return out;
}

/** A date cell (a serial number) or a date typed as text ("2026-10-01", "2026/10/1", "2026年10月1日"). */
export function cellDay(v: ReadValue): Day | undefined {
  if (typeof v === "number") return serialToDay(v);
  if (typeof v === "string") return parseIsoDate(v.normalize("NFKC"));
  return undefined;
}

/** Dates of a selection, each once and in order (a holiday listed twice is still one day off). */
export function readDates(
  values: readonly (readonly ReadValue[])[],
  address: string
): CellRead<Day> {
  const r = readCells(values, address, cellDay);
  return { values: [...new Set(r.values)].sort((a, b) => a - b), bad: r.bad };
}

/** Numbers of a selection in reading order: number cells, or amounts typed as text ("1,200"). */
export function readAmounts(
  values: readonly (readonly ReadValue[])[],
  address: string
): CellRead<number> {
  return readCells(values, address, (v) => {
    if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
    if (typeof v !== "string") return undefined;
    const n = parseAmount(v);
    return n.kind === "number" ? n.value : undefined;
  });
}
