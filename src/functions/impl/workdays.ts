import {
  countWorkdays,
  findConflict,
  isoDate,
  makeCalendar,
  parseWeekend,
} from "../../core/calendar";
import { fail, ok, type Result } from "../../core/issues";
import { single, toDay, toDayList } from "../args";
import { valueOrError } from "../errors";
import { uiLang } from "../lang";

/** WORKDAYS's rules, apart from Excel, so that the CLI, the pane and tests share them. */
export function workdaysResult(
  start: unknown,
  end: unknown,
  holidays: unknown,
  workdays: unknown,
  weekend: unknown
): Result<number> {
  const s = toDay("start", start);
  if (!s.ok) return s;
  const e = toDay("end", end);
  if (!e.ok) return e;
  const h = toDayList("holidays", holidays);
  if (!h.ok) return h;
  const w = toDayList("workdays", workdays);
  if (!w.ok) return w;
  const wk = parseWeekend(single(weekend) as string | number | null | undefined);
  if (!wk.ok) return wk;
  const cal = makeCalendar(wk.value, h.value, w.value);
  const clash = findConflict(cal);
  if (clash !== undefined) return fail("calendar.conflict", { date: isoDate(clash) });
  return ok(countWorkdays(cal, s.value, e.value));
}

/** SALES.WORKDAYS: the contract is the JSDoc of the registered wrapper in ../workdays.ts. */
export function workdays(
  start: any,
  end: any,
  holidays?: any[][],
  workdays?: any[][],
  weekend?: any
): number | CustomFunctions.Error {
  return valueOrError(workdaysResult(start, end, holidays, workdays, weekend), uiLang());
}
