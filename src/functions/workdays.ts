import "./runtime-guard";
import { unwrap } from "./unwrap";

/**
 * The workdays functions as Excel registers them. Each is a thin async wrapper: the code and
 * words behind it load on first use from ./impl/workdays (a chunk of its own), so functions.js
 * stays small however many features and languages are added. The JSDoc here is what
 * custom-functions-metadata-plugin turns into functions.json.
 */
const load = () => import(/* webpackChunkName: "fn-workdays" */ "./impl/workdays");

/**
 * Counts the working days from start to end, both included, on a calendar with holidays and make-up working days (调休).
 * @customfunction WORKDAYS
 * @helpurl https://localhost:3000/help.html#workdays
 * @param start First date, included.
 * @param end Last date, included. Before start gives a negative count, as NETWORKDAYS does.
 * @param [holidays] Range of dates that are not worked.
 * @param [workdays] Range of make-up working days, worked even on a weekend.
 * @param [weekend] Weekend as a 7-character mask from Monday ("0000011" = Saturday and Sunday off) or a NETWORKDAYS.INTL weekend number. Default: Saturday and Sunday.
 * @returns The number of working days.
 */
export async function workdays(
  start: any,
  end: any,
  holidays?: any[][],
  workdays?: any[][],
  weekend?: any
): Promise<number> {
  return unwrap((await load()).workdays(start, end, holidays, workdays, weekend));
}
