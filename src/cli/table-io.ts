import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import iconv from "iconv-lite";
import type { Lang } from "../core/i18n";
import { UserError } from "./errors";

/** A sheet read from a CSV or XLSX file: header names and rows of cell values. */
export interface TableData {
  readonly headers: string[];
  /** Cell values: strings, numbers, booleans, Dates (XLSX) or null for empty cells. */
  readonly rows: CellValue[][];
  readonly sheet?: string;
}
export type CellValue = string | number | boolean | Date | null;

export type FileKind = "csv" | "xlsx";

export function fileKind(file: string, lang: Lang = "en"): FileKind {
  const ext = extname(file).toLowerCase();
  if (ext === ".csv" || ext === ".txt") return "csv";
  if (ext === ".xlsx") return "xlsx";
  throw UserError.msg("cli.fileType", { file: basename(file) }, lang);
}

/**
 * Decodes CSV bytes. UTF-8 (with or without BOM) is tried first; exports from Chinese
 * systems are often GB18030 (a superset of GBK/GB2312), which is what invalid UTF-8
 * most likely is here. UTF-16 is recognised by its BOM (Excel's "Unicode text").
 */
export function decodeCsv(bytes: Buffer): string {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return bytes.subarray(3).toString("utf8");
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return iconv.decode(bytes.subarray(2), "utf16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return iconv.decode(bytes.subarray(2), "utf16be");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, "gb18030");
  }
}

function csvCell(text: string): CellValue {
  return text === "" ? null : text;
}

function excelCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("result" in value)
      return excelCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in value) return String((value as ExcelJS.CellHyperlinkValue).text);
    if ("error" in value) return null;
  }
  return String(value);
}

function readCsv(file: string): TableData {
  const text = decodeCsv(readFileSync(file));
  const records = parse(text, {
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
  const [head = [], ...body] = records;
  return { headers: head.map((h) => h.trim()), rows: body.map((r) => r.map(csvCell)) };
}

async function readXlsx(file: string, sheet: string | undefined, lang: Lang): Promise<TableData> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw UserError.msg(
      "cli.fileUnreadable",
      {
        file: basename(file),
        reason: "not a valid .xlsx workbook",
      },
      lang
    );
  }
  const ws = sheet
    ? wb.getWorksheet(sheet)
    : (wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0]);
  if (!ws) {
    throw UserError.msg(
      "cli.sheetMissing",
      {
        file: basename(file),
        sheet: sheet ?? "",
        sheets: wb.worksheets.map((w) => w.name).join(", "),
      },
      lang
    );
  }
  const rows: CellValue[][] = [];
  let width = 0;
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const values: CellValue[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(excelCell(row.getCell(c).value));
    rows[n - 1] = values;
    width = Math.max(width, values.length);
  });
  const dense = Array.from(rows, (r) => r ?? []);
  // Skip blank rows above the header (titles are common above a log).
  while (dense.length > 0 && dense[0].every((c) => c === null || c === "")) dense.shift();
  const [head = [], ...body] = dense;
  const nonEmpty = body.filter((r) => r.some((c) => c !== null && c !== ""));
  return {
    headers: Array.from({ length: width }, (_, i) => String(head[i] ?? "").trim()),
    rows: nonEmpty.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null)),
    sheet: ws.name,
  };
}

export async function readTable(
  file: string,
  opts: { sheet?: string; lang?: Lang } = {}
): Promise<TableData> {
  const lang = opts.lang ?? "en";
  if (!existsSync(file)) throw UserError.msg("cli.fileMissing", { file }, lang);
  const kind = fileKind(file, lang);
  if (kind === "csv") {
    try {
      return readCsv(file);
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw UserError.msg(
        "cli.fileUnreadable",
        {
          file: basename(file),
          reason: (e as Error).message.split("\n")[0],
        },
        lang
      );
    }
  }
  return readXlsx(file, opts.sheet, lang);
}

/** Cell text as a user reads it; dates as ISO. */
export function cellText(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Text that a spreadsheet would read as a formula (=, +, -, @, and tab/CR which some
 * programs strip first) is prefixed with an apostrophe in CSV output, the convention
 * Excel itself follows, so opening the file never runs a note as a formula.
 */
export function csvSafe(v: CellValue): string {
  const s = cellText(v);
  return typeof v === "string" && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export async function writeCsv(
  file: string,
  headers: string[],
  rows: CellValue[][]
): Promise<void> {
  // A BOM so that Excel opens Chinese text in UTF-8 correctly.
  const body = stringify([headers, ...rows.map((r) => r.map(csvSafe))]);
  await writeOut(file, "\ufeff" + body);
}

export async function writeOut(file: string, content: string | Buffer): Promise<void> {
  try {
    await writeFile(file, content);
  } catch (e) {
    throw UserError.msg("cli.writeFailed", {
      file,
      reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
    });
  }
}
