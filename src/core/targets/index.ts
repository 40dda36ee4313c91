export * from "./types";
export {
  breakDown,
  splitAmount,
  readUnit,
  unitsToAmount,
  amountToUnits,
  periodsOf,
  UNITS,
} from "./breakdown";
export { amendCalendar } from "./calendar";
export {
  planPeriod,
  yearPlan,
  monthKey,
  quarterKey,
  weekKey,
  PLAN_MONTHS,
  type PlanPeriod,
} from "./period";
export { parsePeriod, periodsOfKind, periodContaining, pace, PERIOD_CHOICES } from "./queries";
export { largestRemainder, roundTable } from "./rounding";
export { readShares, showPercent, MAX_CELLS, type Split, type SplitKind } from "./shares";
export { MAX_UNITS } from "./intmath";
export {
  buildTargetsPlan,
  dayTable,
  paramRows,
  amountFormat,
  targetsLayout,
  TARGETS_SHEET,
  PARAMS_TABLE,
  MONTHS_TABLE,
  DAYS_TABLE,
  PARAM_KEYS,
  type ParamKey,
  type TargetsLayout,
} from "./plan";
