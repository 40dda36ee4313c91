import fc from "fast-check";
import { hasMessage } from "../i18n";
import { classifyStage, STAGE_RULES } from "./stage";
import { STAGES, type StageKey } from "./types";

/** Hard cases written for these tests (not taken from the dev set): every stage, the guide's special rules, four kinds of writing. */
const CASES: { why: string; text: string; stage: StageKey }[] = [
  // problem: noticed, no cost felt — including losses the note denies
  {
    why: "a trend noticed while orders are unaffected",
    text: "客戶提到產業開始流行訂閱制,他覺得也許是個機會,目前營收沒有受到影響。",
    stage: "problem",
  },
  {
    why: "an oddity with nobody complaining",
    text: "Warehouse lead mentioned pickers sometimes walk the same aisle twice. He thought it was odd, but shipping times are fine and no one has complained.",
    stage: "problem",
  },
  {
    why: "a slow start that has not hurt output",
    text: "客户生产经理提到,新来的几个操作工上手有点慢,不过产量没受影响,他也没太在意。",
    stage: "problem",
  },
  {
    why: "complaints the note then plays down",
    text: "Fleet manager mentioned that drivers sometimes complain about the route app being slow, but deliveries still go out on time and he isn't worried.",
    stage: "problem",
  },
  {
    why: "a competitor move seen in mixed writing",
    text: "客户的marketing manager提到competitor开始做TikTok,她觉得蛮有意思,目前leads没受影响。",
    stage: "problem",
  },
  // pain: losses, complaints, an upset boss; price as their own pain
  {
    why: "a shortfall and a boss banging the table",
    text: "客户仓库上个月盘点差了二十多万,财务总监在会上拍了桌子。",
    stage: "pain",
  },
  {
    why: "the customer's own costs too high (price as pain)",
    text: "Our costs are too high, the plant manager said: energy bills doubled and margins are gone.",
    stage: "pain",
  },
  {
    why: "rising material prices eating their margin",
    text: "客户说原材料价格涨得太厉害,他们的产品毛利快没了。",
    stage: "pain",
  },
  {
    why: "a worry about losses already suffered, not about a change",
    text: "The CFO is worried because inventory write-offs hit $2M last year.",
    stage: "pain",
  },
  {
    why: "penalties and an angry boss in Traditional script",
    text: "客戶說這季因為出貨延遲被客戶罰了五十萬,老闆很火大。",
    stage: "pain",
  },
  // goal: outcome figures and visions; a performance figure is a goal, not a requirement
  {
    why: "a performance figure framed as the outcome wanted",
    text: "The customer wants every alarm answered within three minutes.",
    stage: "goal",
  },
  {
    why: "a target yield in Traditional script",
    text: "客戶的目標是明年把良率從92%提升到97%。",
    stage: "goal",
  },
  {
    why: "a vision with numbers",
    text: "客户的设想是三年内把门店数做到一百家,单店坪效提高两成。",
    stage: "goal",
  },
  {
    why: "a target written in mixed languages",
    text: "客户的target是明年NPS提到60。",
    stage: "goal",
  },
  // requirements: rough wishes; an early quotation
  {
    why: "a feature list for the product",
    text: "The system must have SMS alerts, a dashboard and an API.",
    stage: "requirements",
  },
  {
    why: "a quotation asked for early on",
    text: "客户让我们先报个价,他们还在了解市场。",
    stage: "requirements",
  },
  {
    why: "rough needs with details not yet fixed",
    text: "客戶想要一套會員系統,要能發點數、可以跟POS串接,其他還沒想清楚。",
    stage: "requirements",
  },
  {
    why: "an early ballpark quote in mixed writing",
    text: "客户说budget有限,先给个ballpark quote看看。",
    stage: "requirements",
  },
  // measures: criteria fixed, tender or RFQ being written
  {
    why: "an RFQ still being written",
    text: "客户采购正在起草询价单,还没发给供应商。",
    stage: "measures",
  },
  {
    why: "a tender being finalised before publication",
    text: "The council's procurement office is finalising the tender documents; publication is planned for March.",
    stage: "measures",
  },
  {
    why: "criteria fixed while entry to the shortlist is still to come",
    text: "客户质量部编好了供应商审核清单,共八十项,审核通过才能进入候选名单,下月开始执行。",
    stage: "measures",
  },
  {
    why: "a Traditional tender specification being written",
    text: "客戶資訊室正在撰寫標案的需求規格書,下個月才會上網公告。",
    stage: "measures",
  },
  // solution: tender arrived, tests, demos compared, formal evaluation
  {
    why: "an RFQ sent to several suppliers",
    text: "客户把询价单同时发给了我们和另外三家。",
    stage: "solution",
  },
  {
    why: "a quotation inside a formal evaluation",
    text: "We sent a quote early on, but now they've set up a formal evaluation with three vendors and test rigs in their lab.",
    stage: "solution",
  },
  {
    why: "a tender received with rival bidders",
    text: "今天收到客戶的標案文件,共有四家廠商投標,下週要上台簡報。",
    stage: "solution",
  },
  {
    why: "two products trialled side by side",
    text: "They're running our software side by side with the incumbent's for a month.",
    stage: "solution",
  },
  // value: return and strategic fit weighed at the top
  {
    why: "payback asked for by the board",
    text: "Finance director is building the case for the board: payback under two years or it doesn't happen.",
    stage: "value",
  },
  {
    why: "ROI and strategy fit weighed in Traditional script",
    text: "董事長在看這筆投資多久可以回收,跟公司的數位轉型策略合不合。",
    stage: "value",
  },
  {
    why: "a business case in mixed writing",
    text: "客户的CFO在看business case,关心payback period。",
    stage: "value",
  },
  // risk: fear tied to the change
  {
    why: "fear that the switch-over halts the line",
    text: "Operations head worries the switch-over will halt the line for a week and they'd miss the holiday orders.",
    stage: "risk",
  },
  {
    why: "value accepted, then fear of failure",
    text: "客户老板认可方案,但担心我们是小公司,万一哪天倒闭了系统没人维护。",
    stage: "risk",
  },
  {
    why: "a rollback plan asked for in mixed writing",
    text: "客户担心go-live那周出问题,要我们准备rollback plan。",
    stage: "risk",
  },
  // cost: our price negotiated, final prices, matching
  {
    why: "price matching",
    text: "They'll give us the contract if we match the other supplier's price.",
    stage: "cost",
  },
  {
    why: "final price sheets set side by side",
    text: "客户把最后三家的价格表放在一起,让我们看着办。",
    stage: "cost",
  },
  {
    why: "a best-and-final request",
    text: "Received a request for BAFO from the two remaining bidders.",
    stage: "cost",
  },
  {
    why: "a price cut and payment terms in Traditional script",
    text: "客戶要求我們把單價再降五元,付款條件改成月結90天。",
    stage: "cost",
  },
  {
    why: "a jump from a complaint straight to our discount",
    text: "Customer went from complaining about churn straight to asking for our contract terms and a discount.",
    stage: "cost",
  },
];

describe("classifyStage", () => {
  it.each(CASES)("labels a note showing $why as $stage", ({ text, stage }) => {
    const r = classifyStage(text);
    expect(r.ok && r.value.stage).toBe(stage);
  });

  it.each(CASES)(
    "backs the answer for $why with evidence from the note and an explained rule",
    ({ text }) => {
      const r = classifyStage(text);
      if (!r.ok) throw new Error("expected a stage");
      expect(r.value.evidence.length).toBeGreaterThan(0);
      expect(text).toContain(r.value.evidence.replace(/^…|…$/g, ""));
      expect(hasMessage(r.value.rule)).toBe(true);
    }
  );

  it.each(["", "   ", "\n\t", "—", "???", "n/a", "N/A", "无", "同上", "暫無"])(
    "returns an na issue for the empty note %j",
    (note) => {
      const r = classifyStage(note);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issue.kind).toBe("na");
        expect(hasMessage(r.issue.code)).toBe(true);
      }
    }
  );

  it("reads several cells of one deal together and labels the latest stage shown", () => {
    const r = classifyStage([
      "客户抱怨月结太慢,老板很不满。",
      "",
      "这次财务总监给了目标:明年把月结压到5个工作日。",
    ]);
    expect(r.ok && r.value.stage).toBe("goal");
  });

  it("does not let a cue run from one cell into the next", () => {
    // Written as one sentence the two cells would read as "an RFP … arrived".
    const oneSentence = classifyStage("They mentioned an RFP and the parcel arrived late");
    const twoCells = classifyStage(["They mentioned an RFP", "the parcel arrived late"]);
    expect(oneSentence.ok && oneSentence.value.stage).toBe("solution");
    expect(twoCells.ok && twoCells.value.stage).not.toBe("solution");
  });

  it("falls back to the problem stage, with the default rule, when nothing goes beyond noticing", () => {
    const r = classifyStage("Visited the client today and had coffee with the office manager.");
    expect(r.ok && r.value).toEqual({
      stage: "problem",
      rule: "deals.rule.stage.default",
      evidence: "Visited the client today and had coffee with the office manager.",
    });
  });

  it("explains every rule it can return in all three languages", () => {
    for (const rule of STAGE_RULES) expect(hasMessage(`deals.rule.${rule}`)).toBe(true);
  });

  it("never throws and always answers with a stage or an na issue", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.array(fc.string(), { maxLength: 4 })
        ),
        (note) => {
          const r = classifyStage(note);
          if (r.ok) expect(STAGES).toContain(r.value.stage);
          else expect(r.issue.kind).toBe("na");
        }
      ),
      { numRuns: 300 }
    );
  });
});
