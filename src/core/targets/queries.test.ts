import { makeCalendar, parseIsoDate } from "../calendar";
import { breakDown } from "./breakdown";
import { pace, parsePeriod, periodContaining, periodsOfKind } from "./queries";

const d = (iso: string) => parseIsoDate(iso)!;

describe("period words", () => {
  it.each([
    ["quarter", "quarter"],
    ["Quarter", "quarter"],
    ["季度", "quarter"],
    ["月", "month"],
    ["month", "month"],
    ["周", "week"],
    ["週", "week"],
    ["week", "week"],
    ["日", "day"],
    ["day", "day"],
    [" ＭＯＮＴＨ ", "month"],
  ])("reads %p as %s", (text, kind) => {
    expect(parsePeriod(text)).toEqual({ ok: true, value: kind });
  });

  it("refuses an unknown period and lists the choices", () => {
    const r = parsePeriod("fortnight");
    expect(!r.ok && r.issue.code).toBe("targets.periodInvalid");
  });
});

describe("looking up a period", () => {
  const b = breakDown({ annual: 26100, start: d("2026-01-01") });
  if (!b.ok) throw new Error("setup");

  it("finds the month, week and day containing a date", () => {
    expect(periodContaining(b.value, "month", d("2026-03-17"))).toMatchObject({
      ok: true,
      value: { key: "2026-03" },
    });
    expect(periodContaining(b.value, "week", d("2026-03-17"))).toMatchObject({
      ok: true,
      value: { key: "2026-W12" },
    });
    expect(periodContaining(b.value, "day", d("2026-03-17"))).toMatchObject({
      ok: true,
      value: { key: "2026-03-17", workingDays: 1 },
    });
  });

  it("refuses a date outside the plan", () => {
    const r = periodContaining(b.value, "month", d("2027-01-05"));
    expect(!r.ok && r.issue.code).toBe("targets.dateOutsidePlan");
  });

  it("lists one period per calendar day for days", () => {
    expect(periodsOfKind(b.value, "day").length).toBe(365);
  });
});

describe("time-progress attainment (时间进度)", () => {
  const cal = makeCalendar();
  // November 2026 has 21 working days; by Friday the 13th, 10 have passed.
  it.each([
    ["on pace", 21000, 10000, "2026-11-13", 1],
    ["behind", 21000, 5000, "2026-11-13", 0.5],
    ["ahead, after the end (the whole period counts)", 21000, 42000, "2026-12-15", 2],
    ["counting a weekend as the Friday before", 21000, 10000, "2026-11-15", 1],
  ])("measures %s", (_, target, actual, asOf, expected) => {
    const r = pace(target, actual, cal, d("2026-11-01"), d("2026-11-30"), d(asOf));
    expect(r.ok && r.value).toBeCloseTo(expected, 10);
  });

  it.each([
    ["a target of zero", 0, "2026-11-13", "targets.paceTarget"],
    ["a date before any working day", 100, "2026-11-01", "targets.paceNotStarted"],
  ])("refuses %s", (_, target, asOf, code) => {
    const r = pace(target, 10, cal, d("2026-11-01"), d("2026-11-30"), d(asOf));
    expect(!r.ok && r.issue.code).toBe(code);
  });
});
