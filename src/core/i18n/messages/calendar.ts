import type { MessageTable } from "../lang";

/** Messages of the calendar: weekends, holidays and make-up working days. */
export const calendar = {
  en: {
    "calendar.weekendInvalid":
      'weekend must be a 7-character mask of 0 and 1 starting on Monday ("0000011" = Saturday and Sunday off) or a weekend number 1–7 or 11–17; got "{value}".',
    "calendar.weekendAllOff":
      'weekend "{value}" leaves no working day in the week; keep at least one 0.',
    "calendar.phantomDate":
      "{arg} is serial 60, Excel's 1900-02-29, a day that never existed; use 59 or 61.",
    "calendar.badListDate":
      '{arg}: "{value}" is not a date; list dates as date cells or as YYYY-MM-DD.',
    "calendar.conflict":
      "{date} is listed both as a holiday and as a make-up working day; remove it from one of the lists.",
  },
  "zh-Hans": {
    "calendar.weekendInvalid":
      'weekend 必须是由 0 和 1 组成、从周一开始的 7 位字符("0000011" 表示周六周日休息),或周末编号 1–7、11–17;当前为“{value}”。',
    "calendar.weekendAllOff": "weekend“{value}”一周内没有工作日,请至少保留一个 0。",
    "calendar.phantomDate": "{arg} 为序列号 60,即 Excel 中并不存在的 1900-02-29;请使用 59 或 61。",
    "calendar.badListDate": "{arg}:“{value}”不是日期;请填写日期单元格或 YYYY-MM-DD 格式。",
    "calendar.conflict": "{date} 同时出现在节假日和调休上班日列表中,请从其中一个列表删除。",
  },
  "zh-Hant": {
    "calendar.weekendInvalid":
      'weekend 必須是由 0 和 1 組成、從週一開始的 7 位字元("0000011" 表示週六週日休息),或週末編號 1–7、11–17;目前為「{value}」。',
    "calendar.weekendAllOff": "weekend「{value}」一週內沒有工作日,請至少保留一個 0。",
    "calendar.phantomDate": "{arg} 為序列值 60,即 Excel 中並不存在的 1900-02-29;請使用 59 或 61。",
    "calendar.badListDate": "{arg}:「{value}」不是日期;請填寫日期儲存格或 YYYY-MM-DD 格式。",
    "calendar.conflict": "{date} 同時出現在假日與補班日清單中,請從其中一個清單刪除。",
  },
} satisfies MessageTable<string>;
