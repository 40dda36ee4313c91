import { basename } from "node:path";
import { dayFromYmd, isoDate, parseIsoDate, parseWeekend, type Day } from "../../core/calendar";
import { chinaCalendar } from "../../core/calendar/china";
import { t, type Lang } from "../../core/i18n";
import type { Result } from "../../core/issues";
import { isDateCell, isFormula, type PlanCell } from "../../core/sheet/plan";
import {
  amendCalendar,
  breakDown,
  buildTargetsPlan,
  dayTable,
  planPeriod,
  showPercent,
  unitsToAmount,
  type Breakdown,
  type ShareInput,
  type TargetPeriod,
  type WeightSpec,
} from "../../core/targets";
import { parseCommandArgs } from "../args";
import type { CliContext, Command } from "../context";
import { UserError } from "../errors";
import { fileKind, writeCsv, writeOut, type CellValue } from "../table-io";
import { readDateFile } from "./workdays";

function must<T>(r: Result<T>, lang: Lang): T {
  if (!r.ok) throw UserError.of(r.issue, lang);
  return r.value;
}

/** A number as people type it on a command line: "5,880,000", "¥5880000", "5_880_000". */
function readNumber(option: string, text: string, lang: Lang): number {
  const cleaned = text.normalize("NFKC").replace(/[,_\s¥$€£]/g, "");
  const n = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned) ? Number(cleaned) : NaN;
  if (!Number.isFinite(n))
    throw UserError.msg("targets.cli.badNumber", { option, value: text }, lang);
  return n;
}

/**
 * "主战场=50,副战场=40,海外=10" → shares. Full-width punctuation (，＝) is read as
 * ASCII, and 、 or ; separate too, as Chinese keyboards type them. "50%" is 50.
 */
export function parseSplit(option: string, text: string, lang: Lang): ShareInput[] {
  return text
    .normalize("NFKC")
    .split(/[,;、]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .map((part) => {
      const m = /^(.+?)[=:](.+)$/.exec(part);
      if (!m) throw UserError.msg("targets.splitSpec", { value: part }, lang);
      return { name: m[1].trim(), share: readNumber(option, m[2].trim().replace(/%$/, ""), lang) };
    });
}

function parseWeights(text: string | undefined, lang: Lang): WeightSpec | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().toLowerCase();
  if (trimmed === "month" || trimmed === "月") return { kind: "month" };
  if (trimmed === "workday") return { kind: "workday" };
  return {
    kind: "monthly",
    amounts: text.split(",").map((w) => readNumber("--weights", w.trim(), lang)),
  };
}

function planStart(year: string | undefined, start: string | undefined, lang: Lang): Day {
  if (year !== undefined && start !== undefined)
    throw UserError.msg("targets.cli.bothStart", {}, lang);
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year.trim()))
      throw UserError.msg("targets.cli.badYear", { value: year }, lang);
    return dayFromYmd(Number(year), 1, 1);
  }
  if (start !== undefined) {
    const d = parseIsoDate(start);
    if (d === undefined)
      throw UserError.msg("targets.cli.badDate", { option: "--start", value: start }, lang);
    return d;
  }
  throw UserError.msg("targets.cli.needStart", {}, lang);
}

// ---- output ----

/** Amount as a JSON number in currency units. */
const amountOf = (b: Breakdown, units: number) => unitsToAmount(units, b.unit);

/** The --json object, exactly the shape the issue specifies. */
export function breakdownJson(b: Breakdown): object {
  const period = (p: TargetPeriod) => ({
    key: p.key,
    start: isoDate(p.start),
    end: isoDate(p.end),
    amount: amountOf(b, p.units),
  });
  return {
    annual: amountOf(b, b.annualUnits),
    unit: b.unit,
    start: isoDate(b.start),
    end: isoDate(b.end),
    days: b.days.map((d) => ({
      date: isoDate(d.date),
      working: d.working,
      amount: amountOf(b, d.units),
      ...(b.cells.length > 0
        ? {
            cells: b.cells.map((c, i) => ({
              ...(c.market !== undefined ? { market: c.market } : {}),
              ...(c.tier !== undefined ? { tier: c.tier } : {}),
              amount: amountOf(b, d.cells[i]),
            })),
          }
        : {}),
    })),
    weeks: b.weeks.map(period),
    months: b.months.map(period),
    quarters: b.quarters.map(period),
  };
}

/** Columns a terminal gives a character: CJK and full-width take two. */
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

function pad(s: string, w: number, right = false): string {
  const fill = " ".repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/** Rows as aligned columns; columns listed in `numeric` are right-aligned. */
function align(rows: string[][], numeric: readonly number[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ""))));
  return rows.map((r) =>
    r
      .map((cell, c) => pad(cell, widths[c], numeric.includes(c)))
      .join("  ")
      .trimEnd()
  );
}

function money(b: Breakdown, units: number): string {
  const decimals = b.unit >= 1 ? 0 : Math.round(-Math.log10(b.unit));
  return amountOf(b, units).toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** The readable default: a summary line, then quarters, months and any split totals. */
export function breakdownText(b: Breakdown, lang: Lang): string {
  const working = b.days.filter((d) => d.working).length;
  const head = [
    t(lang, "targets.col.start"),
    t(lang, "targets.col.end"),
    t(lang, "targets.col.workingDays"),
    t(lang, "targets.col.target"),
  ];
  const periodRows = (title: string, periods: readonly TargetPeriod[]) =>
    align(
      [
        [title, ...head],
        ...periods.map((p) => [
          p.key,
          isoDate(p.start),
          isoDate(p.end),
          String(p.workingDays),
          money(b, p.units),
        ]),
        [t(lang, "targets.cli.total"), "", "", String(working), money(b, b.annualUnits)],
      ],
      [3, 4]
    );
  const splitRows = (title: string, split: Breakdown["markets"]) =>
    split.length === 0
      ? []
      : [
          "",
          ...align(
            [
              [title, t(lang, "targets.col.share"), t(lang, "targets.col.target")],
              ...split.map((s) => [s.name, `${showPercent(s.percent)}%`, money(b, s.units)]),
            ],
            [1, 2]
          ),
        ];
  return [
    t(lang, "targets.cli.summary", {
      annual: money(b, b.annualUnits),
      start: isoDate(b.start),
      end: isoDate(b.end),
      days: working,
      unit: b.unit,
    }),
    t(lang, "targets.cli.settings", {
      calendar: t(lang, `targets.calendar.${b.calendarName ?? "none"}`),
      weights: t(lang, `targets.weights.${b.weights.kind}`),
    }),
    "",
    ...periodRows(t(lang, "targets.cli.quarters"), b.quarters),
    "",
    ...periodRows(t(lang, "targets.cli.months"), b.months),
    ...splitRows(t(lang, "targets.cli.markets"), b.markets),
    ...splitRows(t(lang, "targets.cli.tiers"), b.tiers),
  ].join("\n");
}

function csvValue(c: PlanCell): CellValue {
  if (c === null || typeof c !== "object") return c;
  if (isDateCell(c)) return isoDate(c.date);
  if (isFormula(c)) return c.formula;
  return null;
}

async function writeFile(b: Breakdown, file: string, ctx: CliContext): Promise<number> {
  const kind = fileKind(file);
  if (kind === "csv") {
    const { columns, rows } = dayTable(b, ctx.lang);
    await writeCsv(
      file,
      columns.map((c) => c.header),
      rows.map((r) => r.map(csvValue))
    );
    return rows.length;
  }
  const { renderXlsx } = await import("../../excel/xlsx");
  const plan = buildTargetsPlan(b, ctx.lang);
  await writeOut(file, Buffer.from(await renderXlsx(plan)));
  return plan.tables.find((x) => x.name === "tblTargetDays")!.rows.length;
}

export const breakdownCommand: Command = {
  name: "breakdown",
  summary:
    "break an annual target into quarters, months, weeks and days, by market and tier, adding back exactly",
  usage: `Usage: advance breakdown --annual AMOUNT (--year YYYY | --start YYYY-MM-DD) [options]

Spreads an annual target over the working days of a year (or of twelve months from
any month), and splits it by market and client tier. Every level adds back exactly.
  --annual AMOUNT     the annual target, a multiple of the unit (5880000 or 5,880,000)
  --year YYYY         plan the calendar year
  --start DATE        plan twelve months from DATE, the first of a month (fiscal years)
  --unit U            rounding unit: 1 (default), 0.01, 0.1, 10, 100 or 1000
  --markets SPLIT     markets and shares, e.g. "主战场=50,副战场=40,海外=10" (or 0.5,0.4,0.1)
  --tiers SPLIT       client tiers and shares, e.g. "A=40,B=30,C=20,new=10"
  --weekend MASK      7 characters from Monday, 1 = off (default 0000011), or a NETWORKDAYS.INTL number
  --calendar CN       mainland China's holidays and make-up working days (调休)
  --holidays FILE     more days off, one YYYY-MM-DD per line (# starts a comment)
  --workdays FILE     more make-up working days, same format; your lists win over --calendar
  --weights W1,…,W12  twelve monthly weights, e.g. last year's sales per month; "month" for even months
  --json              print the whole breakdown as JSON
  --out FILE.xlsx     write the Targets sheet: day table, month SUMIFS and parameters
  --out FILE.csv      write the day table as CSV
Without --json or --out, prints quarters and months as a table.`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs("breakdown", args, {
      annual: { type: "string" },
      year: { type: "string" },
      start: { type: "string" },
      unit: { type: "string" },
      markets: { type: "string" },
      tiers: { type: "string" },
      weekend: { type: "string" },
      calendar: { type: "string" },
      holidays: { type: "string" },
      workdays: { type: "string" },
      weights: { type: "string" },
      json: { type: "boolean" },
      out: { type: "string" },
    });
    if (values.help) {
      ctx.out(this.usage);
      return 0;
    }
    const lang = ctx.lang;
    if (positionals.length > 0)
      throw UserError.msg(
        "cli.unknownOption",
        { detail: `unexpected argument "${positionals[0]}"`, command: "breakdown" },
        lang
      );
    if (values.annual === undefined) throw UserError.msg("targets.cli.needAnnual", {}, lang);
    if (values.json && values.out !== undefined)
      throw UserError.msg("targets.cli.jsonAndOut", {}, lang);
    const annual = readNumber("--annual", values.annual, lang);
    const start = planStart(values.year, values.start, lang);
    const unit = values.unit === undefined ? 1 : readNumber("--unit", values.unit, lang);
    const weekend = must(parseWeekend(values.weekend), lang);

    let preset: { holidays: readonly Day[]; workdays: readonly Day[] } | undefined;
    let calendarName: string | undefined;
    if (values.calendar !== undefined) {
      if (values.calendar.trim().toUpperCase() !== "CN")
        throw UserError.msg("targets.cli.calendarUnknown", { value: values.calendar }, lang);
      const period = must(planPeriod(start), lang);
      preset = must(chinaCalendar(period.start, period.end), lang);
      calendarName = "CN";
    }
    const calendar = must(
      amendCalendar(
        weekend,
        preset,
        values.holidays ? readDateFile(values.holidays, "holidays") : [],
        values.workdays ? readDateFile(values.workdays, "workdays") : []
      ),
      lang
    );
    const b = must(
      breakDown({
        annual,
        start,
        unit,
        calendar,
        calendarName,
        weights: parseWeights(values.weights, lang),
        markets:
          values.markets !== undefined ? parseSplit("--markets", values.markets, lang) : undefined,
        tiers: values.tiers !== undefined ? parseSplit("--tiers", values.tiers, lang) : undefined,
      }),
      lang
    );

    if (values.json) ctx.out(JSON.stringify(breakdownJson(b), null, 2));
    else if (values.out !== undefined) {
      const rows = await writeFile(b, values.out, ctx);
      ctx.out(t(lang, "targets.cli.wrote", { file: basename(values.out), rows }));
    } else ctx.out(breakdownText(b, lang));
    return 0;
  },
};
