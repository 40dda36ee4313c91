import { basename, dirname, extname, join, resolve } from "node:path";
import { findHeader, mapHeaders, VISIT_FIELDS } from "../core/headers";
import type { Lang } from "../core/i18n";
import { parseCommandArgs } from "./args";
import type { CliContext } from "./context";
import { UserError } from "./errors";
import {
  cellText,
  fileKind,
  readTable,
  writeCsv,
  writeXlsxTable,
  writeXlsxWithColumn,
  type CellValue,
  type TableData,
} from "./table-io";

/** What a note classifier says of one row: a stable key and why, or why it has none. */
export type RowVerdict =
  | { readonly key: string; readonly label: string; readonly why: string }
  | { readonly key: null; readonly error: string };

export interface NotesCommandSpec {
  readonly command: string;
  /** The JSON field that carries the key: "outcome", "stage", "objection". */
  readonly field: string;
  /** Header of the column added to the output copy, in the user's language. */
  readonly header: (lang: Lang) => string;
  /**
   * Classifies one row from its note cells (the notes column, then feedback and next
   * step when the log has them, read together). `lang` is the output language.
   */
  readonly classify: (cells: string[], lang: Lang) => RowVerdict;
}

/**
 * The columns a row's note is read from: the one named by --column, or the notes column
 * found by header (拜访内容 / Notes …) together with the feedback and next-step columns
 * when the log has them (客户反馈, 下一步计划), since a visit's outcome often sits there.
 */
export function noteColumns(
  data: TableData,
  file: string,
  column: string | undefined,
  lang: Lang
): number[] {
  const headers = data.headers;
  if (column !== undefined) {
    const at = findHeader(headers, column);
    if (at === undefined) {
      throw UserError.msg(
        "cli.noColumn",
        { file: basename(file), column, headers: headers.join(", ") },
        lang
      );
    }
    return [at];
  }
  const map = mapHeaders(headers, VISIT_FIELDS).columns;
  if (map.notes === undefined) {
    throw UserError.msg(
      "cli.noNotesColumn",
      { file: basename(file), headers: headers.join(", ") },
      lang
    );
  }
  return [map.notes, map.feedback, map.nextStep].filter((c): c is number => c !== undefined);
}

/** Output file for a copy: --out, or NAME.SUFFIX.EXT beside the input. */
export function defaultOut(file: string, suffix: string): string {
  const ext = extname(file);
  return join(dirname(file), `${basename(file, ext)}.${suffix}${ext}`);
}

/**
 * `advance classify|stage|objection FILE [--column HEADER] [--sheet NAME] [--language L] [--json | --out FILE]`:
 * one JSON object per data row with --json (in input order; `row` counts data rows
 * from 1), otherwise a copy of the file with a column added. The input is never changed.
 */
export async function runNotesCommand(
  spec: NotesCommandSpec,
  usage: string,
  args: string[],
  ctx: CliContext
): Promise<number> {
  const { values, positionals } = parseCommandArgs(spec.command, args, {
    column: { type: "string" },
    sheet: { type: "string" },
    language: { type: "string" },
    json: { type: "boolean" },
    out: { type: "string" },
  });
  if (values.help) {
    ctx.out(usage);
    return 0;
  }
  const lang = ctx.lang;
  if (positionals.length !== 1)
    throw new UserError(
      `${spec.command} needs one FILE (.csv or .xlsx); see \`advance ${spec.command} --help\``
    );
  if (values.json && values.out) throw new UserError("choose either --json or --out, not both");
  const outLang = values.language === undefined ? lang : parseOutputLang(values.language);
  const file = resolve(ctx.cwd, positionals[0]);
  const out = values.json
    ? undefined
    : resolve(ctx.cwd, values.out ?? defaultOut(file, `${spec.field}s`));
  if (out !== undefined) {
    fileKind(out, lang);
    if (out === file) throw UserError.msg("cli.sameFile", undefined, lang);
  }
  const data = await readTable(file, { sheet: values.sheet, lang });
  if (data.rows.length === 0) throw UserError.msg("cli.emptyFile", { file: basename(file) }, lang);
  const cols = noteColumns(data, file, values.column, lang);
  const verdicts = data.rows.map((row) =>
    spec.classify(
      cols.map((c) => cellText(row[c] ?? null)),
      outLang
    )
  );

  if (values.json) {
    verdicts.forEach((v, i) => {
      const line =
        v.key === null
          ? { row: i + 1, [spec.field]: null, error: v.error }
          : { row: i + 1, [spec.field]: v.key, why: v.why };
      ctx.out(JSON.stringify(line));
    });
    return 0;
  }
  const headers = [...data.headers, spec.header(outLang)];
  const rows: CellValue[][] = data.rows.map((row, i) => {
    const v = verdicts[i];
    return [...row, v.key === null ? null : v.label];
  });
  if (fileKind(out!, lang) === "csv") await writeCsv(out!, headers, rows);
  else if (fileKind(file, lang) === "xlsx") {
    await writeXlsxWithColumn(
      file,
      out!,
      data,
      headers[headers.length - 1],
      rows.map((r) => r[r.length - 1]),
      lang
    );
  } else await writeXlsxTable(out!, "Sheet1", headers, rows);
  const counted = verdicts.filter((v) => v.key !== null).length;
  ctx.err(`${basename(out!)}: ${counted} of ${verdicts.length} rows classified`);
  return 0;
}

function parseOutputLang(value: string): Lang {
  const v = value.trim();
  if (v === "en" || v === "zh-Hans" || v === "zh-Hant") return v;
  throw new UserError(`--language must be en, zh-Hans or zh-Hant; got "${value}"`);
}
