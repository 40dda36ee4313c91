import "./runtime-guard";
import { unwrap } from "./unwrap";

/**
 * The targets functions as Excel registers them. Each is a thin async wrapper: the code and
 * words behind it load on first use from ./impl/targets (a chunk of its own), so functions.js
 * stays small however many features and languages are added. The JSDoc here is what
 * custom-functions-metadata-plugin turns into functions.json.
 */
const load = () => import(/* webpackChunkName: "fn-targets" */ "./impl/targets");

/**
 * Breaks an annual target into quarters, months, weeks or days on a working calendar. Spills one row per period: start date, end date, working days, target. Format the two date columns as dates.
 * @customfunction TARGETSPLIT
 * @helpurl https://localhost:3000/help.html#targetsplit
 * @param annual Annual target in whole currency units.
 * @param start First day of the plan, the first of any month (fiscal years too), or a year such as 2026.
 * @param [period] "quarter", "month" (default), "week" or "day"; also 季度, 月, 周 or 週, 日.
 * @param [weights] Blank: even per working day. "month": even per month. Twelve monthly amounts (e.g. last year's sales) for seasonality, or two columns of dates and weights.
 * @param [holidays] Range of dates that are not worked.
 * @param [workdays] Range of make-up working days, worked even on a weekend.
 * @param [weekend] Weekend as a 7-character mask from Monday ("0000011" = Saturday and Sunday off) or a NETWORKDAYS.INTL weekend number. Default: Saturday and Sunday.
 * @returns One row per period: start date, end date, working days, target.
 */
export async function targetsplit(
  annual: any,
  start: any,
  period?: any,
  weights?: any[][],
  holidays?: any[][],
  workdays?: any[][],
  weekend?: any
): Promise<number[][]> {
  return unwrap(
    (await load()).targetsplit(annual, start, period, weights, holidays, workdays, weekend)
  );
}

/**
 * The target of the day, week, month or quarter containing a date, with the annual target spread over the working days of that date's calendar year.
 * @customfunction TARGETFOR
 * @helpurl https://localhost:3000/help.html#targetfor
 * @param annual Annual target for the calendar year of date, in whole currency units.
 * @param date A date in the plan year, e.g. TODAY().
 * @param [period] "day" (default), "week", "month" or "quarter"; also 日, 周 or 週, 月, 季度.
 * @param [weights] Blank: even per working day. "month": even per month. Twelve monthly amounts (e.g. last year's sales) for seasonality, or two columns of dates and weights.
 * @param [holidays] Range of dates that are not worked.
 * @param [workdays] Range of make-up working days, worked even on a weekend.
 * @param [weekend] Weekend as a 7-character mask from Monday ("0000011" = Saturday and Sunday off) or a NETWORKDAYS.INTL weekend number. Default: Saturday and Sunday.
 * @returns The target of that period.
 */
export async function targetfor(
  annual: any,
  date: any,
  period?: any,
  weights?: any[][],
  holidays?: any[][],
  workdays?: any[][],
  weekend?: any
): Promise<number> {
  return unwrap(
    (await load()).targetfor(annual, date, period, weights, holidays, workdays, weekend)
  );
}

/**
 * Splits an amount by shares (percentages or fractions adding up to 100%) into parts that add back to the amount exactly.
 * @customfunction MARKETSPLIT
 * @helpurl https://localhost:3000/help.html#marketsplit
 * @param amount Amount to split, a multiple of unit.
 * @param shares Shares as one column or row of numbers, or two columns: name and share.
 * @param [unit] Rounding unit: 1 (default), 0.01, 0.1, 10, 100 or 1000.
 * @returns The part for each share, in the same order.
 */
export async function marketsplit(amount: any, shares: any[][], unit?: any): Promise<number[][]> {
  return unwrap((await load()).marketsplit(amount, shares, unit));
}

/**
 * Time-progress attainment (时间进度): actual ÷ (target × share of working days elapsed from start to asOf). 1 means exactly on pace.
 * @customfunction PACE
 * @helpurl https://localhost:3000/help.html#pace
 * @param target Target for the period from start to end.
 * @param actual Amount achieved so far.
 * @param start First day of the period.
 * @param end Last day of the period.
 * @param [asOf] Day to measure on, included; default today. Give TODAY() to recalculate every day.
 * @param [holidays] Range of dates that are not worked.
 * @param [workdays] Range of make-up working days, worked even on a weekend.
 * @returns Attainment against time progress; 1 is on pace.
 */
export async function pace(
  target: any,
  actual: any,
  start: any,
  end: any,
  asOf?: any,
  holidays?: any[][],
  workdays?: any[][]
): Promise<number> {
  return unwrap((await load()).pace(target, actual, start, end, asOf, holidays, workdays));
}
