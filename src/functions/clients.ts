import "./runtime-guard";
import { unwrap } from "./unwrap";

/**
 * The clients functions as Excel registers them. Each is a thin async wrapper: the code and
 * words behind it load on first use from ./impl/clients (a chunk of its own), so functions.js
 * stays small however many features and languages are added. The JSDoc here is what
 * custom-functions-metadata-plugin turns into functions.json.
 */
const load = () => import(/* webpackChunkName: "fn-clients" */ "./impl/clients");

/**
 * Ranks clients A, B or C by cumulative share of a value such as revenue: the largest clients making up the first 80% of the total are A, the next 15% B, the rest C. Blank, zero and negative values are C.
 * @customfunction CLIENTTIER
 * @helpurl https://localhost:3000/help.html#clienttier
 * @param values Client values (revenue or potential), one cell per client. Text such as 128万 is read as a number.
 * @param [a_share] Cumulative share of the total that closes tier A, from 0 to 1. Default 0.8.
 * @param [b_share] Cumulative share of the total that closes tier B, at least a_share. Default 0.95.
 * @returns A, B or C for each value, in the shape of values.
 */
export async function clientTier(
  values: any[][],
  a_share?: any,
  b_share?: any
): Promise<string[][]> {
  return unwrap((await load()).clientTier(values, a_share, b_share));
}

/**
 * The date the next visit to a client is due: the last visit plus the days of its tier (A 14, B 30, C 90, new 30), never more than a year. Format the cell as a date.
 * @customfunction NEXTVISIT
 * @helpurl https://localhost:3000/help.html#nextvisit
 * @param last_visit Date of the last visit.
 * @param tier The client's tier: A, B, C or new (新客户).
 * @param [cadence] Days between visits: one number for any tier, or 3 cells with the days for A, B and C (a 4th for new clients). More than 365 counts as 365.
 * @returns The due date as a serial number.
 */
export async function nextVisit(last_visit: any, tier: any, cadence?: any): Promise<number> {
  return unwrap((await load()).nextVisit(last_visit, tier, cadence));
}

/**
 * Which buyer roles of the people chain (receptive, dissatisfied, power) nobody in a range of contacts holds yet, or all covered. Labels may be English, Simplified or Traditional Chinese; separate several roles in one cell with / or 、.
 * @customfunction ROLECOVERAGE
 * @helpurl https://localhost:3000/help.html#rolecoverage
 * @param roles Range of role labels, one cell per contact. Blank cells are skipped.
 * @param [language] Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel's language.
 * @returns The missing roles, or that all are covered.
 */
export async function roleCoverage(roles: any[][], language?: any): Promise<string> {
  return unwrap((await load()).roleCoverage(roles, language));
}
