import { OUTCOMES } from "../../../core/visits";
import type { Region } from "../../../excel/types";
import { LOG_ROWS, logTable, meantCount } from "./fixture";
import { dateKey, summarise } from "./summary";

const [, ...rows] = logTable();
const region: Pick<Region, "rows"> = {
  rows: rows.map((r) => r.map((v) => v ?? "")),
};
const columns = { date: 0, client: 1, notes: 2, nextStep: 3, rep: 4 };
const span = { first: 2, last: 3 };

describe("summarise", () => {
  const s = summarise(region, columns, span);

  it.each(OUTCOMES)("counts the visits whose notes show %s", (o) => {
    expect(s.counts[o]).toBe(meantCount(o));
  });

  it("leaves placeholder notes out of the counts and says how many", () => {
    expect(s.visits).toBe(LOG_ROWS.filter((r) => r[5]).length);
    expect(s.unread).toBe(LOG_ROWS.filter((r) => !r[5]).length);
  });

  it("gives each rep's orders and advances over their visits, best first", () => {
    const expected = [...new Set(LOG_ROWS.map((r) => r[4]))].map((rep) => {
      const mine = LOG_ROWS.filter((r) => r[4] === rep && r[5]);
      const advanced = mine.filter((r) => r[5] === "order" || r[5] === "advance").length;
      return { rep, visits: mine.length, advanced, rate: advanced / mine.length };
    });
    expect(s.reps).toEqual(
      expected.sort((a, b) => b.rate - a.rate || b.visits - a.visits || a.rep.localeCompare(b.rep))
    );
  });

  it("lists clients seen three or more times without an order, not those who ordered", () => {
    expect(s.noOrder.map((c) => [c.client, c.count])).toEqual([["华联科技", 3]]);
  });

  it("finds a stalled deal by date order, even when a visit was logged late", () => {
    expect(s.stalled.map((c) => [c.client, c.count])).toEqual([["华联科技", 2]]);
    // Its rows in visit order: the late-logged first visit comes first.
    expect(s.stalled[0].rows[0]).toBe(LOG_ROWS.length - 1);
  });

  it("reads a log without dates in row order", () => {
    const undated = summarise(region, { ...columns, date: undefined }, span);
    // Row order ends 华联科技's visits with the advance: not stalled.
    expect(undated.stalled).toEqual([]);
  });

  it("has no rates without a rep column and no client lists without a client column", () => {
    const bare = summarise(region, { notes: 2 }, { first: 2, last: 2 });
    expect(bare.reps).toEqual([]);
    expect(bare.noOrder).toEqual([]);
    expect(bare.stalled).toEqual([]);
    expect(bare.visits).toBe(s.visits);
  });

  it("groups a client's spellings together", () => {
    const spelled = summarise(
      {
        rows: [
          ["", "华联科技有限公司", "客户说内部再商量一下。", "", ""],
          ["", "华联科技", "客户说内部再商量一下。", "", ""],
        ],
      },
      columns,
      span
    );
    expect(spelled.stalled.map((c) => [c.client, c.count])).toEqual([["华联科技有限公司", 2]]);
  });
});

describe("dateKey", () => {
  it.each([
    [46100, 46100],
    ["2026-03-18", 46099],
    ["2026/3/18", 46099],
    ["next week", undefined],
    [true, undefined],
  ] as const)("reads %p as %p", (v, key) => expect(dateKey(v)).toBe(key));
});
