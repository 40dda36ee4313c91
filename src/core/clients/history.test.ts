import { isoDate, parseIsoDate } from "../calendar";
import { joinVisits, planYearStart, type Outcome, type VisitRecord } from ".";

const d = (iso: string) => parseIsoDate(iso)!;
const visit = (
  client: string,
  date: string | undefined,
  outcome?: Outcome,
  notes?: string[]
): VisitRecord => ({
  client,
  date: date === undefined ? undefined : d(date),
  outcome,
  notes,
});
const asOf = d("2026-03-20");

describe("joinVisits", () => {
  const clients = [
    "杭州华联科技有限公司",
    "萧山恒达机械股份有限公司",
    "ACME Co., Ltd.",
    "桐庐远山茶业",
  ];

  it("joins names that differ only in width, spacing or legal suffix", () => {
    const log = [
      visit("杭州华联科技", "2026-01-08"),
      visit("萧山恒达机械", "2026-02-03"),
      visit("ＡＣＭＥ Ｌｔｄ．", "2026-02-10"),
      visit(" acme ", "2026-03-01"),
    ];
    const j = joinVisits(clients, log, { asOf });
    expect(j.histories.map((h) => h.visits)).toEqual([1, 1, 2, 0]);
    expect(j.unmatched).toEqual([]);
  });

  it("lists names that match no client with their visit counts, in order of appearance", () => {
    const log = [
      visit("滨江数码", "2026-01-05"),
      visit("杭州华联科技", "2026-01-08"),
      visit("濱江數碼", "2026-02-01"),
      visit("滨江数码 有限公司", "2026-03-01"),
    ];
    const j = joinVisits(clients, log, { asOf });
    expect(j.unmatched).toEqual([
      { name: "滨江数码", visits: 2 },
      { name: "濱江數碼", visits: 1 },
    ]);
  });

  it("gives first and last visit, last outcome and the continuation streak", () => {
    const log = [
      visit("ACME", "2026-02-10", "continuation"),
      visit("ACME", "2025-11-02", "order"),
      visit("ACME", "2026-03-01", "continuation"),
      visit("ACME", "2026-01-15", "advance"),
    ];
    const [, , h] = joinVisits(clients, log, { asOf }).histories;
    expect(isoDate(h.firstVisit!)).toBe("2025-11-02");
    expect(isoDate(h.lastVisit!)).toBe("2026-03-01");
    expect(h.lastOutcome).toBe("continuation");
    expect(h.continuationStreak).toBe(2);
    expect(h.visits).toBe(3);
  });

  it("takes the later row as the later visit on the same day", () => {
    const log = [
      visit("ACME", "2026-03-01", "continuation"),
      visit("ACME", "2026-03-01", "advance"),
    ];
    const [, , h] = joinVisits(clients, log, { asOf }).histories;
    expect(h.lastOutcome).toBe("advance");
    expect(h.continuationStreak).toBe(0);
  });

  it.each([
    [["continuation", "continuation", "continuation"], true],
    [["advance", "continuation", "no-sale"], true],
    [["continuation", "order", "continuation"], false],
    [["continuation", "continuation"], false],
  ])("flags a third visit for outcomes %p this year: %p", (outcomes, flagged) => {
    const log = (outcomes as Outcome[]).map((o, i) =>
      visit("萧山恒达机械", `2026-0${i + 1}-10`, o)
    );
    expect(joinVisits(clients, log, { asOf }).histories[1].thirdVisit).toBe(flagged);
  });

  it("counts only this plan year's visits towards the third-visit flag", () => {
    const log = [
      visit("萧山恒达机械", "2025-11-10"),
      visit("萧山恒达机械", "2025-12-10"),
      visit("萧山恒达机械", "2026-02-10"),
    ];
    const h = joinVisits(clients, log, { asOf }).histories[1];
    expect(h.visits).toBe(1);
    expect(h.thirdVisit).toBe(false);
    const fiscal = joinVisits(clients, log, { asOf, planYearStart: d("2025-10-01") }).histories[1];
    expect(fiscal.visits).toBe(3);
    expect(fiscal.thirdVisit).toBe(true);
  });

  it("asks the classifier for outcomes the log does not give, and only for visits it needs", () => {
    const seen: string[][] = [];
    const classify = (cells: string[]) => {
      seen.push(cells);
      return cells[0].includes("签约") ? ("order" as const) : ("continuation" as const);
    };
    const log = [
      visit("杭州华联科技", "2026-01-08", undefined, ["前台说王总出差,资料已留下", ""]),
      visit("杭州华联科技", "2026-02-08", undefined, ["上午签约,首付30%", ""]),
      visit("杭州华联科技", "2026-03-08", "advance", ["约好试用", ""]),
    ];
    const h = joinVisits(clients, log, { asOf, classify }).histories[0];
    expect(h.lastOutcome).toBe("advance");
    expect(h.thirdVisit).toBe(false);
    // The last row's explicit outcome is used as it is; the other two are read once each.
    expect(seen).toEqual([
      ["前台说王总出差,资料已留下", ""],
      ["上午签约,首付30%", ""],
    ]);
  });

  it("leaves outcomes unknown without an outcome column or a classifier", () => {
    const h = joinVisits(clients, [visit("ACME", "2026-03-01", undefined, ["signed"])], { asOf })
      .histories[2];
    expect(h.lastOutcome).toBeUndefined();
    expect(h.continuationStreak).toBe(0);
  });

  it("counts undated and future rows instead of using them", () => {
    const log = [
      visit("ACME", undefined),
      visit("ACME", "2026-04-02"),
      visit("ACME", "2026-03-20"),
    ];
    const j = joinVisits(clients, log, { asOf });
    expect(j.undated).toBe(1);
    expect(j.future).toBe(1);
    expect(j.histories[2].visits).toBe(1);
  });

  it("gives a client with no visit an empty history", () => {
    const h = joinVisits(clients, [], { asOf }).histories[3];
    expect(h).toEqual({ visits: 0, continuationStreak: 0, thirdVisit: false });
  });

  it("gives the visits to the first of two clients with the same key", () => {
    const j = joinVisits(["ACME Inc.", "ACME Ltd."], [visit("Acme", "2026-03-01")], { asOf });
    expect(j.histories.map((h) => h.visits)).toEqual([1, 0]);
  });
});

describe("planYearStart", () => {
  it.each([
    ["2026-03-20", 1, "2026-01-01"],
    ["2026-03-20", 4, "2025-04-01"],
    ["2026-04-01", 4, "2026-04-01"],
  ])("puts %s in the plan year starting in month %d on %s", (day, month, start) => {
    expect(isoDate(planYearStart(d(day), month))).toBe(start);
  });
});
