import {
  dayFromYmd,
  isoDate,
  isoWeekday,
  parseIsoDate,
  SAT_SUN,
  ymdOf,
  type Day,
} from "../../../core/calendar";
import { chinaCalendar, type HolidayLists } from "../../../core/calendar/china";
import type { Lang } from "../../../core/i18n";
import type { Issue } from "../../../core/issues";
import {
  amendCalendar,
  breakDown,
  planPeriod,
  readShares,
  readUnit,
  PARAM_KEYS,
  type Breakdown,
  type ParamKey,
  type PlanPeriod,
  type ShareInput,
  type SplitKind,
  type WeightSpec,
} from "../../../core/targets";
import type { ReadValue } from "../../../excel/types";
import { parseAmount, parseShare, parseYear } from "./parse";
import { cellDay } from "./selection";

/**
 * The Targets form as the user sees it (text as typed), how it is checked field by
 * field, and how it is stored with the workbook so the next open shows it again.
 */

export type WeightKind = "workday" | "month" | "monthly";

/** Weekends people ask for; anything else is picked day by day. Masks are Monday first, 1 = off. */
export const WEEKEND_PRESETS = {
  satSun: "0000011",
  sun: "0000001",
  friSat: "0000110",
  fri: "0000100",
} as const;
export type WeekendPreset = keyof typeof WEEKEND_PRESETS | "custom";

/** Rounding units offered in the pane (core also accepts 0.1 and 10, kept when read back). */
export const UNIT_CHOICES: readonly number[] = [1, 0.01, 100, 1000];

/** A list of dates picked from the sheet. */
export interface DateList {
  readonly dates: readonly Day[];
  /** Where they were read, "Holidays!A2:A30"; absent when none were picked. */
  readonly from?: string;
  /** Cells of that selection that held no date. */
  readonly bad: readonly string[];
}

export interface ShareRow {
  /** Stable React key; rows are added and removed in the middle. */
  readonly id: number;
  readonly name: string;
  readonly share: string;
}

/** What the last "From selection" for monthly weights found (shown, not stored). */
export interface AmountsRead {
  readonly from: string;
  readonly count: number;
  readonly bad: readonly string[];
}

/** The working calendar part of the form. */
export interface CalendarForm {
  /** Monday first; true = day off. */
  readonly weekend: readonly boolean[];
  /** The user chose "Other days…", so the day toggles show whatever the mask is. */
  readonly customWeekend: boolean;
  readonly china: boolean;
  readonly holidays: DateList;
  readonly workdays: DateList;
}

/** How the year is spread. */
export interface WeightsForm {
  readonly kind: WeightKind;
  /** Twelve amounts as typed, in plan order; blank counts as 0. */
  readonly monthly: readonly string[];
  readonly read?: AmountsRead;
}

/**
 * The form, in groups: each section of the view gets its own group, so a keystroke in
 * one section leaves the others' objects (and renders) alone.
 */
export interface TargetsForm {
  readonly annual: string;
  readonly year: string;
  /** 1 = January: a calendar year; any other month starts a fiscal year. */
  readonly firstMonth: number;
  readonly unit: number;
  readonly calendar: CalendarForm;
  readonly weights: WeightsForm;
  readonly markets: readonly ShareRow[];
  readonly tiers: readonly ShareRow[];
}

export const NO_DATES: DateList = { dates: [], bad: [] };

/**
 * Plans are made ahead: from October on, the year being planned is usually the next
 * one (budgets are set in the last quarter).
 */
const PLAN_NEXT_YEAR_FROM_MONTH = 10;

export function defaultForm(lang: Lang, now: Date): TargetsForm {
  const year = now.getFullYear() + (now.getMonth() + 1 >= PLAN_NEXT_YEAR_FROM_MONTH ? 1 : 0);
  return {
    annual: "",
    year: String(year),
    firstMonth: 1,
    unit: 1,
    calendar: {
      weekend: [...SAT_SUN],
      customWeekend: false,
      // Simplified Chinese readers are mostly in mainland China, where a plan that ignores
      // the official holidays is wrong by about ten days a year; the switch is right there.
      china: lang === "zh-Hans",
      holidays: NO_DATES,
      workdays: NO_DATES,
    },
    weights: { kind: "workday", monthly: Array.from({ length: 12 }, () => "") },
    markets: [],
    tiers: [],
  };
}

export function maskOf(weekend: readonly boolean[]): string {
  return weekend.map((off) => (off ? "1" : "0")).join("");
}

export function presetOf(cal: CalendarForm): WeekendPreset {
  if (cal.customWeekend) return "custom";
  const mask = maskOf(cal.weekend);
  const hit = (Object.keys(WEEKEND_PRESETS) as (keyof typeof WEEKEND_PRESETS)[]).find(
    (k) => WEEKEND_PRESETS[k] === mask
  );
  return hit ?? "custom";
}

let nextRowId = 1;
export function newRow(name = "", share = ""): ShareRow {
  return { id: nextRowId++, name, share };
}

// ---- checking ----

export type FieldKey =
  | "annual"
  | "year"
  | "unit"
  | "weekend"
  | "china"
  | "workdays"
  | "weights"
  | "markets"
  | "tiers"
  | "general";

/** Order in which problems are named beside the disabled action (top of the form first). */
const FIELD_ORDER: readonly FieldKey[] = [
  "annual",
  "year",
  "unit",
  "weekend",
  "china",
  "workdays",
  "weights",
  "markets",
  "tiers",
  "general",
];

export interface FormCheck {
  readonly issues: Partial<Record<FieldKey, Issue>>;
  /** The first problem, for the reason beside the disabled action. */
  readonly first?: Issue;
  readonly annual?: number;
  readonly period?: PlanPeriod;
  /** Weekdays off and weekend days worked that the China calendar brings into the plan. */
  readonly china?: { readonly holidays: number; readonly workdays: number };
  readonly breakdown?: Breakdown;
}

const issue = (code: string, params?: Issue["params"]): Issue => ({ code, params });

/** Which field a core issue is about, so it shows under that field. */
export function fieldOf(code: string): FieldKey {
  if (code.startsWith("targets.annual")) return "annual";
  if (code === "targets.unitInvalid") return "unit";
  if (code.startsWith("targets.market")) return "markets";
  if (code.startsWith("targets.tier") || code === "targets.tooManyCells") return "tiers";
  if (/^targets\.(weight|monthNoWorkday|dateOutsidePlan)/.test(code)) return "weights";
  if (code === "targets.noWorkingDays") return "weekend";
  if (code === "calendar.chinaNotCovered") return "china";
  if (code.startsWith("calendar.")) return "workdays";
  return "general";
}

/** Rows the user filled in; a row left entirely blank (just added) is not a market yet. */
export function sharesOf(rows: readonly ShareRow[]): ShareInput[] {
  return rows
    .filter((r) => r.name.trim() !== "" || r.share.trim() !== "")
    .map((r) => ({ name: r.name, share: parseShare(r.share) }));
}

export function checkShares(kind: SplitKind, rows: readonly ShareRow[]): Issue | undefined {
  const shares = sharesOf(rows);
  if (shares.length === 0) return undefined;
  const r = readShares(kind, shares);
  return r.ok ? undefined : r.issue;
}

function weightSpec(weights: WeightsForm, period: PlanPeriod): WeightSpec | Issue {
  if (weights.kind !== "monthly") return { kind: weights.kind };
  const amounts: number[] = [];
  for (const [i, text] of weights.monthly.entries()) {
    const p = parseAmount(text);
    if (p.kind === "invalid")
      return issue("targets.weightNotNumber", { what: period.months[i].key, value: text });
    amounts.push(p.kind === "number" ? p.value : 0);
  }
  return { kind: "monthly", amounts };
}

/** The China preset's lists for a plan, or why it cannot be used. */
export function chinaLists(period: PlanPeriod): HolidayLists | Issue {
  const r = chinaCalendar(period.start, period.end);
  return r.ok ? r.value : r.issue;
}

const isIssue = (x: object): x is Issue => "code" in x;

/**
 * Checks the form field by field, so that every field with a problem says so at once,
 * and, when all are fine, breaks the target down (a few milliseconds), which finds
 * the problems only the whole input shows (a month with weight but no working day).
 */
export function checkForm(form: TargetsForm): FormCheck {
  const issues: Partial<Record<FieldKey, Issue>> = {};
  const out: { -readonly [K in keyof FormCheck]?: FormCheck[K] } = {};

  const annual = parseAmount(form.annual);
  if (annual.kind === "empty") issues.annual = issue("targets.view.annualMissing");
  else if (annual.kind === "invalid")
    issues.annual = issue("targets.annualNotNumber", { value: form.annual.trim() });
  else out.annual = annual.value;

  const year = parseYear(form.year);
  if (year === undefined) issues.year = issue("targets.view.yearInvalid");
  else {
    const p = planPeriod(dayFromYmd(year, form.firstMonth, 1));
    if (p.ok) out.period = p.value;
    else issues.year = p.issue;
  }

  if (readUnit(form.unit) === undefined)
    issues.unit = issue("targets.unitInvalid", {
      value: String(form.unit),
      units: UNIT_CHOICES.join(", "),
    });

  const cal = form.calendar;
  const workWeek = cal.weekend.some((off) => !off);
  if (!workWeek) issues.weekend = issue("targets.view.weekendAllOff");

  let preset: HolidayLists | undefined;
  if (cal.china && out.period) {
    const lists = chinaLists(out.period);
    if (isIssue(lists)) issues.china = lists;
    else {
      preset = lists;
      out.china = {
        holidays: lists.holidays.filter((d) => !cal.weekend[isoWeekday(d) - 1]).length,
        workdays: lists.workdays.filter((d) => cal.weekend[isoWeekday(d) - 1]).length,
      };
    }
  }
  const calendar = amendCalendar(cal.weekend, preset, cal.holidays.dates, cal.workdays.dates);
  if (!calendar.ok) issues.workdays = calendar.issue;

  const weights = out.period ? weightSpec(form.weights, out.period) : undefined;
  if (weights && isIssue(weights)) issues.weights = weights;

  const markets = checkShares("market", form.markets);
  if (markets) issues.markets = markets;
  const tiers = checkShares("tier", form.tiers);
  if (tiers) issues.tiers = tiers;

  if (Object.keys(issues).length === 0 && out.annual !== undefined && out.period && calendar.ok) {
    const b = breakDown({
      annual: out.annual,
      start: out.period.start,
      unit: form.unit,
      calendar: calendar.value,
      calendarName: cal.china ? "CN" : undefined,
      weights: weights as WeightSpec,
      markets: sharesOf(form.markets),
      tiers: sharesOf(form.tiers),
    });
    if (b.ok) out.breakdown = b.value;
    else issues[fieldOf(b.issue.code)] = b.issue;
  }
  const first = FIELD_ORDER.map((k) => issues[k]).find((i) => i !== undefined);
  return { ...out, issues, first };
}

// ---- storing with the workbook ----

/** Workbook setting that holds the parameters of the last write. */
export const PARAMS_SETTING = "targets.params";

/** The parameters as stored (JSON in the workbook's settings); `version` guards future changes. */
export interface SavedTargets {
  readonly version: 1;
  readonly annual: number;
  /** ISO date of the plan's first day. */
  readonly start: string;
  readonly unit: number;
  /** Monday first, 1 = off. */
  readonly weekend: string;
  readonly china: boolean;
  /** The user's own lists (the China preset is not copied in). */
  readonly holidays: readonly string[];
  readonly workdays: readonly string[];
  readonly holidaysFrom?: string;
  readonly workdaysFrom?: string;
  readonly weights: "workday" | "month" | readonly number[];
  readonly markets: readonly { readonly name: string; readonly share: number }[];
  readonly tiers: readonly { readonly name: string; readonly share: number }[];
}

/** The parameters of a successful breakdown, with the form's own lists. */
export function toSaved(form: TargetsForm, b: Breakdown): SavedTargets {
  const w = b.weights;
  return {
    version: 1,
    annual: b.annual,
    start: isoDate(b.start),
    unit: b.unit,
    weekend: maskOf(b.calendar.weekend),
    china: b.calendarName === "CN",
    holidays: form.calendar.holidays.dates.map(isoDate),
    workdays: form.calendar.workdays.dates.map(isoDate),
    ...(form.calendar.holidays.from ? { holidaysFrom: form.calendar.holidays.from } : {}),
    ...(form.calendar.workdays.from ? { workdaysFrom: form.calendar.workdays.from } : {}),
    weights: w.kind === "monthly" ? [...w.amounts] : w.kind === "month" ? "month" : "workday",
    markets: sharesOf(form.markets),
    tiers: sharesOf(form.tiers),
  };
}

/** How the form shows an amount it fills in (the pane's money format for the unit). */
export type AmountText = (amount: number, unit: number) => string;

/** A share as it was typed, without float noise (0.07 read as a fraction is 7.000000000000001). */
const shareText = (n: number) => String(Number(n.toFixed(6)));

interface Parts {
  annual: number;
  start: Day;
  unit: number;
  weekend: readonly boolean[];
  china: boolean;
  holidays: DateList;
  workdays: DateList;
  weights: "workday" | "month" | readonly number[];
  markets: readonly ShareInput[];
  tiers: readonly ShareInput[];
}

function formOf(p: Parts, lang: Lang, amountText: AmountText): TargetsForm {
  const { year, month } = ymdOf(p.start);
  const base = defaultForm(lang, new Date());
  const mask = maskOf(p.weekend);
  return {
    ...base,
    annual: amountText(p.annual, p.unit),
    year: String(year),
    firstMonth: month,
    unit: p.unit,
    calendar: {
      weekend: p.weekend,
      customWeekend: !Object.values(WEEKEND_PRESETS).includes(mask as never),
      china: p.china,
      holidays: p.holidays,
      workdays: p.workdays,
    },
    weights: Array.isArray(p.weights)
      ? { kind: "monthly", monthly: p.weights.map((n: number) => String(n)) }
      : { ...base.weights, kind: p.weights as WeightKind },
    markets: p.markets.map((s) => newRow(s.name, shareText(s.share))),
    tiers: p.tiers.map((s) => newRow(s.name, shareText(s.share))),
  };
}

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

function isoList(x: unknown): Day[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const days = x.map((s) => (typeof s === "string" ? parseIsoDate(s) : undefined));
  return days.every((d) => d !== undefined) ? (days as Day[]) : undefined;
}

function shareList(x: unknown): ShareInput[] | undefined {
  if (!Array.isArray(x)) return undefined;
  const ok = x.every(
    (s) => typeof s === "object" && s !== null && typeof s.name === "string" && isNumber(s.share)
  );
  return ok ? (x as ShareInput[]) : undefined;
}

function weekendOf(x: unknown): boolean[] | undefined {
  // A mask typed over in the sheet may come back as the number 11 for "0000011".
  const text = typeof x === "number" ? String(x).padStart(7, "0") : x;
  return typeof text === "string" && /^[01]{7}$/.test(text) && text !== "1111111"
    ? [...text].map((c) => c === "1")
    : undefined;
}

/** The form from a stored setting; undefined when there is none or it is not one we wrote. */
export function fromSaved(
  raw: unknown,
  lang: Lang,
  amountText: AmountText
): TargetsForm | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const s = raw as Partial<SavedTargets>;
  const start = typeof s.start === "string" ? parseIsoDate(s.start) : undefined;
  const weekend = weekendOf(s.weekend);
  const holidays = isoList(s.holidays);
  const workdays = isoList(s.workdays);
  const markets = shareList(s.markets);
  const tiers = shareList(s.tiers);
  const weights =
    s.weights === "workday" || s.weights === "month"
      ? s.weights
      : Array.isArray(s.weights) && s.weights.length === 12 && s.weights.every(isNumber)
        ? s.weights
        : undefined;
  if (
    s.version !== 1 ||
    !isNumber(s.annual) ||
    start === undefined ||
    !isNumber(s.unit) ||
    !weekend ||
    !holidays ||
    !workdays ||
    !markets ||
    !tiers ||
    weights === undefined
  )
    return undefined;
  return formOf(
    {
      annual: s.annual,
      start,
      unit: s.unit,
      weekend,
      china: s.china === true,
      holidays: { dates: holidays, from: s.holidaysFrom, bad: [] },
      workdays: { dates: workdays, from: s.workdaysFrom, bad: [] },
      weights,
      markets,
      tiers,
    },
    lang,
    amountText
  );
}

/** "主战场=50,副战场=40,海外=10" as the parameters table writes it. */
function splitOf(text: string): ShareInput[] | undefined {
  if (text.trim() === "") return [];
  const parts = text.split(",").map((p) => /^(.*)=([^=]*)$/.exec(p));
  if (parts.some((m) => !m)) return undefined;
  return parts.map((m) => ({ name: m![1], share: Number(m![2]) }));
}

function dayListOf(text: string): Day[] | undefined {
  if (text.trim() === "") return [];
  return isoList(text.split(","));
}

/**
 * The form from the parameters table on the Targets sheet, for a workbook written
 * without the setting (by the command line's --out, or before settings were kept).
 * Its holiday lists include the China preset's days; those are taken out again.
 */
export function fromParamRows(
  rows: readonly (readonly ReadValue[])[],
  lang: Lang,
  amountText: AmountText
): TargetsForm | undefined {
  const value = new Map<ParamKey, ReadValue>();
  for (const row of rows) {
    const key = String(row[0] ?? "").trim() as ParamKey;
    if ((PARAM_KEYS as readonly string[]).includes(key)) value.set(key, row[2] ?? "");
  }
  const text = (k: ParamKey) => String(value.get(k) ?? "");
  const annualRaw = value.get("annual");
  const annual =
    typeof annualRaw === "number"
      ? annualRaw
      : (() => {
          const p = parseAmount(String(annualRaw ?? ""));
          return p.kind === "number" ? p.value : undefined;
        })();
  const start = cellDay(value.get("start") ?? "");
  const unitRaw = value.get("unit");
  const unit = readUnit(typeof unitRaw === "number" ? unitRaw : Number(unitRaw));
  const weekend = weekendOf(value.get("weekend"));
  let holidays = dayListOf(text("holidays"));
  let workdays = dayListOf(text("workdays"));
  const markets = splitOf(text("markets"));
  const tiers = splitOf(text("tiers"));
  const w = text("weights");
  const weights =
    w === "month"
      ? "month"
      : w.startsWith("monthly:")
        ? w.slice(8).split(",").map(Number)
        : "workday";
  if (
    annual === undefined ||
    start === undefined ||
    unit === undefined ||
    !weekend ||
    !holidays ||
    !workdays ||
    !markets ||
    !tiers ||
    (Array.isArray(weights) && (weights.length !== 12 || !weights.every(isNumber)))
  )
    return undefined;
  const china = text("calendar") === "CN";
  const period = planPeriod(start);
  if (china && period.ok) {
    const lists = chinaLists(period.value);
    if (!isIssue(lists)) {
      const off = new Set(lists.holidays);
      const on = new Set(lists.workdays);
      holidays = holidays.filter((d) => !off.has(d));
      workdays = workdays.filter((d) => !on.has(d));
    }
  }
  return formOf(
    {
      annual,
      start,
      unit,
      weekend,
      china,
      holidays: { dates: holidays, bad: [] },
      workdays: { dates: workdays, bad: [] },
      weights,
      markets,
      tiers,
    },
    lang,
    amountText
  );
}
