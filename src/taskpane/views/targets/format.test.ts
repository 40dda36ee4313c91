import { dayFromYmd } from "../../../core/calendar";
import { LANGS } from "../../../core/i18n";
import {
  cellList,
  compactMoney,
  dateLabel,
  monthLabel,
  moneyFormat,
  quarterLabel,
  sentence,
  weekdayNames,
  weekLabel,
} from "./format";

describe("showing the targets in the pane's language", () => {
  it.each([
    ["en", "W14", "Q2 2026", "Apr 2026"],
    ["zh-Hans", "第14周", "2026 年第 2 季度", "2026年4月"],
    ["zh-Hant", "第14週", "2026 年第 2 季", "2026年4月"],
  ] as const)("names weeks, quarters and months in %s", (lang, week, quarter, month) => {
    expect(weekLabel(lang, "2026-W14")).toBe(week);
    expect(quarterLabel(lang, "2026-Q2")).toBe(quarter);
    expect(monthLabel(lang, "2026-04")).toBe(month);
  });

  it("shows week 1 without a leading zero", () => {
    expect(weekLabel("en", "2026-W01")).toBe("W1");
  });

  it.each(LANGS)("writes amounts with the unit's decimals in %s", (lang) => {
    expect(moneyFormat(lang, 1)(5_880_000)).toBe("¥5,880,000");
    expect(moneyFormat(lang, 1000)(5_880_000)).toBe("¥5,880,000");
    expect(moneyFormat(lang, 0.01)(5_880_000)).toBe("¥5,880,000.00");
    expect(moneyFormat(lang, 0.01)(0.1)).toBe("¥0.10");
  });

  it.each([
    ["en", "¥5.88M"],
    ["zh-Hans", "¥588万"],
    ["zh-Hant", "¥588萬"],
  ] as const)("says the target the short way in %s", (lang, text) => {
    expect(compactMoney(lang, 5_880_000)).toBe(text);
  });

  it.each([
    ["en", "Mon", "Sun"],
    ["zh-Hans", "周一", "周日"],
    ["zh-Hant", "週一", "週日"],
  ] as const)("lists weekdays Monday first in %s", (lang, first, last) => {
    const names = weekdayNames(lang);
    expect(names).toHaveLength(7);
    expect([names[0], names[6]]).toEqual([first, last]);
  });

  it("shows dates in the reader's locale", () => {
    expect(dateLabel("en", dayFromYmd(2026, 12, 31))).toBe("Dec 31, 2026");
    expect(dateLabel("zh-Hans", dayFromYmd(2026, 12, 31))).toBe("2026年12月31日");
  });

  it("starts a core message as a sentence, and leaves Chinese alone", () => {
    expect(sentence("market shares add up to 97%")).toBe("Market shares add up to 97%");
    expect(sentence("市场占比合计为 97%")).toBe("市场占比合计为 97%");
  });

  it("lists a few cells and counts the rest", () => {
    expect(cellList("en", ["A1", "A5"])).toBe("A1, A5");
    expect(cellList("en", ["A1", "A2", "A3", "A4", "A5", "A6", "A7"])).toBe(
      "A1, A2, A3, A4, A5 and 2 more"
    );
  });
});
