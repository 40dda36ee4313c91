import fc from "fast-check";
import { classifyVisit, classifyVisits } from "./classify";
import type { RuleId, VisitOutcome } from "./types";

/** The outcome of a note, or "none" for an empty-note issue. */
function outcome(note: string | string[], commitment?: string): VisitOutcome | "none" {
  const r = classifyVisit(note, commitment ? { commitment } : undefined);
  return r.ok ? r.value.outcome : "none";
}

function rule(note: string | string[]): RuleId | undefined {
  const r = classifyVisit(note);
  return r.ok ? r.value.rule : undefined;
}

/*
 * Hard cases written for these tests (not taken from the dev file), one table
 * per edge rule of docs/visit-outcomes.md, in English, 简体, 繁體 and mixed notes.
 */

describe("rule 1: an order is a purchase that happened in this visit", () => {
  it.each([
    ["今天和李总把合同签了,首批300台下周发货", "order.signed"],
    ["客户当场拍板,签了年度采购合同,预付款20万已经打到我们账上", "order.signed"],
    ["收到客户的订单,数量500箱", "order.placed"],
    ["采购今天把訂單傳真過來了,共800組", "order.placed"],
    ["客户今天完成了付款", "order.paid"],
    ["The client signed the MSA and the first SOW today.", "order.signed"],
    ["Payment of the first invoice cleared this morning.", "order.paid"],
    ["Received a purchase order from Acme for 1,000 pallets.", "order.placed"],
    ["PO收到了,下周交货", "order.placed"],
  ] as const)("labels %s as an order (%s)", (note, expected) => {
    expect(classifyVisit(note)).toEqual({
      ok: true,
      value: expect.objectContaining({ outcome: "order", rule: expected }),
    });
  });

  it.each([
    ["客户约定下周五签合同", "advance"],
    ["客戶說合約沒問題,約好下週一來公司簽約", "advance"],
    ["They've agreed to sign next Monday.", "advance"],
    ["客户说准备下个月签约", "continuation"],
    ["客户说等老板回来签字,具体时间还不确定。", "continuation"],
    ["1.拜访目的:签约 2.结果:客户还要走内部流程,合同没签成", "continuation"],
    ["The client hasn't signed yet.", "continuation"],
    ["Payment will be made next week.", "continuation"],
    ["The deposit is going to hit our account next month.", "continuation"],
  ] as const)("does not take a planned or failed purchase for an order: %s", (note, expected) => {
    expect(outcome(note)).toBe(expected);
  });

  it.each([
    "定金今天收到",
    "客户上周答应的合同今天签回来了",
    "The stamped contract came back today.",
    "Deposit received from the client this morning.",
    "訂金已匯入公司帳戶",
  ])("counts money or signed papers arriving as an order: %s", (note) => {
    expect(outcome(note)).toBe("order");
  });

  it.each([
    "客户签了一期合同,二期他们明确说不做",
    "Signed the renewal; the add-on module was turned down.",
    "合同今天簽了,不過客戶說以後統一走總部採購,不會再找我們。",
  ])("lets an order beat everything else in the note: %s", (note) => {
    expect(outcome(note)).toBe("order");
  });

  it.each([
    ["客户为试用付了费,采购了20套", "order"],
    ["Customer loved the trial, converted to paid: 30 seats, invoice paid today.", "order"],
    ["客户同意免费试用两周", "advance"],
    ["客户同意小批量试产", "advance"],
  ] as const)(
    "treats a paid trial as an order and a free one as an advance: %s",
    (note, expected) => {
      expect(outcome(note)).toBe(expected);
    }
  );
});

describe("rule 2: a no-sale is the customer ending the opportunity", () => {
  it.each([
    ["客户说不考虑我们了,已经和竞争对手签约", "no-sale.competitor"],
    ["客户明确表示不会用我们的产品", "no-sale.refused"],
    ["他们已经和别家签了合同", "no-sale.competitor"],
    ["They signed with a competitor last week.", "no-sale.competitor"],
    ["They chose a local vendor instead.", "no-sale.competitor"],
    ["客户已经选了competitor的方案", "no-sale.competitor"],
    ["项目被集团叫停了", "no-sale.cancelled"],
    ["這個案子客戶取消了", "no-sale.cancelled"],
    ["采购说我们的资质达不到要求,这次不能合作", "no-sale.ruledOut"],
    ["We lost the tender to a cheaper bidder.", "no-sale.refused"],
    ["客户说我们的产品不适合他们,不用再跟了", "no-sale.notNeeded"],
    ["He said they're not interested and asked us to stop emailing.", "no-sale.refused"],
  ] as const)("labels %s as a no-sale (%s)", (note, expected) => {
    expect(outcome(note)).toBe("no-sale");
    expect(rule(note)).toBe(expected);
  });

  it.each([
    "老客户说下季度开始不再从我们这进货",
    "客户把上批货退回来了,说以后不订了",
    "老客戶說明年不續約了",
    "They will not be renewing the contract next year.",
    "Our distributor returned all unsold stock and cancelled the contract.",
  ])("counts an existing customer stopping as a no-sale: %s", (note) => {
    expect(outcome(note)).toBe("no-sale");
  });

  it.each([
    ["我想约他们老板见面,被拒绝了,不过他说方案可以继续完善", "continuation.requestRefused"],
    ["客户拒绝了我们的免费试用建议,但表示还会继续关注", "continuation.requestRefused"],
    [
      "He refused to introduce us to the CEO, but the deal is still on.",
      "continuation.requestRefused",
    ],
    ["想請窗口安排跟老闆見面,他不肯,但報價還是可以送", "continuation.requestRefused"],
  ] as const)("keeps the deal alive when only one request is refused: %s", (note, expected) => {
    expect(classifyVisit(note)).toEqual({
      ok: true,
      value: expect.objectContaining({ outcome: "continuation", rule: expected }),
    });
  });

  it.each(["拒", "客户拒绝了", "Declined.", "客户不同意合作"])(
    "reads a terse refusal as a no-sale: %s",
    (note) => {
      expect(outcome(note)).toBe("no-sale");
    }
  );

  it.each(["客户不同意降价。", "客戶不同意降價", "Declined the discount.", "不接受报价"])(
    "reads a short refusal of one request as a continuation: %s",
    (note) => {
      expect(outcome(note)).toBe("continuation");
    }
  );

  it.each([
    ["Budget cut, they're not doing it this year.", "no-sale"],
    ["客户今年没有预算,项目取消。", "no-sale"],
    ["客户今年预算用完了,明年再启动这个项目", "continuation"],
    ["客户暂时没有预算,年底前不会采购。", "continuation"],
    ["HR had said the budget was frozen; today she agreed to fund a pilot.", "advance"],
  ] as const)("tells a stopped project from a postponed one: %s", (note, expected) => {
    expect(outcome(note)).toBe(expected);
  });
});

describe("rule 3: an advance is a specific act the customer agreed to", () => {
  it.each([
    ["客户同意下周二安排我们给技术部做一次产品演示", "advance.demo"],
    ["客户同意先试用一个月,下周一开通账号", "advance.trial"],
    ["客戶同意下週四到我們工廠參觀", "advance.visit"],
    ["李经理答应帮我们引荐他们的副总", "advance.introduction"],
    ["对方同意召集生产、采购和质量三个部门开会讨论我们的方案", "advance.internalMeeting"],
    ["客户说会把我们的方案报给老板,周三前给回复", "advance.champion"],
    ["刘总同意追加10万预算做一期", "advance.budget"],
    ["The buyer added us to the approved vendor list.", "advance.bidList"],
    ["He agreed to a demo with his team next Tuesday at 2pm.", "advance.demo"],
    ["The customer agreed to run a two-week pilot starting Monday.", "advance.trial"],
    ["Tom答应下周带他的boss来一起看demo", "advance.demo"],
  ] as const)("labels %s as an advance (%s)", (note, expected) => {
    expect(classifyVisit(note)).toEqual({
      ok: true,
      value: expect.objectContaining({ outcome: "advance", rule: expected }),
    });
  });

  it.each([
    ["约了下周三上午十点见采购总监", "advance"],
    ["約了禮拜五下午三點跟老闆開會", "advance"],
    ["Meeting with the VP set for Thursday 3pm.", "advance"],
    ["客户同意5月8日来我司参观", "advance"],
    ["They agreed to meet on 3/15.", "advance"],
    ["客户说下次再约时间", "continuation"],
    ["客户说过几天约个时间见面", "continuation"],
    ["They said let's meet again next month.", "continuation"],
    ["客户说开春以后再谈", "continuation"],
    ["We agreed to catch up sometime next quarter.", "continuation"],
  ] as const)("needs a day or a date for a meeting: %s", (note, expected) => {
    expect(outcome(note)).toBe(expected);
  });

  it.each([
    "I booked a meeting with their CTO for Tuesday 10am.",
    "我约了他们技术总监下周二上午十点见面",
    "老板出差了,助理帮我们约了老板下周二上午十点的时间。",
  ])("takes a booked meeting as an agreed one: %s", (note) => {
    expect(outcome(note)).toBe("advance");
  });

  it.each([
    "客户已经把会议室订好了,周四下午我们去讲方案",
    "客户把周五下午空出来,专门听我们的汇报",
    "The CFO blocked an hour on Thursday to review our numbers.",
    "客户把我们的样品送到他们实验室做检测了,下周出结果。",
  ])("counts deeds without words: %s", (note) => {
    expect(outcome(note)).toBe("advance");
  });

  it.each([
    "电话跟仓库主管约好了,周六上午去他们仓库量尺寸,他会陪同",
    "客户要求下周一下午来我司开会评审方案",
    "Facilities set up a walkthrough of the new floor on the 15th so we can measure up.",
  ])("counts access or a meeting the customer sets at a time: %s", (note) => {
    expect(outcome(note)).toBe("advance");
  });
});

describe("a named contact planning a dated act is the buying side", () => {
  it.each([
    ["Ms. Tan will present our proposal to the steering committee on Friday.", "advance"],
    ["Raj will bring their VP Ops to the mtg on 12 March.", "advance"],
    ["I will present our proposal to their CFO on Friday.", "continuation"],
    ["Raj will send the specs by Friday.", "continuation"],
  ] as const)("%s → %s", (note, expected) => {
    expect(outcome(note)).toBe(expected);
  });
});

describe("rule 4 and the edge rules: continuations", () => {
  it.each([
    ["下周我把报价发给客户", "continuation.sellerStep"],
    ["我答应下周一给他们送样品", "continuation.sellerStep"],
    ["I'll call him on Friday to follow up.", "continuation.sellerStep"],
    ["我们下周二再去拜访客户", "continuation.sellerStep"],
    ["我下週會把報價單寄給客戶", "continuation.sellerStep"],
  ] as const)("does not count the seller's own next steps: %s", (note, expected) => {
    expect(outcome(note)).toBe("continuation");
    expect(rule(note)).toBe(expected);
  });

  it.each([
    ["客户要求周五前提交技术方案", "continuation.deadlineForUs"],
    ["客户让我们周三之前把方案改好发过去", "continuation.deadlineForUs"],
    ["Customer asked us to re-quote by Monday.", "continuation.deadlineForUs"],
  ] as const)("treats a deadline for our work as a continuation: %s", (note, expected) => {
    expect(outcome(note)).toBe("continuation");
    expect(rule(note)).toBe(expected);
  });

  it.each([
    ["客户没有答应下周的演示,说最近太忙", "continuation.negated"],
    ["王总没同意引荐他们老板", "continuation.negated"],
    ["He did not agree to a site visit.", "continuation.negated"],
    ["客户没拒绝,说再看看", "continuation.negated"],
    ["She didn't say no, just needs more time.", "continuation.negated"],
    ["客戶沒說不要,只是還要比價", "continuation.negated"],
  ] as const)("flips a negated agreement or refusal: %s", (note, expected) => {
    expect(outcome(note)).toBe("continuation");
    expect(rule(note)).toBe(expected);
  });

  it.each([
    "客户说如果我们能给到账期90天,他们会考虑下单",
    "要是能降价10%,客户愿意试用",
    "If the pilot results are good, they'll roll it out company-wide.",
    "They might be interested in a pilot next quarter.",
    "客戶表示若能給60天票期,就會考慮下單。",
  ])("reads a conditional offer as a continuation: %s", (note) => {
    expect(classifyVisit(note)).toEqual({
      ok: true,
      value: expect.objectContaining({ rule: "continuation.conditional" }),
    });
  });

  it.each([
    ["客户想要免费试用,我回去申请一下", "continuation"],
    ["Asked for a free trial, I need to check with my manager.", "continuation"],
    ["邀请客户参加下周的展会,他说有空就来", "continuation"],
    ["He said he'd try to come to our seminar on the 20th.", "continuation"],
    ["I sent him a meeting request for Thursday; no reply yet.", "continuation"],
  ] as const)(
    "does not count a request, an invitation or a maybe as agreed: %s",
    (note, expected) => {
      expect(outcome(note)).toBe(expected);
    }
  );

  it.each([
    ["客户不在,资料留给了前台", "continuation.nobodyMet"],
    ["Nobody was there, left brochures at reception.", "continuation.nobodyMet"],
    ["客戶不在,留了名片", "continuation.nobodyMet"],
  ] as const)("reads nobody met as a continuation: %s", (note, expected) => {
    expect(rule(note)).toBe(expected);
  });

  it.each([
    "客户说产品挺好的,有需要会联系我们",
    "跟客户吃了个饭,聊得不错",
    "Great meeting, they loved the demo.",
    "客户对我们的方案很感兴趣,说需要内部讨论",
    "Good chat, he'll think about it.",
  ])("reads praise and goodwill as a continuation: %s", (note) => {
    expect(outcome(note)).toBe("continuation");
  });
});

describe("reading the text", () => {
  it("reads full-width and half-width punctuation alike", () => {
    const wide = classifyVisit("客户同意下周二上午，我们去现场测量。");
    const narrow = classifyVisit("客户同意下周二上午,我们去现场测量.");
    expect(wide.ok && narrow.ok && [wide.value.outcome, wide.value.rule]).toEqual(
      narrow.ok && [narrow.value.outcome, narrow.value.rule]
    );
    expect(outcome("ＰＯ已经收到，一共３０００套。")).toBe("order");
  });

  it.each([
    ["客户說下次在聊", "continuation"],
    ["Payment recieved.", "order"],
    ["Customer agreed to a trail next week.", "advance"],
    ["财务下午以经把货款打过来了", "order"],
  ] as const)("survives common typos: %s", (note, expected) => {
    expect(outcome(note)).toBe(expected);
  });

  it("reads the cells of a row together", () => {
    expect(outcome(["拜访王总,介绍了方案", "王总认可", "王总答应下周三带财务总监来公司参观"])).toBe(
      "advance"
    );
    expect(outcome(["拜访王总,介绍了方案", "", "我下周把报价发过去"])).toBe("continuation");
  });

  it("quotes the evidence exactly as the note wrote it", () => {
    const r = classifyVisit("ＣＦＯ　Signed the order form for 50 seats");
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ outcome: "order", evidence: "Signed" }),
    });
  });

  it.each(["", "   ", "-", "n/a", "N/A", "无", "無", "none", "/", "...", "——", "#N/A"])(
    "returns an empty-note issue for %j",
    (note) => {
      expect(classifyVisit(note)).toEqual({
        ok: false,
        issue: expect.objectContaining({ code: "visits.emptyNote", kind: "na" }),
      });
    }
  );

  it("returns an empty-note issue when every cell of the row is empty", () => {
    expect(classifyVisit(["", "-", " "])).toEqual({
      ok: false,
      issue: expect.objectContaining({ code: "visits.emptyNote" }),
    });
  });

  it("uses the commitment objective when the note only says the customer agreed", () => {
    expect(outcome("客户答应了", "约定下周二与总经理见面")).toBe("advance");
    expect(classifyVisit("He agreed.", { commitment: "site visit to our plant" })).toEqual({
      ok: true,
      value: { outcome: "advance", rule: "advance.commitment", evidence: "agreed" },
    });
    expect(outcome("客户没答应", "约定下周二与总经理见面")).toBe("continuation");
    expect(outcome("客户答应了")).toBe("continuation");
  });

  it("reads a very long note to its end", () => {
    const filler = "客户介绍了他们的生产情况,".repeat(400);
    expect(outcome(`${filler}最后当场签了合同。`)).toBe("order");
  });

  it("classifies a column row by row", () => {
    const rows = [["签了"], ["n/a"], ["客户说下次再约"]];
    expect(classifyVisits(rows).map((r) => (r.ok ? r.value.outcome : r.issue.code))).toEqual([
      "order",
      "visits.emptyNote",
      "continuation",
    ]);
  });

  it("never throws and always quotes a piece of the note", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 60 }), { minLength: 1, maxLength: 3 }),
        (cells) => {
          const r = classifyVisit(cells);
          if (r.ok)
            expect(cells.filter((c) => c.trim() !== "").join("\n")).toContain(r.value.evidence);
          else expect(r.issue.kind).toBe("na");
        }
      )
    );
  });
});

describe("wording from other writers: non-native English, Hong Kong and Taiwan terms", () => {
  it.each([
    ["Jane signed off the purchase order for 12 units.", "order"],
    ["I signed off the proposal and emailed it over.", "continuation"],
    ["Mr. Wu confirm the order of 5 printers.", "order"],
    ["He will confirm the order after the budget review.", "continuation"],
    ["Balance payment already transfered to our bank.", "order"],
    ["They bought 30 seats in the end.", "order"],
    ["Peter bought us lunch; nothing new on the deal.", "continuation"],
    ["She said pls dont call again, they are done with us.", "no-sale"],
    ["Ahmed's team will test the unit on Tuesday the 9th.", "advance"],
    ["Kevin sent us a meeting invite for Friday 2pm.", "advance"],
    ["Sent a meeting invite for Friday 2pm, waiting for reply.", "continuation"],
    ["陈生已经落单,一共80箱。", "order"],
    ["试用结束,客户付费购买了三套。", "order"],
    ["周副理答应会向总经理报告我们的优势。", "advance"],
  ] as const)("reads %s as %s", (note, expected) => {
    expect(outcome(note)).toBe(expected);
  });
});
