import { parseAddress, type Box } from "../../excel/cells";
import type { MemoryWorkbook } from "../../excel/memory";
import type { ReadValue } from "../../excel/types";

/**
 * Evaluation of the add-in's own formulas in the browser preview. Excel runs
 * `=SALES.NAME(…)` through the custom-functions runtime; the preview has no Excel, so it
 * calls the same implementations directly, with the arguments Excel would pass them.
 * It is not a formula engine: a formula is one SALES call whose arguments are
 * constants or references. Anything else (SUMIFS over tables, nested calls) is left
 * to the result the sheet plan already carries, exactly as MemoryWorkbook documents.
 */

// Custom functions take `any` arguments, as Excel's runtime declares them.
export type CustomFunctionImpl = (...args: any[]) => unknown;

/** Implementations by function id (the name after SALES.), upper case. */
export type FunctionRegistry = Readonly<Record<string, CustomFunctionImpl>>;

/** A cell's value as a custom function receives it: null for an empty cell. */
export type ArgCell = ReadValue | null;
export type ArgValue = ArgCell | ArgCell[][] | undefined;

/** What a call gives: one value, or rows of values that spill into the cells below and right. */
export type Evaluated = ReadValue | ReadValue[][];

/** Excel's placeholder while an asynchronous function has not answered yet. */
export const BUSY = "#BUSY!";
/** Excel's answer for a function it does not know (the add-in is not loaded, or a typo). */
export const UNKNOWN_FUNCTION = "#NAME?";
const INVALID = "#VALUE!";

export interface SalesCall {
  /** Upper-case id, e.g. "VISITOUTCOME". */
  readonly id: string;
  /** Argument texts, trimmed; "" for an omitted argument. */
  readonly args: readonly string[];
}

/**
 * Splits text on `sep` where it is not inside quotes, brackets, braces or parentheses.
 * Returns undefined when quotes or brackets do not balance (a formula Excel would refuse).
 */
export function splitTopLevel(text: string, sep: string): string[] | undefined {
  const parts: string[] = [];
  const closers: string[] = [];
  const pairs: Record<string, string> = { "(": ")", "[": "]", "{": "}" };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      // A quote inside a string is written twice ("say ""hi"""), which this loop reads as close-and-reopen.
      const end = text.indexOf('"', i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (ch === "'" && closers[closers.length - 1] === "]") {
      i++; // in a structured reference ' escapes the next character: Col'[1']
    } else if (pairs[ch]) {
      closers.push(pairs[ch]);
    } else if (ch === ")" || ch === "]" || ch === "}") {
      if (closers.pop() !== ch) return undefined;
    } else if (ch === sep && closers.length === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (closers.length > 0) return undefined;
  parts.push(text.slice(start));
  return parts;
}

/** `=SALES.NAME(a, b, …)` as a call, or undefined for any other formula. */
export function parseSalesCall(formula: string): SalesCall | undefined {
  const m = /^=\s*SALES\.([A-Za-z][A-Za-z0-9_.]*)\s*\(([\s\S]*)\)\s*$/i.exec(formula);
  if (!m) return undefined;
  const inner = m[2].trim();
  const args = inner === "" ? [] : splitTopLevel(inner, ",");
  // Unbalanced inner text also rejects "SALES.A(1)+SALES.B(2)", which the pattern matches.
  if (!args) return undefined;
  return { id: m[1].toUpperCase(), args: args.map((a) => a.trim()) };
}

function unquote(text: string): string {
  return text.slice(1, -1).replace(/""/g, '"');
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A constant: number, "text", TRUE/FALSE. Undefined when the text is not one. */
function constant(text: string): ArgCell | undefined {
  if (NUMBER.test(text)) return Number(text);
  if (/^"([^"]|"")*"$/.test(text)) return unquote(text);
  if (/^true$/i.test(text)) return true;
  if (/^false$/i.test(text)) return false;
  return undefined;
}

/** An array constant {1,2,3;4,5,6}: rows split by ";", cells by ",". */
function arrayConstant(text: string): ArgCell[][] | undefined {
  if (!/^\{[\s\S]*\}$/.test(text)) return undefined;
  const rows = splitTopLevel(text.slice(1, -1), ";");
  if (!rows) return undefined;
  const out: ArgCell[][] = [];
  for (const r of rows) {
    const cells = splitTopLevel(r, ",");
    if (!cells) return undefined;
    const row: ArgCell[] = [];
    for (const c of cells) {
      const v = constant(c.trim());
      if (v === undefined) return undefined;
      row.push(v);
    }
    out.push(row);
  }
  return out;
}

function cellArg(wb: MemoryWorkbook, sheet: string, row: number, col: number): ArgCell {
  const v = wb.get(sheet, row, col)?.value;
  return v === undefined || v === "" ? null : v;
}

function boxArg(wb: MemoryWorkbook, sheet: string, box: Box): ArgCell[][] {
  const rows: ArgCell[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row: ArgCell[] = [];
    for (let c = box.left; c <= box.right; c++) row.push(cellArg(wb, sheet, r, c));
    rows.push(row);
  }
  return rows;
}

/** Unescapes a structured-reference column name: ' before [ ] # ' is an escape. */
function columnName(text: string): string {
  return text.replace(/'(.)/g, "$1").trim();
}

/**
 * A structured reference: Table[Column], Table[@Column], [@Column] (the table the formula
 * sits in) or Table[[#This Row],[Column]]. Gives the referenced box, or undefined.
 */
function structuredBox(
  wb: MemoryWorkbook,
  sheet: string,
  row: number,
  col: number,
  text: string
): { sheet: string; box: Box } | undefined {
  const m = /^([\p{L}_\\][\p{L}\p{N}_.\\]*)?\[([\s\S]*)\]$/u.exec(text);
  if (!m) return undefined;
  let inner = m[2];
  let thisRow = false;
  const spelled = /^\[#This Row\]\s*,\s*\[([\s\S]*)\]$/i.exec(inner);
  if (spelled) {
    thisRow = true;
    inner = spelled[1];
  } else if (inner.startsWith("@")) {
    thisRow = true;
    inner = inner.slice(1).replace(/^\[([\s\S]*)\]$/, "$1");
  } else if (/^\[/.test(inner)) {
    return undefined; // [#Headers], [[Col1]:[Col2]] and other specifiers are not written by the add-in
  }
  const name = columnName(inner);
  const table = m[1]
    ? wb.tables.get(m[1])
    : // The column just right of a table counts as the table's: Excel grows a table over a
      // column typed beside it, and MemoryWorkbook widens it only after the column is written.
      [...wb.tables.values()].find(
        (t) =>
          t.sheet === sheet &&
          row >= t.box.top &&
          row <= t.box.bottom &&
          col >= t.box.left &&
          col <= t.box.right + 1
      );
  if (!table) return undefined;
  let at: number | undefined;
  for (let c = table.box.left; c <= table.box.right; c++) {
    const header = String(wb.get(table.sheet, table.box.top, c)?.value ?? "").trim();
    if (header.toLowerCase() === name.toLowerCase()) at = c;
  }
  if (at === undefined) return undefined;
  if (thisRow) {
    if (table.sheet !== sheet || row <= table.box.top || row > table.box.bottom) return undefined;
    return { sheet, box: { top: row, bottom: row, left: at, right: at } };
  }
  return {
    sheet: table.sheet,
    box: { top: table.box.top + 1, bottom: table.box.bottom, left: at, right: at },
  };
}

/**
 * The value an argument text stands for, as Excel passes it to a custom function: a
 * single cell as its value, a range as rows of values, blanks as null. Undefined when
 * the text is an expression the preview does not evaluate.
 */
export function resolveArg(
  wb: MemoryWorkbook,
  sheet: string,
  row: number,
  col: number,
  text: string
): { value: ArgValue } | undefined {
  if (text === "") return { value: null };
  const c = constant(text);
  if (c !== undefined) return { value: c };
  const arr = arrayConstant(text);
  if (arr) return { value: arr };
  const ref = structuredBox(wb, sheet, row, col, text) ?? a1Box(wb, sheet, text);
  if (!ref) return undefined;
  const { box } = ref;
  if (box.top === box.bottom && box.left === box.right)
    return { value: cellArg(wb, ref.sheet, box.top, box.left) };
  return { value: boxArg(wb, ref.sheet, box) };
}

function a1Box(
  wb: MemoryWorkbook,
  sheet: string,
  text: string
): { sheet: string; box: Box } | undefined {
  const parsed = parseAddress(text);
  if (!parsed) return undefined;
  const target = parsed.sheet || sheet;
  if (!wb.sheets.has(target) && target !== sheet) return undefined;
  return { sheet: target, box: parsed.box };
}

/** The error code of a CustomFunctions.Error (Excel's runtime or the no-op stand-in), else undefined. */
function errorCode(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? code : INVALID;
}

/** A function's answer as cell content: error objects become their code ("#VALUE!", "#N/A"). */
export function toCellValue(v: unknown): Evaluated {
  if (Array.isArray(v)) {
    const rows = v.map((r) => (Array.isArray(r) ? r : [r]));
    if (rows.length === 0 || rows[0].length === 0) return INVALID;
    return rows.map((r) => r.map((x) => toScalar(x)));
  }
  return toScalar(v);
}

/** What a cell shows when a function throws: the code of a CustomFunctions.Error, else #VALUE!. */
function thrownValue(e: unknown): ReadValue {
  return errorCode(e) ?? INVALID;
}

function toScalar(v: unknown): ReadValue {
  if (v === null || v === undefined) return 0; // Excel shows an empty result as 0
  if (typeof v === "number") return Number.isFinite(v) ? v : "#NUM!";
  if (typeof v === "string" || typeof v === "boolean") return v;
  return errorCode(v) ?? INVALID;
}

export interface EvaluatorOptions {
  /** An asynchronous function answered: its cells can be computed again (the answer is remembered). */
  readonly onSettled?: () => void;
}

export interface Evaluator {
  /** The whole answer of a SALES formula, or undefined for formulas the preview does not evaluate. */
  full(
    formula: string,
    wb: MemoryWorkbook,
    sheet: string,
    row: number,
    col: number
  ): Evaluated | undefined;
  /** MemoryWorkbook's hook: the answer's top-left value (what the formula's own cell shows). */
  evaluate(
    formula: string,
    wb: MemoryWorkbook,
    sheet: string,
    row: number,
    col: number
  ): ReadValue | undefined;
}

/**
 * More answers than any sample or user sheet in the preview needs; past it the memory is
 * dropped and answers are computed again, so a long session cannot grow without bound.
 */
const MEMO_LIMIT = 50_000;

/**
 * An evaluator over a registry. Answers are remembered by function and arguments, since
 * our functions are pure: recomputing a sheet after every change then costs lookups, and
 * an asynchronous function (core loaded on demand) is called once per distinct input,
 * showing #BUSY! until it answers, as Excel does.
 */
export function createEvaluator(
  registry: FunctionRegistry,
  options: EvaluatorOptions = {}
): Evaluator {
  const memo = new Map<string, Evaluated | typeof PENDING>();
  const full: Evaluator["full"] = (formula, wb, sheet, row, col) => {
    const call = parseSalesCall(formula);
    if (!call) return undefined;
    const fn = registry[call.id];
    if (!fn) return UNKNOWN_FUNCTION;
    const args: ArgValue[] = [];
    for (const text of call.args) {
      const a = resolveArg(wb, sheet, row, col, text);
      if (!a) return undefined;
      args.push(a.value);
    }
    const key = `${call.id}\u0000${JSON.stringify(args)}`;
    const known = memo.get(key);
    if (known === PENDING) return BUSY;
    if (known !== undefined) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    let answer: unknown;
    try {
      answer = fn(...args);
    } catch (e) {
      // Excel shows a thrown CustomFunctions.Error as its code, anything else thrown as #VALUE!.
      return remember(key, thrownValue(e));
    }
    if (isThenable(answer)) {
      memo.set(key, PENDING);
      // Asynchronous functions report errors by throwing (rejecting) a CustomFunctions.Error.
      answer.then(
        (v) => settle(key, toCellValue(v)),
        (e) => settle(key, thrownValue(e))
      );
      return BUSY;
    }
    const value = toCellValue(answer);
    return remember(key, value);
  };
  const remember = (key: string, value: Evaluated): Evaluated => {
    memo.set(key, value);
    return value;
  };
  const settle = (key: string, value: Evaluated) => {
    memo.set(key, value);
    options.onSettled?.();
  };
  return {
    full,
    evaluate: (formula, wb, sheet, row, col) => {
      const v = full(formula, wb, sheet, row, col);
      return Array.isArray(v) ? v[0][0] : v;
    },
  };
}

const PENDING = Symbol("pending");

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    typeof v === "object" && v !== null && typeof (v as { then?: unknown }).then === "function"
  );
}

/** Values that spill from array answers, by sheet and "row,col" (they are not cells of the workbook). */
export type Spills = Map<string, Map<string, ReadValue>>;

/** Excel's answer when an array has no room to spill. */
export const SPILL = "#SPILL!";

/**
 * Computes every SALES formula of the workbook again and lays out array answers.
 * MemoryWorkbook evaluates a formula when it is written, which is before the cells to
 * its right or below exist when a plan writes them; this pass, run after each change,
 * gives what Excel shows after it recalculates. A formula that reads another SALES
 * formula may need a second pass; three covers every chain the add-in writes.
 */
export function recalculate(wb: MemoryWorkbook, evaluator: Evaluator): Spills {
  const PASSES = 3;
  let spills: Spills = new Map();
  for (let pass = 0; pass < PASSES; pass++) {
    let changed = false;
    spills = new Map();
    for (const [sheet, cells] of wb.sheets) {
      const sheetSpills = new Map<string, ReadValue>();
      for (const [key, cell] of cells) {
        if (!cell.formula || !/^=\s*SALES\./i.test(cell.formula)) continue;
        const [row, col] = key.split(",").map(Number);
        const answer = evaluator.full(cell.formula, wb, sheet, row, col);
        if (answer === undefined) continue;
        let value: ReadValue;
        if (Array.isArray(answer)) {
          const blocked = spillBlocked(wb, sheet, row, col, answer);
          value = blocked ? SPILL : answer[0][0];
          if (!blocked) {
            answer.forEach((r, i) =>
              r.forEach((v, j) => {
                if (i > 0 || j > 0) sheetSpills.set(`${row + i},${col + j}`, v);
              })
            );
          }
        } else value = answer;
        if (cell.value !== value) {
          cell.value = value;
          changed = true;
        }
      }
      if (sheetSpills.size > 0) spills.set(sheet, sheetSpills);
    }
    if (!changed) break;
  }
  return spills;
}

function spillBlocked(
  wb: MemoryWorkbook,
  sheet: string,
  row: number,
  col: number,
  answer: ReadValue[][]
): boolean {
  for (let i = 0; i < answer.length; i++)
    for (let j = 0; j < answer[i].length; j++) {
      if (i === 0 && j === 0) continue;
      const c = wb.get(sheet, row + i, col + j);
      if (c && (c.value !== "" || c.formula)) return true;
    }
  return false;
}
