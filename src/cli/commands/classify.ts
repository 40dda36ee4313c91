import { describeIssue, t, type Lang } from "../../core/i18n";
import { classifyVisit, explainVerdict, outcomeLabel } from "../../core/visits";
import type { Command } from "../context";
import { runNotesCommand, type RowVerdict } from "../notes-command";
import { noteOf } from "./stage";

/** One row of a visit log: its outcome key, label and why, or why it has none. */
export function outcomeVerdict(cells: string[], lang: Lang): RowVerdict {
  const r = classifyVisit(noteOf(cells));
  if (!r.ok) return { key: null, error: describeIssue(r.issue, lang) };
  return {
    key: r.value.outcome,
    label: outcomeLabel(r.value.outcome, lang),
    why: explainVerdict(r.value, lang),
  };
}

export const classifyCommand: Command = {
  name: "classify",
  summary: "give each visit of a visit log its outcome: order, advance, continuation or no-sale",
  usage: `Usage: advance classify FILE [--column HEADER] [--sheet NAME] [--language L] [--json | --out FILE]

Reads the notes of each data row of FILE (.csv in UTF-8 or GB18030, or .xlsx) and gives
the visit its outcome: order, advance, continuation or no-sale (see the README, "Visits:
the four outcomes"). The notes column is found by its header (拜访内容 / 拜訪內容 /
Notes …) and read together with the feedback and next-step columns when the log has
them; --column names one column instead.

  --column HEADER   read the notes from this column only
  --sheet NAME      the sheet of an .xlsx file (default: the first)
  --language L      words of the added column and of "why": en, zh-Hans or zh-Hant
  --json            one JSON object per data row: {"row", "outcome", "why"},
                    or {"row", "outcome": null, "error"} for a row without an outcome
  --out FILE        write a copy with an outcome column added (.csv or .xlsx)

Without --json or --out, writes FILE.outcomes.csv (or .xlsx) beside FILE; FILE itself
is never changed.`,
  run: (args, ctx) =>
    runNotesCommand(
      {
        command: "classify",
        field: "outcome",
        header: (lang) => t(lang, "visits.header.outcome"),
        classify: outcomeVerdict,
      },
      classifyCommand.usage,
      args,
      ctx
    ),
};
