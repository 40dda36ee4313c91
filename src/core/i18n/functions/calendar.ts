import type { FunctionTexts } from "./types";

export const calendarFunctions: FunctionTexts = {
  WORKDAYS: {
    description: {
      en: "Counts the working days from start to end, both included, on a calendar with holidays and make-up working days (调休).",
      "zh-Hans": "计算从开始日期到结束日期(含首尾)的工作日天数,可计入节假日和调休上班日。",
      "zh-Hant": "計算從開始日期到結束日期(含首尾)的工作日天數,可計入假日與補班日。",
    },
    params: {
      start: {
        en: "First date, included.",
        "zh-Hans": "开始日期(含)。",
        "zh-Hant": "開始日期(含)。",
      },
      end: {
        en: "Last date, included. Before start gives a negative count, as NETWORKDAYS does.",
        "zh-Hans": "结束日期(含)。早于开始日期时结果为负数,与 NETWORKDAYS 相同。",
        "zh-Hant": "結束日期(含)。早於開始日期時結果為負數,與 NETWORKDAYS 相同。",
      },
      holidays: {
        en: "Range of dates that are not worked.",
        "zh-Hans": "不上班的节假日区域。",
        "zh-Hant": "不上班的假日範圍。",
      },
      workdays: {
        en: "Range of make-up working days, worked even on a weekend.",
        "zh-Hans": "调休上班日区域,即使是周末也上班。",
        "zh-Hant": "補班日範圍,即使是週末也上班。",
      },
      weekend: {
        en: 'Weekend as a 7-character mask from Monday ("0000011" = Saturday and Sunday off) or a NETWORKDAYS.INTL weekend number. Default: Saturday and Sunday.',
        "zh-Hans":
          '周末:从周一开始的 7 位掩码("0000011" 表示周六周日休息)或 NETWORKDAYS.INTL 的周末编号。默认周六周日。',
        "zh-Hant":
          '週末:從週一開始的 7 位遮罩("0000011" 表示週六週日休息)或 NETWORKDAYS.INTL 的週末編號。預設週六週日。',
      },
    },
    example:
      "=SALES.WORKDAYS(DATE(2026,9,28), DATE(2026,10,11), Holidays[Date], MakeUpDays[Date]) → 6",
  },
};
