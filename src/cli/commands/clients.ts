import { basename, resolve } from "node:path";
import { dayFromYmd, isoDate, parseIsoDate, type Day } from "../../core/calendar";
import {
  analyzeClients,
  buildClientsPlan,
  describeMatchRule,
  dueList,
  flagLabel,
  listLabels,
  outcomeLabel,
  readClientTable,
  readVisitTable,
  tierLabel,
  valueColumnOf,
  type ClientStatus,
  type ClientsReport,
  type OutcomeClassifier,
  type VisitRecord,
} from "../../core/clients";
import { findHeader } from "../../core/headers";
import { describeIssue, t, type Lang } from "../../core/i18n";
import type { Issue } from "../../core/issues";
import { isDateCell, type PlanCell } from "../../core/sheet/plan";
import { classifyVisit } from "../../core/visits";
import { renderXlsx } from "../../excel/xlsx";
import { parseCommandArgs } from "../args";
import type { CliContext, Command } from "../context";
import { UserError } from "../errors";
import { fileKind, readTable, writeCsv, writeOut, type CellValue } from "../table-io";

/** The default listing looks a week ahead: reps plan their client days by the week (seed 003). */
const DUE_WINDOW_DAYS = 7;
/** Enough warnings to see a pattern in a messy file without burying the result. */
const MAX_WARNINGS = 10;

/**
 * Reads visit outcomes from the notes when the log has no outcome column: a visit whose
 * notes say nothing (blank, "无") has no outcome rather than a guess.
 */
export const noteClassifier: OutcomeClassifier = (cells) => {
  const r = classifyVisit(cells);
  return r.ok ? r.value.outcome : undefined;
};

function today(): Day {
  const now = new Date();
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Display width in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
  let n = 0;
  for (const ch of s)
    n +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1;
  return n;
}

const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));

/** Rows as aligned columns, two spaces apart; the last column is not padded. */
function columns(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => width(r[i]))));
  return rows.map((r) =>
    r
      .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i])))
      .join("  ")
      .trimEnd()
  );
}

function jsonLine(c: ClientStatus): string {
  return JSON.stringify({
    client: c.client,
    tier: c.tier,
    value: c.value ?? null,
    visits: c.visits,
    lastVisit: c.lastVisit === undefined ? null : isoDate(c.lastVisit),
    nextVisit: isoDate(c.nextVisit),
    overdueDays: c.overdueDays,
    lastOutcome: c.lastOutcome ?? null,
    continuationStreak: c.continuationStreak,
    flags: c.flags,
  });
}

function dueReport(report: ClientsReport, lang: Lang): string[] {
  const until = isoDate(report.asOf + DUE_WINDOW_DAYS);
  const due = dueList(report, DUE_WINDOW_DAYS);
  const total = report.clients.length;
  if (due.length === 0) return [t(lang, "clients.cli.nothingDue", { date: until, total })];
  const head = (k: string) => t(lang, `clients.col.${k}`);
  const rows = [
    [
      head("tier"),
      head("client"),
      head("nextVisit"),
      head("overdueDays"),
      head("lastVisit"),
      head("lastOutcome"),
      head("flags"),
    ],
    ...due.map((c) => [
      tierLabel(c.tier, lang),
      c.client,
      isoDate(c.nextVisit),
      String(c.overdueDays),
      c.lastVisit === undefined ? "-" : isoDate(c.lastVisit),
      c.lastOutcome === undefined ? "-" : outcomeLabel(c.lastOutcome, lang),
      listLabels(
        c.flags.map((f) => flagLabel(f, lang)),
        lang
      ),
    ]),
  ];
  return [
    t(lang, "clients.cli.dueTitle", { date: until, due: due.length, total }),
    "",
    ...columns(rows),
  ];
}

/** A plan cell as a CSV cell: dates as ISO text, which every program reads back as a date. */
function csvCell(c: PlanCell): CellValue {
  if (c === null || typeof c === "string" || typeof c === "number" || typeof c === "boolean")
    return c;
  return isDateCell(c) ? isoDate(c.date) : null;
}

async function writeReport(file: string, report: ClientsReport, lang: Lang): Promise<void> {
  const plan = buildClientsPlan(report.clients, lang);
  if (fileKind(file, lang) === "xlsx") {
    await writeOut(file, Buffer.from(await renderXlsx(plan)));
    return;
  }
  const [table] = plan.tables;
  await writeCsv(
    file,
    table.columns.map((c) => c.header),
    table.rows.map((r) => r.map(csvCell))
  );
}

/** Warnings go to stderr, one line each, never more than MAX_WARNINGS of them. */
function warnings(
  ctx: CliContext,
  report: ClientsReport,
  tableWarnings: string[],
  visitsFile: string | undefined,
  asOf: Day
): void {
  const lang = ctx.lang;
  const lines = [...tableWarnings];
  if (report.merged.length > 0) {
    for (const m of report.merged)
      lines.push(t(lang, "clients.cli.merged", { names: m.names.map((n) => `"${n}"`).join(", ") }));
  }
  if (report.undatedVisits > 0)
    lines.push(t(lang, "clients.cli.undated", { count: report.undatedVisits }));
  if (report.futureVisits > 0)
    lines.push(t(lang, "clients.cli.future", { count: report.futureVisits, date: isoDate(asOf) }));
  const shown = lines.slice(0, MAX_WARNINGS);
  if (lines.length > MAX_WARNINGS)
    shown.push(t(lang, "clients.cli.moreWarnings", { count: lines.length - MAX_WARNINGS }));
  // Unmatched names always show: they are the one thing that silently skews the figures.
  if (report.unmatched.length > 0 && visitsFile) {
    const names = report.unmatched.map((u) =>
      t(lang, "clients.cli.visitCount", {
        name: u.name === "" ? t(lang, "clients.cli.blankName") : `"${u.name}"`,
        count: u.visits,
      })
    );
    shown.push(
      t(lang, "clients.cli.unmatched", {
        count: report.unmatched.length,
        file: basename(visitsFile),
        names: names.join(", "),
        rule: describeMatchRule(lang),
      })
    );
  }
  for (const line of shown) ctx.err(`advance: ${t(lang, "clients.cli.warning", { text: line })}`);
}

function issueLine(file: string, issue: Issue, lang: Lang): string {
  return `${basename(file)}: ${describeIssue(issue, lang)}`;
}

async function readVisits(
  file: string,
  lang: Lang
): Promise<{ records: readonly VisitRecord[]; warnings: string[] }> {
  const data = await readTable(file, { lang });
  const read = readVisitTable(data.headers, data.rows);
  if (!read.ok) throw new UserError(issueLine(file, read.issue, lang));
  return {
    records: read.value.records,
    warnings: read.value.warnings.map((w) => issueLine(file, w, lang)),
  };
}

export const clientsCommand: Command = {
  name: "clients",
  summary: "rank clients A/B/C, join the visit log and list who is due for a visit",
  usage: `Usage: advance clients CLIENTS_FILE [--visits VISITS_FILE] [--value-column HEADER] [--as-of YYYY-MM-DD] [--json | --out FILE]

Ranks the clients of CLIENTS_FILE (.csv or .xlsx) A/B/C by cumulative share of value
(A up to 80%, B up to 95%, C the rest; a tier column such as 客户等级 overrides),
joins the visit log, and works out each client's next visit (A every 14 days, B 30,
C 90, new clients 30; everyone at least once a year). Columns are found by their
headers in Chinese (简/繁) or English: 客户名称/Client, 销售额/Revenue, 潜力/Potential,
客户等级/Tier, 联系人/Contact, 角色/Role, 关系/Relationship, 最后拜访/Last visit, …

  --visits FILE          visit log: 日期/Date, 客户名称/Client, 拜访内容/Notes, 结果/Outcome, …
  --value-column HEADER  rank by this column (default: revenue, else potential)
  --as-of YYYY-MM-DD     the day to count from (default: today)
  --json                 one JSON object per client per line, in list order
  --out FILE             write the Clients table to FILE (.csv or .xlsx)

Without --json or --out, prints the clients due within ${DUE_WINDOW_DAYS} days, by tier and lateness.
Client names in the log match the list ignoring width, case, spaces, punctuation and
legal suffixes (有限公司, Co., Ltd., …); names that match no client are reported.`,

  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs("clients", args, {
      visits: { type: "string" },
      "value-column": { type: "string" },
      "as-of": { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
    });
    if (values.help) {
      ctx.out(this.usage);
      return 0;
    }
    const lang = ctx.lang;
    if (positionals.length !== 1) throw UserError.msg("clients.cli.needFile", undefined, lang);
    if (values.json && values.out !== undefined)
      throw UserError.msg("clients.cli.jsonOrOut", undefined, lang);
    let asOf = today();
    if (values["as-of"] !== undefined) {
      const parsed = parseIsoDate(values["as-of"]);
      if (parsed === undefined)
        throw UserError.msg("clients.cli.badAsOf", { value: values["as-of"] }, lang);
      asOf = parsed;
    }
    const clientsFile = resolve(ctx.cwd, positionals[0]);
    const visitsFile = values.visits === undefined ? undefined : resolve(ctx.cwd, values.visits);
    const outFile = values.out === undefined ? undefined : resolve(ctx.cwd, values.out);
    if (outFile !== undefined) {
      fileKind(outFile, ctx.lang); // refuses an unknown extension before any work is done
      if (outFile === clientsFile || outFile === visitsFile)
        throw UserError.msg("cli.sameFile", undefined, lang);
    }

    const data = await readTable(clientsFile, { lang });
    let valueColumn: number | undefined;
    if (values["value-column"] !== undefined) {
      valueColumn = findHeader(data.headers, values["value-column"]);
      if (valueColumn === undefined) {
        throw UserError.msg(
          "cli.noColumn",
          {
            file: basename(clientsFile),
            column: values["value-column"],
            headers: data.headers.join(", "),
          },
          lang
        );
      }
    }
    const read = readClientTable(data.headers, data.rows, { valueColumn });
    if (!read.ok) throw new UserError(issueLine(clientsFile, read.issue, lang));
    if (read.value.records.length === 0)
      throw UserError.msg("cli.emptyFile", { file: basename(clientsFile) }, lang);
    const tableWarnings = read.value.warnings.map((w) => issueLine(clientsFile, w, lang));
    if (valueColumnOf(read.value.map, valueColumn) === undefined)
      tableWarnings.unshift(t(lang, "clients.cli.noValueColumn"));

    const visits = visitsFile ? await readVisits(visitsFile, lang) : { records: [], warnings: [] };
    tableWarnings.push(...visits.warnings);
    const report = analyzeClients(read.value.records, visits.records, {
      asOf,
      classify: noteClassifier,
    });
    warnings(ctx, report, tableWarnings, visitsFile, asOf);

    if (values.json) {
      for (const c of report.clients) ctx.out(jsonLine(c));
    } else if (outFile !== undefined) {
      await writeReport(outFile, report, lang);
      ctx.out(t(lang, "clients.cli.wrote", { count: report.clients.length, file: outFile }));
    } else {
      ctx.out(dueReport(report, lang).join("\n"));
    }
    return 0;
  },
};
