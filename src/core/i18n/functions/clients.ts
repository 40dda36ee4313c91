import type { FunctionTexts } from "./types";

export const clientsFunctions: FunctionTexts = {
  CLIENTTIER: {
    description: {
      en: "Ranks clients A, B or C by cumulative share of a value such as revenue: the largest clients making up the first 80% of the total are A, the next 15% B, the rest C. Blank, zero and negative values are C.",
      "zh-Hans":
        "按金额(如销售额)的累计占比把客户分为 A、B、C 类:金额最大、合计占总额前 80% 的客户为 A 类,其后 15% 为 B 类,其余为 C 类。空白、零或负数为 C 类。",
      "zh-Hant":
        "依金額(如銷售額)的累計占比將客戶分為 A、B、C 類:金額最大、合計占總額前 80% 的客戶為 A 類,其後 15% 為 B 類,其餘為 C 類。空白、零或負數為 C 類。",
    },
    params: {
      values: {
        en: "Client values (revenue or potential), one cell per client. Text such as 128万 is read as a number.",
        "zh-Hans": "客户金额(销售额或潜力),每个客户一个单元格。128万 这样的文字也按数字读取。",
        "zh-Hant": "客戶金額(銷售額或潛力),每個客戶一個儲存格。128萬 這樣的文字也按數字讀取。",
      },
      a_share: {
        en: "Cumulative share of the total that closes tier A, from 0 to 1. Default 0.8.",
        "zh-Hans": "A 类截止的累计占比,0 到 1 之间。默认 0.8。",
        "zh-Hant": "A 類截止的累計占比,0 到 1 之間。預設 0.8。",
      },
      b_share: {
        en: "Cumulative share of the total that closes tier B, at least a_share. Default 0.95.",
        "zh-Hans": "B 类截止的累计占比,不小于 a_share。默认 0.95。",
        "zh-Hant": "B 類截止的累計占比,不小於 a_share。預設 0.95。",
      },
    },
    example: "=SALES.CLIENTTIER(Clients[Revenue]) → A, A, B, C, … (one per client, spilled down)",
  },
  NEXTVISIT: {
    description: {
      en: "The date the next visit to a client is due: the last visit plus the days of its tier (A 14, B 30, C 90, new 30), never more than a year. Format the cell as a date.",
      "zh-Hans":
        "客户下次应拜访的日期:最后拜访日期加上其等级的间隔天数(A 类 14、B 类 30、C 类 90、新客户 30),最长不超过一年。请将单元格设为日期格式。",
      "zh-Hant":
        "客戶下次應拜訪的日期:最後拜訪日期加上其等級的間隔天數(A 類 14、B 類 30、C 類 90、新客戶 30),最長不超過一年。請將儲存格設為日期格式。",
    },
    params: {
      last_visit: {
        en: "Date of the last visit.",
        "zh-Hans": "最后拜访日期。",
        "zh-Hant": "最後拜訪日期。",
      },
      tier: {
        en: "The client's tier: A, B, C or new (新客户).",
        "zh-Hans": "客户等级:A、B、C 或 new(新客户)。",
        "zh-Hant": "客戶等級:A、B、C 或 new(新客戶)。",
      },
      cadence: {
        en: "Days between visits: one number for any tier, or 3 cells with the days for A, B and C (a 4th for new clients). More than 365 counts as 365.",
        "zh-Hans":
          "拜访间隔天数:一个数字适用于任何等级,或 3 个单元格依次为 A、B、C 类的天数(第 4 个为新客户)。超过 365 按 365 计。",
        "zh-Hant":
          "拜訪間隔天數:一個數字適用於任何等級,或 3 個儲存格依序為 A、B、C 類的天數(第 4 個為新客戶)。超過 365 以 365 計。",
      },
    },
    example: '=SALES.NEXTVISIT(DATE(2026,3,2), "A") → 46097 (2026-03-16)',
  },
  ROLECOVERAGE: {
    description: {
      en: "Which buyer roles of the people chain (receptive, dissatisfied, power) nobody in a range of contacts holds yet, or all covered. Labels may be English, Simplified or Traditional Chinese; separate several roles in one cell with / or 、.",
      "zh-Hans":
        "列出人物链中(接纳者、不满者、权力者)尚无人担任的买方角色,或提示已全部覆盖。角色可用英文、简体或繁体填写;一个单元格有多个角色时用 / 或 、分隔。",
      "zh-Hant":
        "列出人物鏈中(接納者、不滿者、權力者)尚無人擔任的買方角色,或提示已全部覆蓋。角色可用英文、簡體或繁體填寫;一個儲存格有多個角色時用 / 或 、分隔。",
    },
    params: {
      roles: {
        en: "Range of role labels, one cell per contact. Blank cells are skipped.",
        "zh-Hans": "角色区域,每位联系人一个单元格。空白单元格会被跳过。",
        "zh-Hant": "角色範圍,每位聯絡人一個儲存格。空白儲存格會被略過。",
      },
      language: {
        en: 'Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel\'s language.',
        "zh-Hans": '结果的语言:"en"、"zh-Hans"、"zh-Hant" 或 "key"。默认为 Excel 的界面语言。',
        "zh-Hant": '結果的語言:"en"、"zh-Hans"、"zh-Hant" 或 "key"。預設為 Excel 的介面語言。',
      },
    },
    example: '=SALES.ROLECOVERAGE({"接纳者";"不满者"}, "zh-Hans") → 权力者',
  },
};
