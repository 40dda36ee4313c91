import type { Grammar } from "./types";

/** English function words for the deals classifiers. */
export const GRAMMAR_EN: Grammar = {
  negators: String.raw`n't\b|\b(?:not|no|never|nobody|nothing|none|neither|nor|without|hardly|barely)\b|rather than`,
  scriptMarks: "",
  placeholders: ["n a", "na", "none", "nil", "null", "tbd", "tba", "todo", "test", "x", "xx", "xxx", "no notes", "no note", "nothing", "see above", "same as above"],
  repComment: [
    String.raw`\b(?:i|we) (?:think|suspect|guess|reckon|believe|feel|doubt|bet|sense)\b`,
    String.raw`\bi'?m (?:fairly |pretty |quite |almost )?(?:sure|certain|convinced)\b`,
    String.raw`\bmy (?:gut|read|sense|feeling|guess|take|view|hunch|impression|bet)\b|\bin my (?:view|opinion)\b`,
    String.raw`\b(?:honestly|personally),? i\b|\bflagging (?:this|it|for)\b|\bnote to self\b`,
    String.raw`\bnext time,? (?:i|we)\b|\b(?:i|we)'ll (?:bring|try|follow up|push|take|send|go back|call)\b`,
    String.raw`\brep'?s? (?:note|comment|remark)\b`,
  ],
  decisive: [
    String.raw`\breal (?:blocker|issue|problem|reason|obstacle|sticking point|concern|hurdle|question)\b`,
    String.raw`\bwhat (?:actually|really) (?:stops|blocks|holds|worries|matters|bothers)\b|\bdeal-?breaker\b`,
    String.raw`\bdeciding factor\b|\bdecisive\b|\b(?:mainly|mostly|chiefly|primarily) (?:because|due to|about)\b`,
    String.raw`\bmain (?:reason|issue|problem|concern|obstacle|blocker|sticking point|worry)\b`,
    String.raw`\bbiggest (?:issue|problem|concern|obstacle|hurdle|blocker|worry)\b`,
    String.raw`\b(?:key|crucial|core|underlying) (?:issue|problem|reason|factor|concern)\b|\babove all\b`,
    String.raw`\bultimately\b|\bbottom line\b|\bsticking point\b|\bcomes? down to\b|\bwas clear (?:that )?the\b`,
    String.raw`\bstresse[sd] that\b|\bthe (?:only )?(?:problem|issue|snag|catch|thing) is\b`,
    String.raw`\b(?:is|was|remains) (?:the|their) (?:main |big |biggest |key |real |only )?(?:objection|issue|problem|concern|sticking point|hurdle|blocker|obstacle)\b`,
  ],
  concession: String.raw`\b(?:came up briefly|briefly|in passing|not (?:really )?the (?:issue|problem)|isn't (?:really )?the (?:issue|problem)|can be (?:sorted|worked out|handled|managed|fixed)|manageable|negotiable|could live with|is fine|are fine)\b`,
};
