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
  /** XLSX only: the sheet row (1-based) of the header and of each data row, to write beside them. */
  readonly headerRow?: number;
  readonly rowNumbers?: readonly number[];
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
    // Exports from other systems put quotes inside unquoted fields (a note: 他说"可以"); read them as text.
    relax_quotes: true,
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
  const dense = Array.from(rows, (r, i) => ({ n: i + 1, cells: r ?? [] }));
  const blank = (r: CellValue[]) => r.every((c) => c === null || c === "");
  // Skip blank rows above the header (titles are common above a log).
  while (dense.length > 0 && blank(dense[0].cells)) dense.shift();
  const [head = { n: 1, cells: [] }, ...body] = dense;
  const nonEmpty = body.filter((r) => !blank(r.cells));
  return {
    headers: Array.from({ length: width }, (_, i) => String(head.cells[i] ?? "").trim()),
    rows: nonEmpty.map((r) => Array.from({ length: width }, (_, i) => r.cells[i] ?? null)),
    sheet: ws.name,
    headerRow: head.n,
    rowNumbers: nonEmpty.map((r) => r.n),
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

/**
 * A copy of an .xlsx file with one column added beside a sheet's data: every other sheet,
 * format and formula is kept as it was. The input file itself is never written.
 */
export async function writeXlsxWithColumn(
  input: string,
  output: string,
  data: TableData,
  header: string,
  values: readonly CellValue[],
  lang: Lang = "en"
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const ws = wb.getWorksheet(data.sheet ?? "") ?? wb.worksheets[0];
  if (!ws || data.headerRow === undefined || !data.rowNumbers) {
    throw UserError.msg(
      "cli.fileUnreadable",
      { file: basename(input), reason: "sheet not found" },
      lang
    );
  }
  const col = data.headers.length + 1;
  ws.getCell(data.headerRow, col).value = header;
  ws.getCell(data.headerRow, col).font = { bold: true };
  data.rowNumbers.forEach((n, i) => {
    // String cells: a label never becomes a formula.
    ws.getCell(n, col).value = values[i] ?? null;
  });
  ws.getColumn(col).width = Math.max(12, header.length + 4);
  await writeOut(output, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** A new .xlsx file holding one table (header row, then rows), for output from CSV input. */
export async function writeXlsxTable(
  output: string,
  sheet: string,
  headers: readonly string[],
  rows: readonly (readonly CellValue[])[]
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([...headers]);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) ws.addRow([...r]);
  ws.views = [{ state: "frozen", ySplit: 1 }];
  await writeOut(output, Buffer.from(await wb.xlsx.writeBuffer()));
}
