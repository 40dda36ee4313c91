import {
  Caption1,
  Tab,
  TabList,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from "react";
import type { Lang } from "../../core/i18n/lang";
import { cellAddress, columnLetter } from "../../core/sheet/plan";
import { boxAddress, parseAddress } from "../../excel/cells";
import type { MemTable } from "../../excel/memory";
import type { ReadValue } from "../../excel/types";
import { alignOf, formatCell } from "./format";
import { columnWidths, drawnExtent, rowFill, sheetExtent, tableLooks } from "./grid";
import { pt } from "./messages";
import type { PreviewModel } from "./model";

const HEADER_FILL = "#4472C4"; // Excel's default table accent (Office theme, Accent 1)
const BAND_FILL = "#D9E1F2";
const LIGHT_BAND_FILL = "#F2F2F2";
const ROW_HEAD_PX = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flex: 1 },
  bar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: "24px",
  },
  address: { minWidth: "72px", fontWeight: tokens.fontWeightSemibold },
  formula: {
    flex: 1,
    minWidth: 0,
    border: "none",
    outline: "none",
    backgroundColor: "transparent",
    fontFamily: "inherit",
    fontSize: "inherit",
    color: tokens.colorNeutralForeground1,
  },
  scroller: { flex: 1, overflow: "auto", minHeight: 0, backgroundColor: "#fff" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontSize: "12px",
    fontFamily: `"Segoe UI", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif`,
    color: "#000",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: "#f3f3f3",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #c8c8c8",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    textAlign: "center",
    borderRight: "1px solid #dadada",
    borderBottom: "1px solid #c8c8c8",
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#444",
    textAlign: "center",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #dadada",
    fontWeight: 400,
  },
  cell: {
    height: "20px",
    padding: "0 4px",
    borderRight: "1px solid #e1e1e1",
    borderBottom: "1px solid #e1e1e1",
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
  },
  headerFilled: { backgroundColor: HEADER_FILL, color: "#fff", fontWeight: 600 },
  headerPlain: { fontWeight: 600, borderBottom: `2px solid ${HEADER_FILL}` },
  band: { backgroundColor: BAND_FILL },
  lightBand: { backgroundColor: LIGHT_BAND_FILL },
  spilled: { color: "#555", fontStyle: "italic" },
  // As Excel: the active cell framed, the rest of the selected range tinted.
  selected: { outline: "2px solid #217346", outlineOffset: "-2px" },
  inRange: { backgroundColor: "#D3E7DB" },
  empty: { padding: tokens.spacingHorizontalM },
  note: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground3,
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
  },
});

export interface GridProps {
  readonly model: PreviewModel;
  readonly lang: Lang;
}

/**
 * The workbook as Excel shows it: a formula bar, the active sheet's cells (tables
 * styled, number formats applied, formulas showing their results) and sheet tabs.
 * Clicking a cell selects it as in Excel, so the pane's "start from the selection"
 * behaviour can be tried; shift-click extends the selection.
 */
export function Grid({ model, lang }: GridProps) {
  const s = useStyles();
  const version = useSyncExternalStore(model.subscribe, model.getVersion);
  const { wb } = model;
  const sheet =
    wb.active?.sheet && wb.sheets.has(wb.active.sheet) ? wb.active.sheet : wb.sheetOrder[0];
  const selection =
    wb.active && wb.active.sheet === sheet ? parseAddress(wb.active.address)?.box : undefined;
  const remembered = useRef(new Map<string, string>());
  const barInput = useRef<HTMLInputElement>(null);
  const anchor = useRef<{ row: number; col: number }>();
  const cursor = useRef<{ row: number; col: number }>();
  const [draft, setDraft] = useState<string>();
  const scroller = useRef<HTMLDivElement>(null);

  const view = useMemo(() => {
    if (!sheet) return undefined;
    const spills = model.spills(sheet);
    const extent = sheetExtent(wb, sheet, spills);
    const { rows, cols } = drawnExtent(extent);
    const text = (
      r: number,
      c: number
    ): { value: ReadValue; shown: string; spilled: boolean } | undefined => {
      const cell = wb.get(sheet, r, c);
      if (cell && (cell.value !== "" || cell.formula))
        return { value: cell.value, shown: formatCell(cell.value, cell.format), spilled: false };
      const spilled = spills?.get(`${r},${c}`);
      if (spilled === undefined) return undefined;
      return { value: spilled, shown: formatCell(spilled), spilled: true };
    };
    const SAMPLE_ROWS = 200; // enough rows to size columns; the rest are cut with an ellipsis
    const widths = columnWidths(
      (c) => Array.from({ length: Math.min(rows, SAMPLE_ROWS) }, (_, r) => text(r, c)?.shown ?? ""),
      cols
    );
    return { rows, cols, total: extent.rows, text, widths, look: tableLooks(wb, sheet) };
    // The workbook is mutable: `version` changes with every change to it.
  }, [model, wb, sheet, version]);

  // The pane selected a range (after a write, or "Show in sheet"): bring it into view.
  const activeAddress = wb.active?.address;
  useEffect(() => {
    if (!selection) return;
    const td = scroller.current?.querySelector(
      `[data-cell="${cellAddress(selection.top, selection.left)}"]`
    );
    td?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [sheet, activeAddress]);

  if (!sheet) return <Caption1 className={s.empty}>{pt(lang, "preview.empty")}</Caption1>;

  const openSheet = (name: string) => {
    if (wb.active) remembered.current.set(wb.active.sheet, wb.active.address);
    void wb.select(name, remembered.current.get(name) ?? "A1");
  };

  /**
   * Selects a cell, or extends the selection to it (shift), from the cell where the
   * selection started, as Excel does; clicks and arrow keys both come here.
   */
  const selectCell = (row: number, col: number, extend: boolean) => {
    const r = Math.max(0, Math.min(row, (view?.rows ?? 1) - 1));
    const c = Math.max(0, Math.min(col, (view?.cols ?? 1) - 1));
    const start = anchor.current;
    const inside =
      !!selection &&
      !!start &&
      start.row >= selection.top &&
      start.row <= selection.bottom &&
      start.col >= selection.left &&
      start.col <= selection.right;
    const from =
      extend && selection
        ? inside
          ? start!
          : { row: selection.top, col: selection.left }
        : { row: r, col: c };
    anchor.current = from;
    cursor.current = { row: r, col: c };
    const address =
      from.row === r && from.col === c
        ? cellAddress(r, c)
        : boxAddress({
            top: Math.min(from.row, r),
            left: Math.min(from.col, c),
            bottom: Math.max(from.row, r),
            right: Math.max(from.col, c),
          });
    void wb.select(sheet, address);
  };

  const onCell = (e: MouseEvent, row: number, col: number) => selectCell(row, col, e.shiftKey);

  /** Arrow keys move (shift extends), Enter or F2 edits in the formula bar, Delete clears. */
  const onKey = (e: KeyboardEvent) => {
    const at =
      cursor.current && selection
        ? cursor.current
        : selection
          ? { row: selection.top, col: selection.left }
          : { row: 0, col: 0 };
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      selectCell(at.row + move[0], at.col + move[1], e.shiftKey);
    } else if ((e.key === "Enter" || e.key === "F2") && selection) {
      e.preventDefault();
      barInput.current?.focus();
    } else if ((e.key === "Delete" || e.key === "Backspace") && selection) {
      e.preventDefault();
      for (let r = selection.top; r <= selection.bottom; r++)
        for (let c = selection.left; c <= selection.right; c++) wb.set(sheet, r, c, null);
      model.refresh();
    }
  };

  const selectedCell = selection ? wb.get(sheet, selection.top, selection.left) : undefined;
  const selectedSpill = selection
    ? model.spills(sheet)?.get(`${selection.top},${selection.left}`)
    : undefined;
  const barText =
    selectedCell?.formula ??
    (selectedCell
      ? formatCell(selectedCell.value, selectedCell.format)
      : selectedSpill !== undefined
        ? formatCell(selectedSpill)
        : "");

  /** Typing in the formula bar, as in Excel: a number, text, or a formula (=SALES.… is computed). */
  const commit = () => {
    if (draft === undefined || !selection) return;
    const text = draft;
    setDraft(undefined);
    const input = /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(text) ? Number(text) : text;
    wb.set(sheet, selection.top, selection.left, input === "" ? null : input);
    model.refresh();
  };

  // Row highlights hold for a whole table row: each is decided once per row, not per cell.
  const rowFills = new Map<string, ReturnType<typeof rowFill>>();
  const rowFillOf = (table: MemTable, r: number) => {
    const key = `${table.name}\u0000${r}`;
    if (!rowFills.has(key)) rowFills.set(key, rowFill(wb, table, r));
    return rowFills.get(key);
  };

  const inSelection = (r: number, c: number) =>
    !!selection &&
    r >= selection.top &&
    r <= selection.bottom &&
    c >= selection.left &&
    c <= selection.right;

  return (
    <div className={s.root}>
      <div className={s.bar} role="group" aria-label={pt(lang, "preview.formulaBar")}>
        <span className={s.address}>{wb.active?.sheet === sheet ? wb.active.address : ""}</span>
        <input
          ref={barInput}
          className={s.formula}
          aria-label={pt(lang, "preview.formula")}
          title={barText}
          disabled={!selection}
          value={draft ?? barText}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") commit();
            else if (e.key === "Escape") setDraft(undefined);
          }}
          onBlur={commit}
        />
      </div>
      <div className={s.scroller} ref={scroller}>
        {view ? (
          <table
            className={s.table}
            role="grid"
            aria-label={sheet}
            aria-rowcount={view.total + 1}
            aria-multiselectable
            tabIndex={0}
            onKeyDown={onKey}
            // A fixed layout keeps the column widths only with the table's own width given.
            style={{ width: ROW_HEAD_PX + view.widths.reduce((a, b) => a + b, 0) }}
          >
            <colgroup>
              <col style={{ width: ROW_HEAD_PX }} />
              {view.widths.map((w, c) => (
                <col key={c} style={{ width: w }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className={s.corner} />
                {view.widths.map((_, c) => (
                  <th key={c} className={s.colHead} scope="col">
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: view.rows }, (_, r) => (
                <tr key={r}>
                  <th className={s.rowHead} scope="row">
                    {r + 1}
                  </th>
                  {Array.from({ length: view.cols }, (_, c) => {
                    const t = view.text(r, c);
                    const look = view.look(r, c);
                    const cell = t && !t.spilled ? wb.get(sheet, r, c) : undefined;
                    const fill =
                      highlightOf(model, sheet, r, c, t?.shown) ??
                      (look ? rowFillOf(look.table, r) : undefined);
                    return (
                      <td
                        key={c}
                        data-cell={cellAddress(r, c)}
                        aria-selected={inSelection(r, c) || undefined}
                        title={
                          t?.spilled
                            ? pt(lang, "preview.spilled", {
                                address: spillSource(model, sheet, r, c),
                              })
                            : cell?.formula
                              ? `${cell.formula}\n= ${t?.shown ?? ""}`
                              : t && t.shown.length > 20
                                ? t.shown
                                : undefined
                        }
                        className={mergeClasses(
                          s.cell,
                          look?.part === "header" && (look.filled ? s.headerFilled : s.headerPlain),
                          look?.part === "band" && (look.filled ? s.band : s.lightBand),
                          t?.spilled && s.spilled,
                          inSelection(r, c) && s.inRange,
                          selection && r === selection.top && c === selection.left && s.selected
                        )}
                        style={{
                          textAlign: t ? alignOf(t.value) : undefined,
                          ...(fill ? { backgroundColor: fill.fill, color: fill.font } : {}),
                        }}
                        onClick={(e) => onCell(e, r, c)}
                        onDoubleClick={() => barInput.current?.focus()}
                      >
                        {t?.shown}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <Caption1 className={s.empty}>{pt(lang, "preview.empty")}</Caption1>
        )}
      </div>
      {view && view.total > view.rows && (
        <Caption1 className={s.note} role="note">
          {pt(lang, "preview.rowsCapped", { shown: view.rows, total: view.total })}
        </Caption1>
      )}
      <div className={s.tabs}>
        <TabList
          size="small"
          aria-label={pt(lang, "preview.sheets")}
          selectedValue={sheet}
          onTabSelect={(_, d) => openSheet(String(d.value))}
        >
          {wb.sheetOrder.map((name) => (
            <Tab key={name} value={name}>
              {name}
            </Tab>
          ))}
        </TabList>
      </div>
    </div>
  );
}

/** The conditional format that applies to a cell (the add-in colours outcome labels). */
function highlightOf(model: PreviewModel, sheet: string, row: number, col: number, shown?: string) {
  if (!shown) return undefined;
  for (const h of model.wb.highlights) {
    if (h.sheet !== sheet) continue;
    const area = parseAddress(h.address)?.box;
    if (!area || row < area.top || row > area.bottom || col < area.left || col > area.right)
      continue;
    // As the .xlsx's "contains text" rule: the label may sit inside a longer text.
    if (shown.includes(h.text)) return h;
  }
  return undefined;
}

/** The formula cell a spilled value comes from: the nearest formula up and to the left. */
function spillSource(model: PreviewModel, sheet: string, row: number, col: number): string {
  for (let r = row; r >= 0; r--)
    for (let c = col; c >= 0; c--) {
      const cell = model.wb.get(sheet, r, c);
      if (cell?.formula) return cellAddress(r, c);
      if (cell && cell.value !== "") break;
    }
  return "";
}
