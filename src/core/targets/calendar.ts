import { findConflict, isoDate, makeCalendar, type Day, type WorkCalendar } from "../calendar";
import { fail, ok, type Result } from "../issues";

/**
 * A working calendar from a weekend, an optional built-in list (the China preset) and
 * the user's own lists. The user's lists win over the built-in one: a company that
 * works on an official holiday lists it as a working day, one that closes on a
 * make-up Saturday lists it as a holiday. A date in both of the user's own lists is
 * a contradiction only the user can resolve.
 */
export function amendCalendar(
  weekend: readonly boolean[] | undefined,
  preset: { readonly holidays: readonly Day[]; readonly workdays: readonly Day[] } | undefined,
  holidays: readonly Day[] = [],
  workdays: readonly Day[] = []
): Result<WorkCalendar> {
  const own = makeCalendar(weekend, holidays, workdays);
  const clash = findConflict(own);
  if (clash !== undefined) return fail("calendar.conflict", { date: isoDate(clash) });
  if (!preset) return ok(own);
  const off = new Set([...preset.holidays.filter((d) => !own.workdays.has(d)), ...holidays]);
  const on = new Set([...preset.workdays.filter((d) => !own.holidays.has(d)), ...workdays]);
  return ok(makeCalendar(weekend, off, on));
}
