import { parseIsoDate, dayToSerial } from "../../core/calendar";
import { workdays } from "./workdays";

const serial = (iso: string) => dayToSerial(parseIsoDate(iso)!);
const column = (...isos: string[]) => isos.map((d) => [serial(d)]);

// China, Mid-Autumn 2026: Sep 25–27 off; National Day Oct 1–7 off; make-up workdays Sun Sep 20 and Sat Oct 10.
const holidays = column(
  "2026-09-25",
  "2026-09-26",
  "2026-09-27",
  "2026-10-01",
  "2026-10-02",
  "2026-10-03",
  "2026-10-04",
  "2026-10-05",
  "2026-10-06",
  "2026-10-07"
);
const makeUp = column("2026-09-20", "2026-10-10");

describe("SALES.WORKDAYS", () => {
  it("counts 6 working days from 2026-09-28 to 2026-10-11 around National Day", () => {
    expect(workdays(serial("2026-09-28"), serial("2026-10-11"), holidays, makeUp)).toBe(6);
  });

  it("counts 10 on a plain Monday-to-Friday fortnight", () => {
    expect(workdays(serial("2026-11-02"), serial("2026-11-15"))).toBe(10);
  });

  it("counts a make-up Sunday that NETWORKDAYS.INTL would miss", () => {
    expect(workdays(serial("2026-09-20"), serial("2026-09-20"), null as never, makeUp)).toBe(1);
  });

  it("ignores blank cells in the holiday range, as a selected whole column has them", () => {
    expect(
      workdays(serial("2026-09-28"), serial("2026-10-11"), [...holidays, [null], [""]], makeUp)
    ).toBe(6);
  });

  it("accepts ISO date text", () => {
    expect(workdays("2026-09-28", "2026/10/11", holidays, makeUp)).toBe(6);
  });

  it("accepts a weekend number and a weekend mask", () => {
    // Friday and Saturday off (number 7): Nov 1–7 2026 has 5 working days.
    expect(workdays(serial("2026-11-01"), serial("2026-11-07"), undefined, undefined, 7)).toBe(5);
    expect(
      workdays(serial("2026-11-01"), serial("2026-11-07"), undefined, undefined, "0000001")
    ).toBe(6);
  });

  it("reads the 1900 leap-year quirk like Excel: serial 59 and 61 are consecutive days", () => {
    expect(workdays(59, 61, undefined, undefined, "0000000")).toBe(2);
  });

  it.each([
    [
      "a text start",
      "soon",
      serial("2026-10-11"),
      undefined,
      undefined,
      undefined,
      "#VALUE!",
      /start must be a date/,
    ],
    [
      "a blank end",
      serial("2026-10-11"),
      null,
      undefined,
      undefined,
      undefined,
      "#N/A",
      /end is required/,
    ],
    ["serial 60", 60, 61, undefined, undefined, undefined, "#VALUE!", /1900-02-29/],
    [
      "a bad weekend",
      serial("2026-10-01"),
      serial("2026-10-11"),
      undefined,
      undefined,
      "weekends",
      "#VALUE!",
      /7-character mask/,
    ],
    [
      "no working weekday",
      serial("2026-10-01"),
      serial("2026-10-11"),
      undefined,
      undefined,
      "1111111",
      "#VALUE!",
      /no working day/,
    ],
    [
      "a word in the holiday list",
      serial("2026-10-01"),
      serial("2026-10-11"),
      [["National Day"]],
      undefined,
      undefined,
      "#VALUE!",
      /"National Day" is not a date/,
    ],
    [
      "a date both holiday and make-up day",
      serial("2026-10-01"),
      serial("2026-10-11"),
      column("2026-10-10"),
      makeUp,
      undefined,
      "#VALUE!",
      /2026-10-10 is listed both/,
    ],
  ])(
    "answers %s with %s and a message that says what to fix",
    (_n, s, e, h, w, wk, code, message) => {
      const r = workdays(s, e, h as never, w as never, wk) as unknown as {
        code: string;
        message: string;
      };
      expect(r.code).toBe(code);
      expect(r.message).toMatch(message);
    }
  );
});
