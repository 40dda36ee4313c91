import { isoDate, parseIsoDate } from "../calendar";
import {
  DEFAULT_CADENCE,
  MAX_INTERVAL_DAYS,
  intervalDays,
  makeCadence,
  nextVisitDay,
  overdueDays,
  type Tier,
} from ".";

const d = (iso: string) => parseIsoDate(iso)!;

describe("revisit cadence", () => {
  it.each([
    ["A", "2026-03-16"],
    ["B", "2026-04-01"],
    ["C", "2026-05-31"],
    ["new", "2026-04-01"],
  ])("makes a %s client visited on 2026-03-02 due on %s", (tier, due) => {
    expect(isoDate(nextVisitDay(d("2026-03-02"), tier as Tier, d("2026-03-20")))).toBe(due);
  });

  it("makes a client never visited due on the as-of day", () => {
    expect(nextVisitDay(undefined, "C", d("2026-03-20"))).toBe(d("2026-03-20"));
  });

  it("sees every client at least once a year, whatever its cadence", () => {
    const cadence = makeCadence({ C: 500 });
    expect(cadence.ok && intervalDays("C", cadence.value)).toBe(MAX_INTERVAL_DAYS);
    expect(
      cadence.ok && isoDate(nextVisitDay(d("2026-03-02"), "C", d("2026-03-20"), cadence.value))
    ).toBe("2027-03-02");
  });

  it("fills a partial cadence from the defaults", () => {
    expect(makeCadence({ A: 7 })).toEqual({ ok: true, value: { ...DEFAULT_CADENCE, A: 7 } });
  });

  it.each([0, -3, 2.5, NaN])("refuses %p days", (days) => {
    const r = makeCadence({ B: days });
    expect(!r.ok && r.issue.code).toBe("arg.outOfRange");
  });

  it.each([
    ["2026-03-16", "2026-03-20", 4],
    ["2026-03-20", "2026-03-20", 0],
    ["2026-03-25", "2026-03-20", 0],
  ])("counts a visit due %s as %d days overdue on %s", (due, asOf, days) => {
    expect(overdueDays(d(due), d(asOf))).toBe(days);
  });
});
