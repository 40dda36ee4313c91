import { useCallback, useEffect, useMemo, useState } from "react";
import { errorMessage, useLive, type Message } from "../../components/viewState";
import {
  classifyObjection,
  classifyStage,
  entryPosition,
  objectionReply,
  pullBack,
  type EntryPosition,
  type ObjectionResult,
  type PullBackAdvice,
  type StageKey,
  type StageResult,
  type Strength,
} from "../../../core/deals";
import type { VisitField } from "../../../core/headers";
import type { Issue } from "../../../core/issues";
import type { Region } from "../../../excel/types";
import { sameHeaders, type MappingReport } from "../../components/ColumnMapping";
import { useWriter, type Writer } from "../../components/useWriter";
import { useWords } from "../../i18n";
import { useWorkbook } from "../../workbook";
import {
  asOwnColumns,
  noteCells,
  noteSpan,
  rememberOwn,
  sheetRow,
  userPart,
  widened,
  type OwnColumn,
} from "../../components/formulaColumns";
import {
  asEntries,
  asStrengths,
  COLUMNS_SETTING,
  ENTRY_SETTING,
  formulaColumn,
  rememberEntry,
  selectedRow,
  STRENGTHS_SETTING,
  type ColumnKind,
  type EntryMemory,
} from "./columns";

/** A message key with its parameters, put into words when shown. */
export type { Message } from "../../components/viewState";

/** What the card shows for the selected row. */
export interface DealReading {
  /** The row number as Excel shows it. */
  readonly row: number;
  readonly client?: string;
  /** The client the entry stage is remembered under ("" without a client column). */
  readonly entryKey: string;
  readonly stage?: StageResult;
  readonly objection?: ObjectionResult;
  /** Why the row could not be read (an empty note). */
  readonly issue?: Issue;
  readonly advice?: PullBackAdvice;
  readonly entry?: EntryPosition;
  readonly enteredAt?: StageKey;
  /** Message key of the reply to the objection. */
  readonly reply?: string;
}

export interface DealsViewState {
  /** Reading the workbook (on opening, or after Read selected row). */
  readonly reading: boolean;
  /** The log around the selection, without the columns this view added to it. */
  readonly region?: Region;
  readonly onMapping: (m: MappingReport<VisitField>) => void;
  /** Why there is no card (nothing selected, no notes column, a header row selected …). */
  readonly notice?: Message;
  readonly deal?: DealReading;
  readonly strengths: readonly Strength[];
  toggleStrength(s: Strength, on: boolean): void;
  setEnteredAt(stage: StageKey | undefined): void;
  read(): Promise<void>;
  /** Why the two column actions cannot run now; undefined when they can. */
  readonly blocked?: Message;
  addColumn(kind: ColumnKind): Promise<void>;
  readonly writer: Writer;
  /** A problem found before writing (the log changed since it was read). */
  readonly problem?: Message;
}

/**
 * The Deals view's state: the log around the selection and its columns, the selected
 * row read by core (stage, objection, pull-back advice, entry check, reply), the
 * strengths and entry stage the user sets (kept in the workbook), and the two actions
 * that add live SALES.BUYSTAGE / SALES.OBJECTION columns beside the log.
 */
export function useDealsView(): DealsViewState {
  const wb = useWorkbook();
  const w = useWords();
  const writer = useWriter();
  const [reading, setReading] = useState(true);
  const [raw, setRaw] = useState<Region>();
  const [own, setOwn] = useState<OwnColumn[]>([]);
  const [selection, setSelection] = useState<{ sheet: string; address: string }>();
  const [loadProblem, setLoadProblem] = useState<Message>();
  const [mapping, setMapping] = useState<MappingReport<VisitField>>();
  const [strengths, setStrengths] = useState<Strength[]>([]);
  const [entries, setEntries] = useState<EntryMemory>({});
  const [problem, setProblem] = useState<Message>();
  const live = useLive();

  const read = useCallback(async () => {
    setReading(true);
    setProblem(undefined);
    try {
      const [region, sel, saved] = await Promise.all([
        wb.readActiveRegion(),
        wb.readSelection(),
        wb.getSetting<unknown>(COLUMNS_SETTING).catch(() => undefined),
      ]);
      if (!live.current) return;
      setRaw(region);
      setSelection({ sheet: sel.sheet, address: sel.address });
      setOwn(asOwnColumns(saved));
      setLoadProblem(undefined);
    } catch (e) {
      if (live.current) setLoadProblem(errorMessage(e));
    } finally {
      if (live.current) setReading(false);
    }
  }, [wb]);

  // Opening: the row selected now, and what the user set in earlier sessions.
  useEffect(() => {
    void read();
    void Promise.all([
      wb.getSetting<unknown>(STRENGTHS_SETTING),
      wb.getSetting<unknown>(ENTRY_SETTING),
    ])
      .then(([s, e]) => {
        if (!live.current) return;
        setStrengths(asStrengths(s));
        setEntries(asEntries(e));
      })
      // Unreadable settings only cost the user ticking the boxes again.
      .catch(() => undefined);
  }, [wb, read]);

  const region = useMemo(() => (raw ? userPart(raw, own) : undefined), [raw, own]);
  // A column choice counts only for the headers it was made for.
  const columns =
    mapping && region && sameHeaders(mapping.headers, region.headers) ? mapping.columns : undefined;
  const span = columns ? noteSpan(columns) : undefined;
  const row = region && selection ? selectedRow(region, selection) : undefined;

  const reader = useMemo(() => {
    if (!region || !columns || !span || row === undefined) return undefined;
    const client =
      columns.client === undefined
        ? undefined
        : String(region.rows[row][columns.client] ?? "").trim();
    const cells = noteCells(region, span, row);
    return {
      row: sheetRow(region.top, row),
      client: client || undefined,
      entryKey: client ?? "",
      cells,
    };
  }, [region, columns, span?.first, span?.last, row]);

  // Classifying is a fraction of a millisecond a note; only the selected row is read.
  const classified = useMemo(() => {
    if (!reader) return undefined;
    // One cell goes as it is, so its evidence is not closed with core's cell separator "。".
    const note = reader.cells.length === 1 ? reader.cells[0] : reader.cells;
    return { stage: classifyStage(note), objection: classifyObjection(note) };
  }, [reader]);

  const deal = useMemo((): DealReading | undefined => {
    if (!reader || !classified) return undefined;
    const { stage, objection } = classified;
    const base = { row: reader.row, client: reader.client, entryKey: reader.entryKey };
    if (!stage.ok) return { ...base, issue: stage.issue };
    const enteredAt = entries[reader.entryKey];
    const advice = pullBack(stage.value.stage, strengths);
    const entry = enteredAt ? entryPosition(enteredAt, stage.value.stage) : undefined;
    const reply = objection.ok ? objectionReply(objection.value.objection) : undefined;
    return {
      ...base,
      stage: stage.value,
      objection: objection.ok ? objection.value : undefined,
      advice: advice.ok ? advice.value : undefined,
      enteredAt,
      entry: entry?.ok ? entry.value : undefined,
      reply: reply?.ok ? reply.value : undefined,
    };
  }, [reader, classified, strengths, entries]);

  let notice: Message | undefined;
  if (loadProblem) notice = loadProblem;
  else if (reading && !raw) notice = { key: "deals.view.reading" };
  else if (!region) notice = { key: "deals.view.noRegion" };
  else if (columns && !span) notice = { key: "deals.view.noNotes" };
  else if (columns && row === undefined && selection)
    notice = {
      key: "deals.view.notInRow",
      params: { address: selection.address, sheet: region.sheet, range: region.address },
    };

  let blocked: Message | undefined;
  if (reading) blocked = { key: "deals.view.reading" };
  else if (!region) blocked = { key: "deals.view.noRegion" };
  else if (!span) blocked = { key: "deals.view.noNotes" };

  const toggleStrength = (s: Strength, on: boolean) => {
    const next = on ? [...new Set([...strengths, s])] : strengths.filter((x) => x !== s);
    setStrengths(next);
    void wb.setSetting(STRENGTHS_SETTING, next).catch(() => undefined);
  };

  const setEnteredAt = (stage: StageKey | undefined) => {
    if (!deal) return;
    const next = rememberEntry(entries, deal.entryKey, stage);
    setEntries(next);
    void wb.setSetting(ENTRY_SETTING, next).catch(() => undefined);
  };

  /** The log as it is now: a table or block may have grown since it was read. */
  const fresh = async (): Promise<Region | undefined> => {
    const again = raw!.table
      ? await wb.readTable(raw!.table)
      : await wb.readRange(raw!.sheet, raw!.address);
    return again ?? raw;
  };

  const addColumn = async (kind: ColumnKind) => {
    if (blocked || writer.state.phase === "working") return;
    setProblem(undefined);
    let now: Region | undefined;
    let saved: OwnColumn[];
    try {
      [now, saved] = await Promise.all([
        fresh(),
        wb.getSetting<unknown>(COLUMNS_SETTING).then(asOwnColumns, () => own),
      ]);
    } catch (e) {
      setProblem(errorMessage(e));
      return;
    }
    if (!live.current || !now) return;
    if (!sameHeaders(userPart(now, saved).headers, region!.headers)) {
      setRaw(now);
      setOwn(saved);
      setProblem({
        key: "deals.view.headersChanged",
        params: { sheet: now.sheet, address: now.address },
      });
      return;
    }
    const column = formulaColumn({ region: now, own: saved, span: span!, kind, lang: w.lang });
    await writer.run(async (options) => {
      const outcome = await wb.addFormulaColumn(column, options);
      if (outcome.ok) {
        const next = rememberOwn(saved, { sheet: column.sheet, header: column.header });
        await wb.setSetting(COLUMNS_SETTING, next).catch(() => undefined);
        // Read the log again with its new column, so the next action places its own after it.
        const grown = column.table
          ? await wb.readTable(column.table)
          : await wb.readRange(column.sheet, widened(now!.address, column.col));
        if (live.current) {
          setOwn(next);
          if (grown) setRaw(grown);
        }
      }
      return outcome;
    });
  };

  return {
    reading,
    region,
    onMapping: setMapping,
    notice,
    deal,
    strengths,
    toggleStrength,
    setEnteredAt,
    read,
    blocked,
    addColumn,
    writer,
    problem,
  };
}
