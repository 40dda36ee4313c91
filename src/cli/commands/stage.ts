import { classifyStage, stageLabelKey } from "../../core/deals";
import { describeIssue, t, type Lang } from "../../core/i18n";
import type { Command } from "../context";
import { runNotesCommand, type RowVerdict } from "../notes-command";

/** Why a note got its answer: the rule in words, then the part of the note it rests on. */
export function dealWhy(rule: string, evidence: string, lang: Lang): string {
  return t(lang, "deals.why", { rule: t(lang, rule), evidence });
}

/**
 * A row's note cells as core reads them. A single cell goes as it is: core closes each
 * of several cells with "。" so a cue cannot run across cells, which would otherwise
 * show in the evidence of an English note without a final stop.
 */
export function noteOf(cells: readonly string[]): string | string[] {
  const given = cells.filter((c) => c.trim() !== "");
  return given.length === 1 ? given[0] : given;
}

export function stageVerdict(cells: string[], lang: Lang): RowVerdict {
  const r = classifyStage(noteOf(cells));
  if (!r.ok) return { key: null, error: describeIssue(r.issue, lang) };
  return {
    key: r.value.stage,
    label: t(lang, stageLabelKey(r.value.stage)),
    why: dealWhy(r.value.rule, r.value.evidence, lang),
  };
}

export const stageCommand: Command = {
  name: "stage",
  summary: "name the customer's buying stage (problem … cost) in each row of a deal or visit log",
  usage: `Usage: advance stage FILE [--column HEADER] [--sheet NAME] [--language L] [--json | --out FILE]

Reads the notes of each data row of FILE (.csv in UTF-8 or GB18030, or .xlsx) and names
the buying stage they show the customer to be in: problem, pain, goal, requirements,
measures, solution, value, risk or cost (the latest stage the note shows). The notes
column is found by its header (拜访内容 / 拜訪內容 / Notes …) and read together with the
feedback and next-step columns when the log has them; --column names one column instead.

  --column HEADER   read the notes from this column only
  --sheet NAME      the sheet of an .xlsx file (default: the first)
  --language L      words of the added column and of "why": en, zh-Hans or zh-Hant
  --json            one JSON object per data row: {"row", "stage", "why"},
                    or {"row", "stage": null, "error"} for a row without notes
  --out FILE        write a copy with a stage column added (.csv or .xlsx)

Without --json or --out, writes FILE.stages.csv (or .xlsx) beside FILE; FILE itself is
never changed.`,
  run: (args, ctx) =>
    runNotesCommand(
      {
        command: "stage",
        field: "stage",
        header: (lang) => t(lang, "deals.header.stage"),
        classify: stageVerdict,
      },
      stageCommand.usage,
      args,
      ctx
    ),
};
