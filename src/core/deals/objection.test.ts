import fc from "fast-check";
import { hasMessage } from "../i18n";
import { classifyObjection, maskRepComments, OBJECTION_RULES } from "./objection";
import { OBJECTIONS, type ObjectionKey } from "./types";

/** Hard cases written for these tests (not taken from the dev set): every kind, every tie rule, four kinds of writing. */
const CASES: { why: string; text: string; objection: ObjectionKey }[] = [
  // strategy, including a standing policy and a budget frozen because of a new direction
  {
    why: "a narrowed focus that drops the offer from the roadmap",
    text: "The board decided to focus on their core dairy business, so the snack line we pitched is off their roadmap.",
    objection: "strategy",
  },
  {
    why: "a standing policy for the year",
    text: "客户说今年集团的方针是只开新店,老店一律不翻新。",
    objection: "strategy",
  },
  {
    why: "a budget frozen because the direction changed",
    text: "Marketing spend is frozen for now because the group has a new strategy built around retail partners.",
    objection: "strategy",
  },
  {
    why: "a new direction in Traditional script",
    text: "客戶說公司今年決定全力發展電商,實體通路不再擴點。",
    objection: "strategy",
  },
  // timing, including a budget that comes later and an outside rule
  {
    why: "a budget that arrives next quarter",
    text: "客户说预算要到下个季度才批下来,现在签不了。",
    objection: "timing",
  },
  {
    why: "waiting for an outside rule to settle",
    text: "They won't commit until the new emissions regulation is published.",
    objection: "timing",
  },
  {
    why: "a reorganisation that has to settle",
    text: "客户说他们在等董事会换届,换届之后再议。",
    objection: "timing",
  },
  {
    why: "a move in Traditional script",
    text: "客戶說現在正在搬廠,等搬完再說。",
    objection: "timing",
  },
  // team
  {
    why: "nobody to run the project",
    text: "Their only developer just left and they can't support another integration.",
    objection: "team",
  },
  {
    why: "people pulled onto another project",
    text: "客户说现在人都派去新项目了,没有人手配合实施。",
    objection: "team",
  },
  { why: "no bandwidth in mixed writing", text: "客户的IT team没有bandwidth。", objection: "team" },
  // price, including no budget, a payback threshold and a used-up quota
  {
    why: "a cheaper current supplier",
    text: "客户说现在用的供应商每吨便宜两百块。",
    objection: "price",
  },
  {
    why: "a payback threshold the offer misses",
    text: "The payback of 3.5 years misses their 2-year threshold.",
    objection: "price",
  },
  {
    why: "a purchasing quota used up",
    text: "采购说今年的办公用品配额已经用完了。",
    objection: "price",
  },
  {
    why: "no budget this year in Traditional script",
    text: "客戶說今年已經沒有預算了。",
    objection: "price",
  },
  {
    why: "a lost deal whose stated reason is price",
    text: "这单输了,客户说老板最后还是决定跟老供应商续约,因为对方价格低一截。",
    objection: "price",
  },
  // authority, including partners and a boss who is away
  {
    why: "a chairman abroad whose signature is needed",
    text: "Mr. Li said the chairman is overseas until the end of the month and the contract needs his signature.",
    objection: "authority",
  },
  {
    why: "a decision shared with partners",
    text: "这个店是三个人合伙开的,张老板说得跟另外两个合伙人一起定。",
    objection: "authority",
  },
  {
    why: "a polite wish to consult the boss",
    text: "Very courteous as always, she said she would need to check with her managing director first.",
    objection: "authority",
  },
  {
    why: "head-office approval in Traditional script",
    text: "陳經理說這個要先呈給總經理核准才能下單。",
    objection: "authority",
  },
  // stall: thinking it over with no reason
  {
    why: "thinking it over with no reason",
    text: "She said she'd think about it and get back to us, no reason given.",
    objection: "stall",
  },
  {
    why: "thinking it over in mixed writing",
    text: "客户说let me think,没有给reason。",
    objection: "stall",
  },
  // none: an order, a plain refusal, a request for proof, nothing against
  {
    why: "an order placed",
    text: "They placed the order for 500 units this morning.",
    objection: "none",
  },
  { why: "a plain refusal", text: "客户直接说不考虑了。", objection: "none" },
  {
    why: "a request for a free trial before deciding",
    text: "客户说能不能先免费试用一个月,看效果再说。",
    objection: "none",
  },
  {
    why: "a pilot agreed for next month",
    text: "They've agreed to a pilot at two stores next month.",
    objection: "none",
  },
  {
    why: "a meeting with no objection",
    text: "They liked the demo and booked a follow-up to meet the CFO next week.",
    objection: "none",
  },
  // several reasons: the decisive one, else the first stated
  {
    why: "several reasons with the boss marked decisive",
    text: "客户说价格偏高,另外人手也紧,但最主要的是老板还没点头。",
    objection: "authority",
  },
  {
    why: "several reasons with the cost marked decisive",
    text: "Timing isn't ideal and their team is small, but what really holds them back is the cost.",
    objection: "price",
  },
  {
    why: "several reasons with none marked (first stated counts)",
    text: "They're short-staffed and the timing is bad.",
    objection: "team",
  },
  {
    why: "a reason waved away and another that stands",
    text: "Price came up briefly; mostly they said nobody is free to run the project.",
    objection: "team",
  },
  // the rep's own comments do not count
  {
    why: "a price reason with the rep's guess about the boss",
    text: "Customer said it's too expensive. I suspect he actually needs his boss's approval.",
    objection: "price",
  },
  {
    why: "a stall with the rep's guess about the boss",
    text: "客户说考虑一下。我估计是老板不同意。",
    objection: "stall",
  },
  {
    why: "a bracketed rep remark in Traditional script",
    text: "客戶說要等總公司核准。(業務研判:其實是預算不夠)",
    objection: "authority",
  },
];

describe("classifyObjection", () => {
  it.each(CASES)("labels $why as $objection", ({ text, objection }) => {
    const r = classifyObjection(text);
    expect(r.ok && r.value.objection).toBe(objection);
  });

  it.each(CASES)(
    "backs the answer for $why with evidence from the note and an explained rule",
    ({ text }) => {
      const r = classifyObjection(text);
      if (!r.ok) throw new Error("expected an objection");
      expect(r.value.evidence.length).toBeGreaterThan(0);
      expect(text).toContain(r.value.evidence.replace(/^…|…$/g, ""));
      expect(hasMessage(r.value.rule)).toBe(true);
    }
  );

  it("names the decisive rule when the note marks one reason as decisive", () => {
    const r = classifyObjection(
      "She mentioned cost in passing, but the deciding factor is that the board must approve."
    );
    expect(r.ok && r.value).toMatchObject({
      objection: "authority",
      rule: "deals.rule.objection.decisive",
    });
  });

  it("reads the subject a note keeps returning to as the reason when none is stated outright", () => {
    const r = classifyObjection("客户说这个价格他们心里没数,钱的事要再算算。");
    expect(r.ok && r.value).toMatchObject({
      objection: "price",
      rule: "deals.rule.objection.topicOnly",
    });
  });

  it("names the first-stated rule when several reasons are given and none is marked", () => {
    const r = classifyObjection("客户说课程太贵了,另外下个月还要搬办公室。");
    expect(r.ok && r.value).toMatchObject({
      objection: "price",
      rule: "deals.rule.objection.firstStated",
    });
  });

  it.each(["", "  ", "—", "n/a", "无", "無資料"])(
    "returns an na issue for the empty note %j",
    (note) => {
      const r = classifyObjection(note);
      expect(!r.ok && r.issue.kind).toBe("na");
    }
  );

  it("explains every rule it can return in all three languages", () => {
    for (const rule of OBJECTION_RULES) expect(hasMessage(`deals.rule.${rule}`)).toBe(true);
  });

  it("never throws and always answers with a kind or an na issue", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "grapheme" }),
          fc.array(fc.string(), { maxLength: 4 })
        ),
        (note) => {
          const r = classifyObjection(note);
          if (r.ok) expect(OBJECTIONS).toContain(r.value.objection);
          else expect(r.issue.kind).toBe("na");
        }
      ),
      { numRuns: 300 }
    );
  });
});

describe("maskRepComments", () => {
  const rep = /I think|我觉得/gi;

  it("blanks the rep's comment to the end of its sentence and keeps every offset", () => {
    const text = "Too expensive, she said. I think it's the boss. Call back Monday.";
    const masked = maskRepComments(text, rep);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain("Too expensive, she said.");
    expect(masked).not.toContain("boss");
    expect(masked).toContain("Call back Monday.");
  });

  it("blanks a whole bracketed remark that holds a comment marker", () => {
    expect(maskRepComments("太贵了(我觉得是借口)。", rep)).toBe("太贵了" + " ".repeat(8) + "。");
  });

  it.each([
    [
      "I think it's the price, but they said the director decides.",
      "but they said the director decides.",
    ],
    ["我觉得是价格,但客户说要等董事长拍板。", "但客户说要等董事长拍板。"],
  ])("stops blanking where the note turns back to what the customer said: %j", (text, kept) => {
    const back = /but they said|但客户说/i;
    const masked = maskRepComments(text, rep, back);
    expect(masked).toHaveLength(text.length);
    expect(masked.trimStart().startsWith(kept)).toBe(true);
  });

  it("keeps words inside quotation marks, which are the customer's", () => {
    const text = 'She said "I think it is too expensive" and left.';
    expect(maskRepComments(text, rep)).toBe(text);
  });
});
