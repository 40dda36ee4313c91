import { describeIssue } from "../i18n";
import { commitLevel } from "./commit";
import type { CommitLevel } from "./types";

describe("commitLevel", () => {
  it.each([
    ["客户觉得我们方案不错", "inner"],
    ["He said he likes the product", "inner"],
    ["客戶很認同我們的做法", "inner"],
    ["王总口头答应了下周安排试用", "verbal"],
    ["She agreed to a pilot", "verbal"],
    ["客戶口頭答應下週試用", "verbal"],
    ["客户发来邮件确认了试用安排", "written"],
    ["He emailed confirmation of the PO", "written"],
    ["客戶已在意向書上簽字", "written"],
    ["王总在周会上当众表态支持我们的方案", "public-verbal"],
    ["The CFO announced in front of his team that they'd go with us", "public-verbal"],
    ["客戶在會議上公開表示支持", "public-verbal"],
    ["采购部发文通知各部门配合试点", "public-written"],
    ["They circulated a memo to all staff about the pilot", "public-written"],
    ["總經理在會上簽字,並下發通知給各部門", "public-written"],
  ] as const)("rates %s as %s", (text, level: CommitLevel) => {
    expect(commitLevel(text)).toEqual({ ok: true, value: expect.objectContaining({ level }) });
  });

  it("takes the strongest level of the text", () => {
    expect(commitLevel("客户很满意,当场答应,回去后又发邮件确认了")).toEqual({
      ok: true,
      value: expect.objectContaining({ level: "written" }),
    });
  });

  it("quotes the words that show the level", () => {
    expect(commitLevel("王总口头答应了下周安排试用")).toEqual({
      ok: true,
      value: { level: "verbal", evidence: "口头答应" },
    });
  });

  it("lifts only a commitment in the same sentence to public", () => {
    expect(commitLevel("上午在会上介绍了方案。下午王总私下答应试用")).toEqual({
      ok: true,
      value: expect.objectContaining({ level: "verbal" }),
    });
  });

  it.each(["客户没有答应", "He did not agree to anything", "客户没有书面确认"])(
    "does not count a negated commitment: %s",
    (text) => {
      const r = commitLevel(text);
      expect(r.ok ? r.value.level : "none").not.toBe("written");
      if (r.ok) expect(r.value.level).not.toBe("verbal");
    }
  );

  it.each([
    ["王总在全员大会上宣布并签字", "public-written"],
    ["王總在全員大會上宣布, 並簽字", "public-written"],
    ["He announced it at the all-hands and signed the letter", "public-written"],
  ])("combines a public marker with a written commitment: %s", (text, level) => {
    const r = commitLevel(text);
    expect(r.ok ? r.value.level : "none").toBe(level);
  });

  it("explains an empty text without speaking of a visit outcome", () => {
    const r = commitLevel("");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(describeIssue(r.issue, "en")).not.toMatch(/visit outcome/i);
  });

  it("says when the text shows no commitment", () => {
    expect(commitLevel("我们发了报价")).toEqual({
      ok: false,
      issue: expect.objectContaining({ code: "visits.noCommitment", kind: "na" }),
    });
  });

  it.each(["", "n/a", "-"])("returns an empty-note issue for %j", (text) => {
    expect(commitLevel(text)).toEqual({
      ok: false,
      issue: expect.objectContaining({ code: "visits.emptyCommitText", kind: "na" }),
    });
  });
});
