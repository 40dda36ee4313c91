import type { FunctionTexts } from "./types";

const NOTE = {
  en: "A note, or a range of notes: each row is one note (e.g. notes, feedback and next step side by side). Blank rows give #N/A.",
  "zh-Hans":
    "一条记录,或记录区域:每行算一条记录(如并排的拜访内容、客户反馈和下一步计划)。空白行返回 #N/A。",
  "zh-Hant":
    "一則紀錄,或紀錄範圍:每列算一則紀錄(如並排的拜訪內容、客戶回饋和下一步計畫)。空白列傳回 #N/A。",
};

const COMMITMENT = {
  en: "The commitment the visit aimed at (e.g. a meeting with the general manager next Tuesday), read when a note only says the customer agreed: one cell for every row, or one per row of note. Blank: none.",
  "zh-Hans":
    "这次拜访的承诺目标(如下周二与总经理见面),记录只写了客户“答应了”时据此判断:一个单元格用于所有行,或与记录逐行对应。空白表示没有。",
  "zh-Hant":
    "這次拜訪的承諾目標(如下週二與總經理見面),紀錄只寫了客戶「答應了」時據此判斷:一個儲存格用於所有列,或與紀錄逐列對應。空白表示沒有。",
};

const LANGUAGE = {
  en: 'Language of the result: "en", "zh-Hans", "zh-Hant" or "key". Default: Excel\'s language.',
  "zh-Hans": '结果的语言:"en"、"zh-Hans"、"zh-Hant" 或 "key"。默认为 Excel 的界面语言。',
  "zh-Hant": '結果的語言:"en"、"zh-Hans"、"zh-Hant" 或 "key"。預設為 Excel 的介面語言。',
};

export const visitsFunctions: FunctionTexts = {
  VISITOUTCOME: {
    description: {
      en: "The outcome of a logged visit: Order, Advance, Continuation or No-sale. Give a column of notes for one answer per row; the cells of a row are read together as one note.",
      "zh-Hans":
        "判断一次拜访的结果:成交、晋级、暂时中断或没有成交。给一列记录则每行一个结果;同一行的几个单元格合起来算一条记录。",
      "zh-Hant":
        "判斷一次拜訪的結果:成交、晉級、暫時中斷或沒有成交。給一欄紀錄則每列一個結果;同一列的幾個儲存格合起來算一則紀錄。",
    },
    params: { note: NOTE, commitment: COMMITMENT, language: LANGUAGE },
    example: '=SALES.VISITOUTCOME("客户同意下周三参加我们的产品演示会", , "zh-Hans") → 晋级',
  },
  VISITWHY: {
    description: {
      en: "Why a visit got its outcome: the outcome, the rule that decided it and the words of the note it rests on. Give a column of notes for one answer per row; the cells of a row are read together as one note.",
      "zh-Hans":
        "说明拜访结果的依据:结果、判定所依据的规则,以及记录中的原话。给一列记录则每行一个结果;同一行的几个单元格合起来算一条记录。",
      "zh-Hant":
        "說明拜訪結果的依據:結果、判定所依據的規則,以及紀錄中的原話。給一欄紀錄則每列一個結果;同一列的幾個儲存格合起來算一則紀錄。",
    },
    params: {
      note: NOTE,
      commitment: COMMITMENT,
      language: {
        en: 'Language of the explanation: "en", "zh-Hans", "zh-Hant", or "key" for the id of the rule that decided (e.g. advance.trial). Default: Excel\'s language.',
        "zh-Hans":
          '说明的语言:"en"、"zh-Hans"、"zh-Hant",或 "key" 返回判定规则的编号(如 advance.trial)。默认为 Excel 的界面语言。',
        "zh-Hant":
          '說明的語言:"en"、"zh-Hans"、"zh-Hant",或 "key" 傳回判定規則的編號(如 advance.trial)。預設為 Excel 的介面語言。',
      },
    },
    example:
      '=SALES.VISITWHY("The CFO agreed to a two-week trial starting Monday 3 June.", , "en") → Advance: the customer agreed to a trial, test or pilot (“agreed to a two-week trial”).',
  },
  COMMITLEVEL: {
    description: {
      en: "The level of a customer's commitment on the five-step scale: inner, verbal, written, public verbal, public written. Give a column of texts for one answer per row; text that shows no commitment gives #N/A.",
      "zh-Hans":
        "判断客户承诺的等级(五级):内心承诺、口头承诺、书面承诺、公开的口头承诺、公开的书面承诺。给一列文本则每行一个结果;看不出任何承诺的文本返回 #N/A。",
      "zh-Hant":
        "判斷客戶承諾的等級(五級):內心承諾、口頭承諾、書面承諾、公開的口頭承諾、公開的書面承諾。給一欄文字則每列一個結果;看不出任何承諾的文字傳回 #N/A。",
    },
    params: {
      text: {
        en: "What the customer committed to, as written in a note or a commitment column; a range gives one answer per row. Blank rows give #N/A.",
        "zh-Hans": "客户承诺了什么,即记录或承诺列中的文字;区域则每行一个结果。空白行返回 #N/A。",
        "zh-Hant": "客戶承諾了什麼,即紀錄或承諾欄中的文字;範圍則每列一個結果。空白列傳回 #N/A。",
      },
      language: LANGUAGE,
    },
    example: '=SALES.COMMITLEVEL("王总在周会上当众表态支持我们的方案", "zh-Hans") → 公开的口头承诺',
  },
};
