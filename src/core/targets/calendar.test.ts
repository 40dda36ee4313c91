import { isWorkingDay, parseIsoDate } from "../calendar";
import { amendCalendar } from "./calendar";

const d = (iso: string) => parseIsoDate(iso)!;
const preset = { holidays: [d("2026-10-01"), d("2026-10-02")], workdays: [d("2026-10-10")] };

describe("amending a built-in calendar with the user's own lists", () => {
  it("keeps the built-in days when the user adds nothing", () => {
    const r = amendCalendar(undefined, preset);
    expect(
      r.ok && [isWorkingDay(r.value, d("2026-10-01")), isWorkingDay(r.value, d("2026-10-10"))]
    ).toEqual([false, true]);
  });

  it("lets a user work on an official holiday and close on a make-up Saturday", () => {
    const r = amendCalendar(undefined, preset, [d("2026-10-10")], [d("2026-10-01")]);
    expect(
      r.ok && [isWorkingDay(r.value, d("2026-10-01")), isWorkingDay(r.value, d("2026-10-10"))]
    ).toEqual([true, false]);
  });

  it("adds the user's own holidays (a company anniversary)", () => {
    const r = amendCalendar(undefined, preset, [d("2026-06-08")]);
    expect(r.ok && isWorkingDay(r.value, d("2026-06-08"))).toBe(false);
  });

  it("refuses a date in both of the user's lists", () => {
    const r = amendCalendar(undefined, undefined, [d("2026-06-08")], [d("2026-06-08")]);
    expect(!r.ok && r.issue).toEqual({
      code: "calendar.conflict",
      params: { date: "2026-06-08" },
      kind: "value",
    });
  });
});
