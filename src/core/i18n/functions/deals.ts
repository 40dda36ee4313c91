import type { FunctionTexts } from "./types";

const NOTE = {
  en: "A note, or a range of notes: each row is one note (e.g. notes and feedback side by side). Blank rows give #N/A.",
  "zh-Hans": "一条记录,或记录区域:每行算一条记录(如并排的拜访内容和客户反馈)。空白行返回 #N/A。",
  "zh-Hant": "一則紀錄,或紀錄範圍:每列算一則紀錄(如並排的拜訪內容和客戶回饋)。空白列傳回 #N/A。",
};

const LANGUAGE = {
  en: 'Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel\'s language.',
  "zh-Hans": '结果的语言:"en"、"zh-Hans"、"zh-Hant" 或 "key"。默认为 Excel 的界面语言。',
  "zh-Hant": '結果的語言:"en"、"zh-Hans"、"zh-Hant" 或 "key"。預設為 Excel 的介面語言。',
};

export const dealsFunctions: FunctionTexts = {
  BUYSTAGE: {
    description: {
      en: "The buying stage a note shows the customer to be in (problem, pain, goal, requirements, measures, solution, value, risk, cost). Give a column of notes for one answer per row; the cells of a row are read together as one note.",
      "zh-Hans":
        "根据记录判断客户所处的采购阶段(问题、痛苦、目标、要求、措施、方案、价值、风险、成本)。给一列记录则每行一个结果;同一行的几个单元格合起来算一条记录。",
      "zh-Hant":
        "依紀錄判斷客戶所處的採購階段(問題、痛苦、目標、要求、措施、方案、價值、風險、成本)。給一欄紀錄則每列一個結果;同一列的幾個儲存格合起來算一則紀錄。",
    },
    params: { note: NOTE, language: LANGUAGE },
    example: '=SALES.BUYSTAGE("客户正在比较三家供应商的演示。", "zh-Hans") → 方案',
  },
  OBJECTION: {
    description: {
      en: "The kind of reason a customer gives for not signing (strategy, timing, team, price, authority, stall, or none). Give a column of notes for one answer per row; the cells of a row are read together as one note.",
      "zh-Hans":
        "判断客户不签单所给理由的类型(战略、时机、团队、价格、决策权、拖延,或无异议)。给一列记录则每行一个结果;同一行的几个单元格合起来算一条记录。",
      "zh-Hant":
        "判斷客戶不簽約所給理由的類型(戰略、時機、團隊、價格、決策權、拖延,或無異議)。給一欄紀錄則每列一個結果;同一列的幾個儲存格合起來算一則紀錄。",
    },
    params: { note: NOTE, language: LANGUAGE },
    example: '=SALES.OBJECTION("Too expensive, the other vendor is 20% cheaper.") → Price',
  },
  PULLBACK: {
    description: {
      en: "Where to pull a customer back to from their buying stage, given our strengths: spills one row of three cells, the stage to return to, the move (scare, smash or pull) and the steps to take.",
      "zh-Hans":
        "根据客户所处的采购阶段和我们的优势,建议把客户拉回到哪一步:溢出一行三个单元格,依次为要回到的阶段、手法(吓、砸或拉)和具体步骤。",
      "zh-Hant":
        "依客戶所處的採購階段和我們的優勢,建議把客戶拉回到哪一步:溢出一列三個儲存格,依序為要回到的階段、手法(嚇、砸或拉)和具體步驟。",
    },
    params: {
      stage: {
        en: "The customer's buying stage now: a key such as solution, or its label in English, Simplified or Traditional Chinese.",
        "zh-Hans": "客户目前的采购阶段:如 solution 这样的键,或其英文、简体或繁体名称。",
        "zh-Hant": "客戶目前的採購階段:如 solution 這樣的鍵,或其英文、簡體或繁體名稱。",
      },
      strengths: {
        en: "What we can bring: revealProblems, unexpectedSolution, referenceCases, topAccess (or their labels), in cells or in one text separated by commas; or four TRUE/FALSE cells in that order. Blank: none.",
        "zh-Hans":
          "我们的优势:revealProblems、unexpectedSolution、referenceCases、topAccess(或其名称),每个一个单元格,或写在一个单元格里用逗号分隔;也可以是按此顺序的四个 TRUE/FALSE 单元格。空白表示没有。",
        "zh-Hant":
          "我們的優勢:revealProblems、unexpectedSolution、referenceCases、topAccess(或其名稱),每個一個儲存格,或寫在一個儲存格裡以逗號分隔;也可以是依此順序的四個 TRUE/FALSE 儲存格。空白表示沒有。",
      },
      language: LANGUAGE,
    },
    example:
      '=SALES.PULLBACK("solution", "topAccess") → Problem · Pull · 1. Before answering, ask to study their situation and to meet three or more key people. 2. … (one row, three cells)',
  },
  OBJECTIONREPLY: {
    description: {
      en: "The recommended answer to an objection: give its kind (price, 价格 …) or the note itself, which is classified first.",
      "zh-Hans": "针对异议的建议回应:给出异议类型(price、价格 …),或直接给出记录,先判断类型再回应。",
      "zh-Hant": "針對異議的建議回應:給出異議類型(price、價格 …),或直接給出紀錄,先判斷類型再回應。",
    },
    params: {
      kind_or_note: {
        en: "An objection kind (a key such as price, or its label) or a note; a range is read as one note.",
        "zh-Hans": "异议类型(如 price 这样的键或其名称)或一条记录;区域合起来算一条记录。",
        "zh-Hant": "異議類型(如 price 這樣的鍵或其名稱)或一則紀錄;範圍合起來算一則紀錄。",
      },
      language: {
        en: 'Language of the answer: "en", "zh-Hans", "zh-Hant", or "key" for the objection kind it answers. Default: Excel\'s language.',
        "zh-Hans":
          '回应的语言:"en"、"zh-Hans"、"zh-Hant",或 "key" 返回所回应的异议类型。默认为 Excel 的界面语言。',
        "zh-Hant":
          '回應的語言:"en"、"zh-Hans"、"zh-Hant",或 "key" 傳回所回應的異議類型。預設為 Excel 的介面語言。',
      },
    },
    example:
      '=SALES.OBJECTIONREPLY("价格", "en") → Ask what figure would work for them, and talk about value before any discount.',
  },
};
