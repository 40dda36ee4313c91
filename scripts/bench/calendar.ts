import { countWorkdays, dayFromYmd, makeCalendar } from "../../src/core/calendar";
import { workdays } from "../../src/functions/impl/workdays";
import type { Scenario } from "./types";

const holidays = Array.from({ length: 30 }, (_, i) => [46023 + i * 11]);
const cal = makeCalendar(
  undefined,
  holidays.map((h) => h[0])
);
const start = dayFromYmd(1950, 1, 1);
const end = dayFromYmd(2100, 12, 31);

export const scenarios: Scenario[] = [
  {
    name: "WORKDAYS over one year with 30 holidays (1,000 calls)",
    iterations: 20,
    items: 1000,
    itemName: "calls",
    run: () => {
      for (let i = 0; i < 1000; i++) workdays(46023, 46387, holidays);
    },
  },
  {
    name: "countWorkdays over 150 years",
    iterations: 200,
    run: () => countWorkdays(cal, start, end),
  },
];
