import data from "chinese-days/dist/chinese-days.json";
import { countWorkdays, dayFromYmd, isoDate, isoWeekday, makeCalendar, parseIsoDate } from ".";
import { describeIssue } from "../i18n";
import { CHINA_CALENDAR_YEARS, chinaCalendar } from "./china";

const d = (iso: string) => parseIsoDate(iso)!;

function calendarFor(year: number) {
  const r = chinaCalendar(dayFromYmd(year, 1, 1), dayFromYmd(year, 12, 31));
  if (!r.ok) throw new Error(r.issue.code);
  return makeCalendar(undefined, r.value.holidays, r.value.workdays);
}

describe("the mainland China calendar", () => {
  it("covers every year from 2004 to at least 2026", () => {
    expect(CHINA_CALENDAR_YEARS.first).toBe(2004);
    expect(CHINA_CALENDAR_YEARS.last).toBeGreaterThanOrEqual(2026);
    const years = new Set(Object.keys(data.holidays).map((k) => Number(k.slice(0, 4))));
    for (let y = CHINA_CALENDAR_YEARS.first; y <= CHINA_CALENDAR_YEARS.last; y++)
      expect(years.has(y)).toBe(true);
  });

  it("never lists a date both as a holiday and as a make-up working day", () => {
    const both = Object.keys(data.workdays).filter((k) => k in data.holidays);
    expect(both).toEqual([]);
  });

  it("lists make-up working days only on weekends", () => {
    const r = chinaCalendar(dayFromYmd(2004, 1, 1), dayFromYmd(CHINA_CALENDAR_YEARS.last, 12, 31));
    expect(r.ok && r.value.workdays.filter((x) => isoWeekday(x) < 6).map(isoDate)).toEqual([]);
  });

  it.each([
    ["2026-01-01", "New Year's Day", false],
    ["2026-01-04", "a Sunday worked for New Year", true],
    ["2026-02-14", "a Saturday worked before Spring Festival", true],
    ["2026-02-16", "Spring Festival", false],
    ["2026-02-23", "the Monday ending Spring Festival", false],
    ["2026-02-28", "a Saturday worked after Spring Festival", true],
    ["2026-05-05", "Labour Day, a Tuesday", false],
    ["2026-09-20", "a Sunday worked before National Day", true],
    ["2026-10-07", "National Day, a Wednesday", false],
    ["2026-10-10", "a Saturday worked after National Day", true],
    ["2026-10-12", "an ordinary Monday", true],
  ])("treats %s (%s) as working: %p", (iso, _, working) => {
    const cal = calendarFor(2026);
    expect(countWorkdays(cal, d(iso), d(iso))).toBe(working ? 1 : 0);
  });

  it("counts 2026's working days: 261 weekdays, less weekday holidays, plus make-up days", () => {
    // Weekday holidays 2026: Jan 1–2, Feb 16–20 and 23, Apr 6, May 1, 4, 5, Jun 19, Sep 25, Oct 1–2, 5–7 = 19;
    // make-up days: Jan 4, Feb 14, Feb 28, May 9, Sep 20, Oct 10 = 6; 261 − 19 + 6 = 248.
    expect(countWorkdays(calendarFor(2026), d("2026-01-01"), d("2026-12-31"))).toBe(248);
  });

  it("gives the same days west of Greenwich (the package's own date functions are a day early there)", () => {
    const saved = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const cal = calendarFor(2026);
      expect([
        cal.workdays.has(d("2026-01-04")),
        cal.holidays.has(d("2026-10-01")),
        cal.holidays.has(d("2026-09-30")),
      ]).toEqual([true, true, false]);
    } finally {
      process.env.TZ = saved;
    }
  });

  it("refuses a range reaching a year it does not cover, naming the year", () => {
    const next = CHINA_CALENDAR_YEARS.last + 1;
    const r = chinaCalendar(dayFromYmd(next - 1, 4, 1), dayFromYmd(next, 3, 31));
    expect(!r.ok && r.issue.code).toBe("calendar.chinaNotCovered");
    expect(!r.ok && describeIssue(r.issue, "en")).toContain(`${next} is not covered`);
  });
});
