import { classifyObjection, objectionLabelKey } from "../../core/deals";
import { describeIssue, t, type Lang } from "../../core/i18n";
import type { Command } from "../context";
import { runNotesCommand, type RowVerdict } from "../notes-command";
import { dealWhy, noteOf } from "./stage";

export function objectionVerdict(cells: string[], lang: Lang): RowVerdict {
  const r = classifyObjection(noteOf(cells));
  if (!r.ok) return { key: null, error: describeIssue(r.issue, lang) };
  return {
    key: r.value.objection,
    label: t(lang, objectionLabelKey(r.value.objection)),
    why: dealWhy(r.value.rule, r.value.evidence, lang),
  };
}

export const objectionCommand: Command = {
  name: "objection",
  summary: "name the objection (strategy, timing, team, price, authority, stall, none) in each row",
  usage: `Usage: advance objection FILE [--column HEADER] [--sheet NAME] [--language L] [--json | --out FILE]

Reads the notes of each data row of FILE (.csv in UTF-8 or GB18030, or .xlsx) and names
the kind of reason the customer gives for not signing: strategy, timing, team, price,
authority, stall, or none when no reason is voiced. The notes column is found by its
header (拜访内容 / 拜訪內容 / Notes …) and read together with the feedback (客户反馈) and
next-step columns when the log has them; --column names one column instead.

  --column HEADER   read the notes from this column only
  --sheet NAME      the sheet of an .xlsx file (default: the first)
  --language L      words of the added column and of "why": en, zh-Hans or zh-Hant
  --json            one JSON object per data row: {"row", "objection", "why"},
                    or {"row", "objection": null, "error"} for a row without notes
  --out FILE        write a copy with an objection column added (.csv or .xlsx)

Without --json or --out, writes FILE.objections.csv (or .xlsx) beside FILE; FILE itself
is never changed.`,
  run: (args, ctx) =>
    runNotesCommand(
      {
        command: "objection",
        field: "objection",
        header: (lang) => t(lang, "deals.header.objection"),
        classify: objectionVerdict,
      },
      objectionCommand.usage,
      args,
      ctx
    ),
};
