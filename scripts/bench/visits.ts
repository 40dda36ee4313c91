import { classifyVisits } from "../../src/core/visits";
import { visitOutcome } from "../../src/functions/impl/visits";
import type { Scenario } from "./types";

/**
 * Benchmarks of the visits feature, run by scripts/bench.ts. Budgets from issue 4:
 * classifying 100,000 notes within 5× of a bare scan running one regular expression over
 * the same notes, and the column form of VISITOUTCOME no slower per note than one cell.
 *
 * The notes are built here from phrase fragments written for this benchmark (not the dev
 * set): an opening, one to three middles and a closing, so lengths run from a terse line
 * to a paragraph as in real logs, in Simplified, Traditional, English and mixed notes.
 */

// Outside Excel the impl only needs the error class for rows without an outcome.
const g = globalThis as { CustomFunctions?: unknown };
g.CustomFunctions ??= {
  Error: class {
    constructor(
      public code: string,
      public message?: string
    ) {}
  },
  ErrorCode: { notAvailable: "#N/A", invalidValue: "#VALUE!" },
};

interface Fragments {
  readonly open: readonly string[];
  readonly middle: readonly string[];
  readonly close: readonly string[];
}

const HANS: Fragments = {
  open: ["拜访王总,", "上午去了仓库,和设备科长聊了一个小时,", "今天第二次拜访,", "电话回访采购部,"],
  middle: [
    "介绍了我们的盘点模块和上线周期,",
    "对方提到去年系统升级出过问题,比较谨慎,",
    "财务总监也在场,问了很多关于付款方式的问题,",
    "客户觉得价格偏高,想再比较一下,",
    "看了另外两家的方案,对我们的报表比较认可,",
  ],
  close: [
    "客户同意下周三下午两点安排试用。",
    "下次再约。",
    "我回去整理一份报价发给他。",
    "当场签了合同,首付三成。",
    "客户说已经选了别家,不用再来了。",
    "答应把我们介绍给生产副总,周五上午见面。",
  ],
};

const HANT: Fragments = {
  open: ["拜訪陳經理,", "今天到工廠看了產線,", "下午和資訊部開會,", "第三次拜訪,"],
  middle: [
    "說明了系統整合的做法,",
    "客戶擔心導入期間影響出貨,",
    "對方對我們的售後服務很滿意,",
    "老闆出差,只見到助理,",
  ],
  close: [
    "客戶說要和老闆商量,有消息再聯絡。",
    "約好下週二上午十點到總部做產品展示。",
    "已經下了訂單,月底交貨。",
    "專案取消了,今年沒有預算。",
    "我會再寄一份資料過去。",
  ],
};

const EN: Fragments = {
  open: [
    "Met the plant manager. ",
    "Second visit to ACME. ",
    "Call with procurement. ",
    "Lunch with the IT lead. ",
  ],
  middle: [
    "Walked them through the scanning module and the rollout plan. ",
    "They had trouble with their last upgrade and want a careful cutover. ",
    "The CFO joined for twenty minutes and asked about payment terms. ",
    "They think we are expensive compared with the local vendor. ",
  ],
  close: [
    "The CFO agreed to a two-week trial starting Monday 3 June.",
    "Will follow up next month.",
    "They signed the purchase order for 200 licences.",
    "They went with a competitor; no need to come back.",
    "She will introduce us to the COO on Thursday at 10am.",
    "I will send the revised quote by Friday.",
  ],
};

/** Mixed notes: Chinese sentences with English product words, as many reps write. */
const MIXED: Fragments = {
  open: ["和 IT 经理 Kevin 开会,", "拜访 ACME 中国区,", "Demo 之后,"],
  middle: ["讨论了 ERP 接口和 SSO 的方案,", "对方对 dashboard 很感兴趣,", "POC 的范围还没定,"],
  close: [
    "客户同意下周四上午做 POC。",
    "客户说 budget 要等明年,再说吧。",
    "I will send the proposal 下周。",
  ],
};

const LANGS = [HANS, HANS, HANT, EN, EN, MIXED];

/** A small deterministic generator (mulberry32), so every run times the same notes. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeNotes(count: number, seed: number): string[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const notes: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = pick(LANGS);
    // One to three middles: terse notes and paragraph-long ones both occur in logs.
    const middles = 1 + Math.floor(r() * 3);
    let note = pick(f.open);
    for (let m = 0; m < middles; m++) note += pick(f.middle);
    notes.push(note + pick(f.close));
  }
  return notes;
}

const NOTES = makeNotes(100_000, 4);
const COLUMN = NOTES.slice(0, 10_000).map((n) => [n]);

/**
 * The baseline: one regular expression with a few alternations, run over the whole of
 * every note (all matches counted, so the scan never stops at an early hit).
 */
const SCAN = /签|簽|同意|试用|試用|agreed|signed|trial|拒绝|competitor/gi;
function bareScan(notes: readonly string[]): number {
  let hits = 0;
  for (const n of notes) {
    SCAN.lastIndex = 0;
    while (SCAN.exec(n) !== null) hits++;
  }
  return hits;
}

function medianMs(run: () => unknown, n: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}

let columnMs: number | undefined;

export const scenarios: Scenario[] = [
  {
    name: "visits: classify 100,000 notes (zh-Hans, zh-Hant, en, mixed)",
    iterations: 5,
    items: NOTES.length,
    itemName: "notes",
    run: () => {
      const out = classifyVisits(NOTES);
      if (!out[0].ok) throw new Error(out[0].issue.code);
    },
    extra: (ms) => {
      const scan = medianMs(() => bareScan(NOTES), 9);
      const chars = NOTES.reduce((n, s) => n + s.length, 0);
      return `bare regex scan ${scan.toFixed(1)} ms, ratio ${(ms / scan).toFixed(1)}× (budget 5×); mean note ${Math.round(chars / NOTES.length)} chars`;
    },
  },
  {
    // A column of 10,000 notes in one call: Excel recalculates a spilled column at once.
    name: "visits: VISITOUTCOME column form, 10,000×1 in one call",
    iterations: 10,
    items: COLUMN.length,
    itemName: "notes",
    run: () => visitOutcome(COLUMN, undefined, "key"),
    extra: (ms) => {
      columnMs = ms;
      return `${((ms * 1000) / COLUMN.length).toFixed(1)} µs/note`;
    },
  },
  {
    // The same notes one formula per row: 10,000 calls of a 1×1 range.
    name: "visits: VISITOUTCOME single-cell form, 10,000 calls",
    iterations: 10,
    items: COLUMN.length,
    itemName: "notes",
    run: () => {
      for (const row of COLUMN) visitOutcome([row], undefined, "key");
    },
    extra: (ms) => {
      const col = columnMs ?? medianMs(() => visitOutcome(COLUMN, undefined, "key"), 9);
      return `${((ms * 1000) / COLUMN.length).toFixed(1)} µs/note; column form ${(ms / col).toFixed(2)}× as fast per note (must be ≥ 1)`;
    },
  },
];
