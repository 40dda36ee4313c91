import { readFileSync, existsSync } from "node:fs";
import { describeIssue } from "../../core/i18n";
import {
  countWorkdays,
  findConflict,
  isoDate,
  makeCalendar,
  parseIsoDate,
  parseWeekend,
  type Day,
} from "../../core/calendar";
import { parseCommandArgs } from "../args";
import type { Command } from "../context";
import { UserError } from "../errors";

/** Reads a date list: one ISO date per line, `#` starts a comment, blank lines ignored. */
export function readDateFile(file: string, what: string): Day[] {
  if (!existsSync(file)) throw UserError.msg("cli.fileMissing", { file });
  const days: Day[] = [];
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      const text = line.replace(/#.*/, "").trim();
      if (text === "") return;
      const day = parseIsoDate(text);
      if (day === undefined)
        throw new UserError(
          `${file}:${i + 1}: "${text}" is not a date (${what}: one YYYY-MM-DD per line)`
        );
      days.push(day);
    });
  return days;
}

export const workdaysCommand: Command = {
  name: "workdays",
  summary: "count working days between two dates, with holidays and make-up workdays",
  usage: `Usage: advance workdays START END [--holidays FILE] [--workdays FILE] [--weekend MASK]

Counts working days from START to END (YYYY-MM-DD, both included), like =SALES.WORKDAYS.
  --holidays FILE   dates off, one YYYY-MM-DD per line (# starts a comment)
  --workdays FILE   make-up working days (调休), same format
  --weekend MASK    7 characters from Monday, 1 = off (default 0000011), or a NETWORKDAYS.INTL number`,
  async run(args, ctx) {
    const { values, positionals } = parseCommandArgs("workdays", args, {
      holidays: { type: "string" },
      workdays: { type: "string" },
      weekend: { type: "string" },
    });
    if (values.help) {
      ctx.out(this.usage);
      return 0;
    }
    if (positionals.length !== 2)
      throw new UserError(
        "workdays needs START and END dates (YYYY-MM-DD); see `advance workdays --help`"
      );
    const [start, end] = positionals.map((p) => {
      const d = parseIsoDate(p);
      if (d === undefined) throw new UserError(`"${p}" is not a date; write dates as YYYY-MM-DD`);
      return d;
    });
    const weekend = parseWeekend(values.weekend);
    if (!weekend.ok) throw new UserError(describeIssue(weekend.issue, ctx.lang));
    const cal = makeCalendar(
      weekend.value,
      values.holidays ? readDateFile(values.holidays, "holidays") : [],
      values.workdays ? readDateFile(values.workdays, "workdays") : []
    );
    const clash = findConflict(cal);
    if (clash !== undefined)
      throw UserError.msg("calendar.conflict", { date: isoDate(clash) }, ctx.lang);
    ctx.out(String(countWorkdays(cal, start, end)));
    return 0;
  },
};
