import { dayToSerial, LAST_SERIAL } from "../../core/calendar";
// Narrow imports: the functions bundle needs the rules, not the table readers and sheet plans.
import {
  DEFAULT_CADENCE,
  makeCadence,
  nextVisitDay,
  type Cadence,
} from "../../core/clients/cadence";
import { readAmount } from "../../core/clients/cells";
import { listLabels, parseRoles, parseTier, roleLabel } from "../../core/clients/labels";
import { missingRoles } from "../../core/clients/relationships";
import { DEFAULT_SHARES, checkShares, rankTiers } from "../../core/clients/tiers";
import type { Role } from "../../core/clients/types";
import { t } from "../../core/i18n";
import { fail, ok, type Result } from "../../core/issues";
import { cells, optionalNumber, single, toDay, toNumber, toText } from "../args";
import { valueOrError } from "../errors";
import { outputLang, uiLang, type OutputLang } from "../lang";

/**
 * A client list is a few thousand rows; past this many cells a whole-column reference
 * (A:A, a million rows) was most likely meant as the table column, and ranking it
 * would only spill a million "C"s.
 */
const MAX_VALUES = 100_000;

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** Excel passes a range as rows of cells; a single value (from a test or a constant) as itself. */
function asGrid(raw: unknown): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  return raw.map((row) => (Array.isArray(row) ? row : [row]));
}

/** CLIENTTIER's rules apart from Excel, so tests and other faces share them. */
export function clientTierResult(
  values: unknown,
  aShare: unknown,
  bShare: unknown
): Result<string[][]> {
  const grid = asGrid(values);
  const count = grid.reduce((n, row) => n + row.length, 0);
  if (count > MAX_VALUES) return fail("arg.tooLarge", { arg: "values", count, max: MAX_VALUES });
  const a = optionalNumber("a_share", aShare, DEFAULT_SHARES.a, { min: 0, max: 1 });
  if (!a.ok) return a;
  const b = optionalNumber("b_share", bShare, DEFAULT_SHARES.b, { min: 0, max: 1 });
  if (!b.ok) return b;
  const shares = checkShares({ a: a.value, b: b.value });
  if (!shares.ok) return shares;

  const flat: (number | undefined)[] = [];
  for (const c of cells(grid)) {
    const index = flat.length + 1;
    if (typeof c === "object" && c !== null)
      return fail("arg.errorValue", { arg: `values (cell ${index})` });
    if (typeof c === "boolean")
      return fail("clients.valuesCell", { index, value: String(c).toUpperCase() });
    const amount = readAmount(c as string | number | null | undefined);
    if (!amount.ok) return fail("clients.valuesCell", { index, value: String(c) });
    flat.push(amount.value);
  }
  if (grid.every((row) => row.every(isBlank))) {
    // A wholly blank range is most likely a wrong reference, not a list of clients without revenue.
    return fail("arg.required", { arg: "values" }, "na");
  }
  const tiers = rankTiers(flat, shares.value);
  let i = 0;
  return ok(grid.map((row) => row.map(() => tiers[i++])));
}

/** SALES.CLIENTTIER: the contract is the JSDoc of the registered wrapper in ../clients.ts. */
export function clientTier(
  values: any[][],
  a_share?: any,
  b_share?: any
): string[][] | CustomFunctions.Error {
  return valueOrError(clientTierResult(values, a_share, b_share), uiLang());
}

/** A cadence argument: blank → the defaults; one number → that many days for every tier; 3 or 4 cells → A, B, C (, new). */
function cadenceArg(raw: unknown): Result<Cadence> {
  const given = cells(raw).filter((c) => !isBlank(c));
  if (given.length === 0) return ok(DEFAULT_CADENCE);
  const days: number[] = [];
  for (const c of given) {
    const n = toNumber("cadence", c, { integer: true, min: 1 });
    if (!n.ok) return n;
    days.push(n.value);
  }
  if (days.length === 1) return makeCadence({ A: days[0], B: days[0], C: days[0], new: days[0] });
  if (days.length === 3 || days.length === 4) {
    return makeCadence({
      A: days[0],
      B: days[1],
      C: days[2],
      ...(days.length === 4 ? { new: days[3] } : {}),
    });
  }
  return fail("clients.cadenceShape", { count: days.length });
}

/** NEXTVISIT's rules apart from Excel. */
export function nextVisitResult(
  lastVisit: unknown,
  tier: unknown,
  cadence: unknown
): Result<number> {
  if (isBlank(single(lastVisit))) return fail("clients.noLastVisit", undefined, "na");
  const last = toDay("last_visit", lastVisit);
  if (!last.ok) return last;
  const tierText = toText("tier", tier);
  if (!tierText.ok) return tierText;
  const parsed = parseTier(tierText.value);
  if (parsed === undefined) return fail("clients.unknownTier", { value: tierText.value });
  const c = cadenceArg(cadence);
  if (!c.ok) return c;
  // The as-of day only matters for a client never visited, which was refused above.
  const serial = dayToSerial(nextVisitDay(last.value, parsed, last.value, c.value));
  if (serial > LAST_SERIAL) return fail("arg.dateOutOfRange", { arg: "last_visit", value: serial });
  return ok(serial);
}

/** SALES.NEXTVISIT: the contract is the JSDoc of the registered wrapper in ../clients.ts. */
export function nextVisit(
  last_visit: any,
  tier: any,
  cadence?: any
): number | CustomFunctions.Error {
  return valueOrError(nextVisitResult(last_visit, tier, cadence), uiLang());
}

/** Key-language answer when every role is covered, for formulas that compare results. */
export const ALL_COVERED_KEY = "all-covered";

/** ROLECOVERAGE's rules apart from Excel. */
export function roleCoverageResult(roles: unknown, lang: OutputLang): Result<string> {
  const found: Role[] = [];
  for (const c of cells(roles)) {
    if (isBlank(c)) continue;
    const text = toText("roles", c);
    if (!text.ok) return text;
    const parsed = parseRoles(text.value);
    if (parsed.unknown.length > 0) return fail("clients.unknownRole", { value: parsed.unknown[0] });
    found.push(...parsed.roles);
  }
  const missing = missingRoles(found);
  if (missing.length === 0)
    return ok(lang === "key" ? ALL_COVERED_KEY : t(lang, "clients.allCovered"));
  return ok(
    listLabels(
      missing.map((r) => roleLabel(r, lang)),
      lang
    )
  );
}

/** SALES.ROLECOVERAGE: the contract is the JSDoc of the registered wrapper in ../clients.ts. */
export function roleCoverage(roles: any[][], language?: any): string | CustomFunctions.Error {
  const lang = outputLang(single(language));
  if (!lang.ok) return valueOrError(lang, uiLang());
  return valueOrError(
    roleCoverageResult(roles, lang.value),
    lang.value === "key" ? uiLang() : lang.value
  );
}
