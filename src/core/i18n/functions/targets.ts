import type { FunctionTexts } from "./types";

const calendarParams = {
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
} as const;

const weights = {
  en: 'Blank: even per working day. "month": even per month. Twelve monthly amounts (e.g. last year\'s sales) for seasonality, or two columns of dates and weights.',
  "zh-Hans":
    '留空:每个工作日平均。"month":每月平均。12 个月度金额(如去年各月销售额)体现季节性,或日期与权重两列。',
  "zh-Hant":
    '留空:每個工作日平均。"month":每月平均。12 個月度金額(如去年各月銷售額)反映季節性,或日期與權重兩欄。',
} as const;

export const targetsFunctions: FunctionTexts = {
  TARGETSPLIT: {
    description: {
      en: "Breaks an annual target into quarters, months, weeks or days on a working calendar. Spills one row per period: start date, end date, working days, target. Format the two date columns as dates.",
      "zh-Hans":
        "按工作日历将年度目标分解到季度、月、周或日。每个期间溢出一行:开始日期、结束日期、工作日天数、目标。请将两列日期设置为日期格式。",
      "zh-Hant":
        "依工作行事曆將年度目標分解到季度、月、週或日。每個期間溢出一列:開始日期、結束日期、工作日天數、目標。請將兩欄日期設為日期格式。",
    },
    params: {
      annual: {
        en: "Annual target in whole currency units.",
        "zh-Hans": "年度目标,以整数货币单位计。",
        "zh-Hant": "年度目標,以整數貨幣單位計。",
      },
      start: {
        en: "First day of the plan, the first of any month (fiscal years too), or a year such as 2026.",
        "zh-Hans": "计划的第一天,须为某月 1 日(财年亦可),或填年份如 2026。",
        "zh-Hant": "計畫的第一天,須為某月 1 日(會計年度亦可),或填年份如 2026。",
      },
      period: {
        en: '"quarter", "month" (default), "week" or "day"; also 季度, 月, 周 or 週, 日.',
        "zh-Hans": '"quarter"、"month"(默认)、"week" 或 "day";也可写 季度、月、周、日。',
        "zh-Hant": '"quarter"、"month"(預設)、"week" 或 "day";也可寫 季度、月、週、日。',
      },
      weights,
      ...calendarParams,
    },
    example:
      '=SALES.TARGETSPLIT(5880000, DATE(2026,1,1), "quarter", , Holidays[Date], MakeUpDays[Date]) → 4 rows × 4 columns',
  },
  TARGETFOR: {
    description: {
      en: "The target of the day, week, month or quarter containing a date, with the annual target spread over the working days of that date's calendar year.",
      "zh-Hans": "返回某日期所在日、周、月或季度的目标;年度目标按该日期所在自然年的工作日分配。",
      "zh-Hant": "傳回某日期所在日、週、月或季度的目標;年度目標依該日期所在曆年的工作日分配。",
    },
    params: {
      annual: {
        en: "Annual target for the calendar year of date, in whole currency units.",
        "zh-Hans": "该日期所在自然年的年度目标,以整数货币单位计。",
        "zh-Hant": "該日期所在曆年的年度目標,以整數貨幣單位計。",
      },
      date: {
        en: "A date in the plan year, e.g. TODAY().",
        "zh-Hans": "计划年度内的日期,如 TODAY()。",
        "zh-Hant": "計畫年度內的日期,如 TODAY()。",
      },
      period: {
        en: '"day" (default), "week", "month" or "quarter"; also 日, 周 or 週, 月, 季度.',
        "zh-Hans": '"day"(默认)、"week"、"month" 或 "quarter";也可写 日、周、月、季度。',
        "zh-Hant": '"day"(預設)、"week"、"month" 或 "quarter";也可寫 日、週、月、季度。',
      },
      weights,
      ...calendarParams,
    },
    example:
      '=SALES.TARGETFOR(5880000, TODAY(), "month", , Holidays[Date], MakeUpDays[Date]) → this month\'s target',
  },
  MARKETSPLIT: {
    description: {
      en: "Splits an amount by shares (percentages or fractions adding up to 100%) into parts that add back to the amount exactly.",
      "zh-Hans": "按占比(合计 100% 的百分数或小数)拆分金额,各部分相加恰好等于原金额。",
      "zh-Hant": "依占比(合計 100% 的百分數或小數)拆分金額,各部分相加恰好等於原金額。",
    },
    params: {
      amount: {
        en: "Amount to split, a multiple of unit.",
        "zh-Hans": "要拆分的金额,须为取整单位的整数倍。",
        "zh-Hant": "要拆分的金額,須為進位單位的整數倍。",
      },
      shares: {
        en: "Shares as one column or row of numbers, or two columns: name and share.",
        "zh-Hans": "占比:一列或一行数字,或名称与占比两列。",
        "zh-Hant": "占比:一欄或一列數字,或名稱與占比兩欄。",
      },
      unit: {
        en: "Rounding unit: 1 (default), 0.01, 0.1, 10, 100 or 1000.",
        "zh-Hans": "取整单位:1(默认)、0.01、0.1、10、100 或 1000。",
        "zh-Hant": "進位單位:1(預設)、0.01、0.1、10、100 或 1000。",
      },
    },
    example: "=SALES.MARKETSPLIT(5880000, {50;40;10}) → {2940000;2352000;588000}",
  },
  PACE: {
    description: {
      en: "Time-progress attainment (时间进度): actual ÷ (target × share of working days elapsed from start to asOf). 1 means exactly on pace.",
      "zh-Hans":
        "时间进度达成率:实际完成 ÷(目标 × 从开始日期到计算日已过工作日占比)。1 表示正好符合进度。",
      "zh-Hant":
        "時間進度達成率:實際達成 ÷(目標 × 從開始日期到計算日已過工作日占比)。1 表示正好符合進度。",
    },
    params: {
      target: {
        en: "Target for the period from start to end.",
        "zh-Hans": "开始至结束期间的目标。",
        "zh-Hant": "開始至結束期間的目標。",
      },
      actual: {
        en: "Amount achieved so far.",
        "zh-Hans": "目前已完成的金额。",
        "zh-Hant": "目前已達成的金額。",
      },
      start: {
        en: "First day of the period.",
        "zh-Hans": "期间的第一天。",
        "zh-Hant": "期間的第一天。",
      },
      end: {
        en: "Last day of the period.",
        "zh-Hans": "期间的最后一天。",
        "zh-Hant": "期間的最後一天。",
      },
      asOf: {
        en: "Day to measure on, included; default today. Give TODAY() to recalculate every day.",
        "zh-Hans": "计算日(含当天),默认今天。填 TODAY() 可每天自动重算。",
        "zh-Hant": "計算日(含當天),預設今天。填 TODAY() 可每天自動重算。",
      },
      holidays: calendarParams.holidays,
      workdays: calendarParams.workdays,
    },
    example:
      "=SALES.PACE(220000, 130000, DATE(2026,1,1), DATE(2026,1,31), DATE(2026,1,16)) → 1.083 (12 of 22 working days passed)",
  },
};
