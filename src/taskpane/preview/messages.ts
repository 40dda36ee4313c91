import { interpolate, type Lang, type MessageTable } from "../../core/i18n/lang";

/**
 * Words of the preview page around the pane (the grid, the download, how to get the real
 * add-in). They are the page's own: the pane keeps its words in src/core/i18n, and the
 * preview never ships inside Excel.
 */
export const previewMessages = {
  en: {
    "preview.pane": "Task pane",
    "preview.help": "Reference of the SALES functions",
    "preview.workbook": "Sample workbook",
    "preview.sheets": "Sheets",
    "preview.download": "Download .xlsx",
    "preview.downloading": "Preparing the file…",
    "preview.downloadFailed": "The file could not be made: {detail}",
    "preview.fileName": "advance-sample.xlsx",
    "preview.rowsCapped": "Showing rows 1–{shown} of {total}. The download holds them all.",
    "preview.empty": "This sheet is empty.",
    "preview.formulaBar": "Selected cell",
    "preview.formula": "Formula bar",
    "preview.spilled": "Spilled from {address}",
    "preview.about":
      "These are the sheets of a sample workbook held in this page: targets parameters, a client list and a visit log. The pane beside them reads and writes them as it would in Excel, and the SALES functions are computed by the add-in's own code. Click a cell to select it, and type in the formula bar to change it, as you would in Excel.",
    "preview.sideload.title": "Use Advance in Excel",
    "preview.sideload.desktop":
      "Excel desktop (Windows, macOS): run npm install, then npm start. It builds, serves and opens Excel with the add-in loaded.",
    "preview.sideload.web":
      'Excel on the web: open a workbook on OneDrive or SharePoint, then run npm start -- web --document "<workbook URL>", or upload manifest.xml under Home › Add-ins › More Add-ins › Upload My Add-in.',
    "preview.sideload.file":
      "A downloaded .xlsx opens in Excel with the same tables and live formulas; cells with SALES functions calculate once the add-in is loaded.",
  },
  "zh-Hans": {
    "preview.pane": "任务窗格",
    "preview.help": "SALES 函数参考",
    "preview.workbook": "示例工作簿",
    "preview.sheets": "工作表",
    "preview.download": "下载 .xlsx",
    "preview.downloading": "正在生成文件…",
    "preview.downloadFailed": "无法生成文件:{detail}",
    "preview.fileName": "advance-示例.xlsx",
    "preview.rowsCapped": "显示第 1–{shown} 行,共 {total} 行。下载的文件包含全部行。",
    "preview.empty": "此工作表为空。",
    "preview.formulaBar": "所选单元格",
    "preview.formula": "编辑栏",
    "preview.spilled": "由 {address} 溢出",
    "preview.about":
      "这里是页面内示例工作簿的各个工作表:目标参数、客户名单和拜访记录。旁边的窗格会像在 Excel 中一样读取和写入它们,SALES 函数由加载项自己的代码计算。单击单元格即可选中,在编辑栏中输入即可修改,和在 Excel 中一样。",
    "preview.sideload.title": "在 Excel 中使用 Advance",
    "preview.sideload.desktop":
      "Excel 桌面版(Windows、macOS):运行 npm install,然后运行 npm start。它会构建、启动服务,并打开已加载此加载项的 Excel。",
    "preview.sideload.web":
      'Excel 网页版:在 OneDrive 或 SharePoint 上打开工作簿,然后运行 npm start -- web --document "<工作簿网址>";或在“开始 › 加载项 › 更多加载项 › 上传我的加载项”中上传 manifest.xml。',
    "preview.sideload.file":
      "下载的 .xlsx 可在 Excel 中打开,表格和实时公式完全相同;含 SALES 函数的单元格在加载此加载项后才会计算。",
  },
  "zh-Hant": {
    "preview.pane": "工作窗格",
    "preview.help": "SALES 函數參考",
    "preview.workbook": "範例活頁簿",
    "preview.sheets": "工作表",
    "preview.download": "下載 .xlsx",
    "preview.downloading": "正在產生檔案…",
    "preview.downloadFailed": "無法產生檔案:{detail}",
    "preview.fileName": "advance-範例.xlsx",
    "preview.rowsCapped": "顯示第 1–{shown} 列,共 {total} 列。下載的檔案包含全部列。",
    "preview.empty": "此工作表是空的。",
    "preview.formulaBar": "所選儲存格",
    "preview.formula": "資料編輯列",
    "preview.spilled": "由 {address} 溢出",
    "preview.about":
      "這裡是頁面內範例活頁簿的各個工作表:目標參數、客戶名單和拜訪記錄。旁邊的窗格會像在 Excel 中一樣讀取和寫入它們,SALES 函數由增益集自己的程式碼計算。按一下儲存格即可選取,在資料編輯列中輸入即可修改,和在 Excel 中一樣。",
    "preview.sideload.title": "在 Excel 中使用 Advance",
    "preview.sideload.desktop":
      "Excel 桌面版(Windows、macOS):執行 npm install,然後執行 npm start。它會建置、啟動服務,並開啟已載入此增益集的 Excel。",
    "preview.sideload.web":
      'Excel 網頁版:在 OneDrive 或 SharePoint 上開啟活頁簿,然後執行 npm start -- web --document "<活頁簿網址>";或在「常用 › 增益集 › 更多增益集 › 上傳我的增益集」中上傳 manifest.xml。',
    "preview.sideload.file":
      "下載的 .xlsx 可在 Excel 中開啟,表格和即時公式完全相同;含 SALES 函數的儲存格在載入此增益集後才會計算。",
  },
} satisfies MessageTable<string>;

export type PreviewKey = keyof (typeof previewMessages)["en"];

/** A preview message in a language, with its placeholders filled. */
export function pt(
  lang: Lang,
  key: PreviewKey,
  params?: Readonly<Record<string, string | number>>
): string {
  return interpolate(previewMessages[lang][key], params);
}
