import { useCallback, useEffect, useMemo, useState } from "react";
import { errorMessage, useLive, type Message } from "../../components/viewState";
import type { VisitField } from "../../../core/headers";
import { columnLetter } from "../../../core/sheet/plan";
import type { Region } from "../../../excel/types";
import { sameHeaders, type MappingReport } from "../../components/ColumnMapping";
import {
  asOwnColumns,
  noteSpan,
  rememberOwn,
  sheetRow,
  userPart,
  widened,
  type OwnColumn,
} from "../../components/formulaColumns";
import { useWriter, type Writer } from "../../components/useWriter";
import { useWords } from "../../i18n";
import { useWorkbook } from "../../workbook";
import { COLUMNS_SETTING, outcomeColumn } from "./columns";
import { summarise, type ClientItem, type VisitSummary } from "./summary";

/** A message key with its parameters, put into words when shown. */
export type { Message } from "../../components/viewState";

export interface VisitsViewState {
  readonly reading: boolean;
  /** The log around the selection, without the outcome column this view added to it. */
  readonly region?: Region;
  readonly onMapping: (m: MappingReport<VisitField>) => void;
  /** Why there is no summary (no log, no notes column, an error reading). */
  readonly notice?: Message;
  readonly summary?: VisitSummary;
  /** Whether the rep column is mapped (the rates need it). */
  readonly hasRep: boolean;
  read(): Promise<void>;
  /** Why Add outcome column cannot run now; undefined when it can. */
  readonly blocked?: Message;
  addColumn(): Promise<void>;
  /** Selects a client's latest visit in the log. */
  show(item: ClientItem): void;
  readonly writer: Writer;
  readonly problem?: Message;
}

/**
 * The Visits view's state: the log around the selection and its columns, the summary
 * core computes from its notes, and the action that adds (or updates) the live
 * SALES.VISITOUTCOME column beside it.
 */
export function useVisitsView(): VisitsViewState {
  const wb = useWorkbook();
  const w = useWords();
  const writer = useWriter();
  const [reading, setReading] = useState(true);
  const [raw, setRaw] = useState<Region>();
  const [own, setOwn] = useState<OwnColumn[]>([]);
  const [loadProblem, setLoadProblem] = useState<Message>();
  const [mapping, setMapping] = useState<MappingReport<VisitField>>();
  const [problem, setProblem] = useState<Message>();
  const live = useLive();

  const read = useCallback(async () => {
    setReading(true);
    setProblem(undefined);
    try {
      const [region, saved] = await Promise.all([
        wb.readActiveRegion(),
        wb.getSetting<unknown>(COLUMNS_SETTING).catch(() => undefined),
      ]);
      if (!live.current) return;
      setRaw(region);
      setOwn(asOwnColumns(saved));
      setLoadProblem(undefined);
    } catch (e) {
      if (live.current) setLoadProblem(errorMessage(e));
    } finally {
      if (live.current) setReading(false);
    }
  }, [wb]);

  useEffect(() => {
    void read();
  }, [read]);

  const region = useMemo(() => (raw ? userPart(raw, own) : undefined), [raw, own]);
  // A column choice counts only for the headers it was made for.
  const columns =
    mapping && region && sameHeaders(mapping.headers, region.headers) ? mapping.columns : undefined;
  const span = columns ? noteSpan(columns) : undefined;

  // Core reads tens of thousands of notes a second; a log of a few thousand rows is instant.
  const summary = useMemo(
    () => (region && columns && span ? summarise(region, columns, span) : undefined),
    [region, columns, span?.first, span?.last]
  );

  let notice: Message | undefined;
  if (loadProblem) notice = loadProblem;
  else if (reading && !raw) notice = { key: "visits.view.reading" };
  else if (!region) notice = { key: "visits.view.noRegion" };
  else if (columns && !span) notice = { key: "visits.view.noNotes" };

  let blocked: Message | undefined;
  if (reading) blocked = { key: "visits.view.reading" };
  else if (!region) blocked = { key: "visits.view.noRegion" };
  else if (!span) blocked = { key: "visits.view.noNotes" };

  /** The log as it is now: a table or block may have grown since it was read. */
  const fresh = async (): Promise<Region | undefined> => {
    const again = raw!.table
      ? await wb.readTable(raw!.table)
      : await wb.readRange(raw!.sheet, raw!.address);
    return again ?? raw;
  };

  const addColumn = async () => {
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
        key: "visits.view.headersChanged",
        params: { sheet: now.sheet, address: now.address },
      });
      return;
    }
    const column = outcomeColumn({ region: now, own: saved, span: span!, lang: w.lang });
    await writer.run(async (options) => {
      const outcome = await wb.addFormulaColumn(column, options);
      if (outcome.ok) {
        const next = rememberOwn(saved, { sheet: column.sheet, header: column.header });
        await wb.setSetting(COLUMNS_SETTING, next).catch(() => undefined);
        // Read the log again with its new column, so a re-run finds it as the view's own.
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

  const show = (item: ClientItem) => {
    const r = raw ?? region;
    const last = item.rows[item.rows.length - 1];
    if (!r || last === undefined) return;
    const row = sheetRow(r.top, last);
    const address = `${columnLetter(r.left)}${row}:${columnLetter(r.left + r.headers.length - 1)}${row}`;
    void wb
      .select(r.sheet, address)
      // Selecting is a convenience; a sheet renamed meanwhile only means nothing is selected.
      .catch(() => undefined);
  };

  return {
    reading,
    region,
    onMapping: setMapping,
    notice,
    summary,
    hasRep: columns?.rep !== undefined,
    read,
    blocked,
    addColumn,
    show,
    writer,
    problem,
  };
}
