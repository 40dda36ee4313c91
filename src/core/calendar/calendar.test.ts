import fc from "fast-check";
import {
  countWorkdays,
  dayFromYmd,
  dayToSerial,
  isoDate,
  isoWeek,
  isoWeekday,
  isWorkingDay,
  makeCalendar,
  parseIsoDate,
  parseWeekend,
  serialToDay,
  type WorkCalendar,
} from ".";

const d = (iso: string) => parseIsoDate(iso)!;

describe("Excel serial numbers", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [46023, "2026-01-01"],
    [2958465, "9999-12-31"],
  ])("reads serial %d as %s", (serial, iso) => {
    expect(isoDate(serialToDay(serial)!)).toBe(iso);
    expect(dayToSerial(d(iso))).toBe(serial);
  });

  it("refuses serial 60, Excel's phantom 1900-02-29", () => {
    expect(serialToDay(60)).toBeUndefined();
  });

  it.each([0, -5, 2958466, NaN, Infinity])("refuses %p as out of range", (s) => {
    expect(serialToDay(s)).toBeUndefined();
  });

  it("drops the time of day", () => {
    expect(isoDate(serialToDay(46023.75)!)).toBe("2026-01-01");
  });

  it("round-trips every date after 1900-03-01", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => dayToSerial(serialToDay(s)!) === s)
    );
  });
});

describe("ISO dates", () => {
  it.each(["2026-02-30", "2026-13-01", "26-01-01", "yesterday", ""])("refuses %p", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
  it.each([["2026/10/1"], ["2026.10.01"], ["2026年10月1日"]])("accepts %s", (text) => {
    expect(isoDate(parseIsoDate(text)!)).toBe("2026-10-01");
  });
});

describe("weekdays and ISO weeks", () => {
  it("knows 2026-01-01 was a Thursday", () => expect(isoWeekday(d("2026-01-01"))).toBe(4));
  it.each([
    ["2026-01-01", 2026, 1],
    ["2027-01-01", 2026, 53],
    ["2024-12-30", 2025, 1],
    ["2026-12-31", 2026, 53],
    ["2026-06-15", 2026, 25],
  ])("puts %s in ISO week %d-W%d", (iso, year, week) => {
    expect(isoWeek(d(iso))).toEqual({ year, week });
  });
});

describe("weekend masks", () => {
  it("defaults to Saturday and Sunday", () => {
    expect(parseWeekend(undefined)).toEqual({
      ok: true,
      value: [false, false, false, false, false, true, true],
    });
  });
  it.each([
    [1, "0000011"],
    [7, "0000110"],
    [11, "0000001"],
    [17, "0000010"],
    ["0000001", "0000001"],
    ["2", "1000001"],
  ])("reads %p as %s", (input, mask) => {
    const r = parseWeekend(input);
    expect(r.ok && r.value.map((b) => (b ? "1" : "0")).join("")).toBe(mask);
  });
  it.each([8, 0, 1.5, "000011", "0000021", "weekends"])("refuses %p with a message", (input) => {
    const r = parseWeekend(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.issue.code).toBe("calendar.weekendInvalid");
  });
  it("refuses a week with no working day", () => {
    const r = parseWeekend("1111111");
    expect(!r.ok && r.issue.code).toBe("calendar.weekendAllOff");
  });
});

describe("counting working days", () => {
  // China, autumn 2026: Mid-Autumn Sep 25–27 and National Day Oct 1–7 off, make-up days Sep 20 (Sun) and Oct 10 (Sat).
  const golden = makeCalendar(
    undefined,
    [
      "2026-09-25",
      "2026-09-26",
      "2026-09-27",
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ].map(d),
    ["2026-09-20", "2026-10-10"].map(d)
  );

  it("counts a fortnight around National Day with holidays and a make-up Saturday", () => {
    // Sep 28–30 (3) + Oct 8–9 (2) + Oct 10 make-up Saturday (1) = 6
    expect(countWorkdays(golden, d("2026-09-28"), d("2026-10-11"))).toBe(6);
  });

  it("counts both ends, like NETWORKDAYS", () => {
    expect(countWorkdays(makeCalendar(), d("2026-11-23"), d("2026-11-23"))).toBe(1);
    expect(countWorkdays(makeCalendar(), d("2026-11-22"), d("2026-11-22"))).toBe(0);
  });

  it("is negative when end comes before start", () => {
    expect(countWorkdays(makeCalendar(), d("2026-11-27"), d("2026-11-23"))).toBe(-5);
  });

  it("ignores a holiday that falls on a weekend and counts a duplicate once", () => {
    const cal = makeCalendar(undefined, [d("2026-11-21"), d("2026-11-24")], []);
    expect(countWorkdays(cal, d("2026-11-23"), d("2026-11-29"))).toBe(4);
  });

  it("agrees with a day-by-day count on any calendar", () => {
    const arb = fc.record({
      weekend: fc
        .array(fc.boolean(), { minLength: 7, maxLength: 7 })
        .filter((w) => w.some((x) => !x)),
      holidays: fc.array(fc.integer({ min: 46000, max: 46400 }), { maxLength: 30 }),
      workdays: fc.array(fc.integer({ min: 46000, max: 46400 }), { maxLength: 10 }),
      start: fc.integer({ min: 45990, max: 46410 }),
      len: fc.integer({ min: -60, max: 400 }),
    });
    fc.assert(
      fc.property(arb, ({ weekend, holidays, workdays, start, len }) => {
        const cal: WorkCalendar = makeCalendar(weekend, holidays, workdays);
        const end = start + len;
        let slow = 0;
        for (let x = Math.min(start, end); x <= Math.max(start, end); x++)
          if (isWorkingDay(cal, x)) slow++;
        return countWorkdays(cal, start, end) === (end < start ? -slow : slow);
      })
    );
  });

  it("counts 261 working days in 2026 with weekends only", () => {
    expect(countWorkdays(makeCalendar(), dayFromYmd(2026, 1, 1), dayFromYmd(2026, 12, 31))).toBe(
      261
    );
  });
});
