import { useCallback, useEffect, useMemo, useState } from "react";
import { useLive } from "../../components/viewState";
import {
  CLIENTS_TABLE,
  DEFAULT_CADENCE,
  analyzeClients,
  buildClientsPlan,
  type ClientsReport,
} from "../../../core/clients";
import type { ClientField, VisitField } from "../../../core/headers";
import type { Issue } from "../../../core/issues";
import type { Region } from "../../../excel/types";
import { sameHeaders, type MappingReport } from "../../components/ColumnMapping";
import { useWriter, type Writer } from "../../components/useWriter";
import { useWords } from "../../i18n";
import { useWorkbook } from "../../workbook";
import { noteClassifier } from "./classifier";
import {
  checkOptions,
  defaultOptions,
  effectiveRankBy,
  fromSaved,
  today,
  toSaved,
  type CheckedOptions,
  type Message,
  type OptionsCheck,
  type OptionsInput,
  type RankBy,
} from "./options";
import { readClients, readVisits } from "./read";
import {
  OPTIONS_SETTING,
  SOURCES_SETTING,
  asSources,
  clientRow,
  pickProblem,
  refOf,
  reread,
  type SavedSources,
  type SourceKind,
  type SourceRef,
} from "./sources";

/** One of the two lists the view reads. */
export interface SourceState {
  /** The block read, when there is one to use. */
  readonly region?: Region;
  /** Why the last pick could not be used. */
  readonly problem?: Message;
  /** Remembered from an earlier session but not readable now: the user is asked to pick it. */
  readonly remembered?: SourceRef;
}

/** A warning from reading a list, with the list it is about. */
export interface ReadWarning {
  readonly source: SourceKind;
  readonly issue: Issue;
}

export interface Analysis {
  readonly report: ClientsReport;
  readonly warnings: readonly ReadWarning[];
}

export interface ClientsViewState {
  /** The workbook is being read for remembered lists and options. */
  readonly loading: boolean;
  readonly sources: { readonly [K in SourceKind]: SourceState };
  pick(kind: SourceKind): Promise<void>;
  showSource(ref: SourceRef): void;
  readonly onClientMapping: (m: MappingReport<ClientField>) => void;
  readonly onVisitMapping: (m: MappingReport<VisitField>) => void;
  /** The client list's column choice, when it is for the list now chosen. */
  readonly clientColumns?: MappingReport<ClientField>["columns"];
  readonly options: OptionsInput;
  setOptions(update: (o: OptionsInput) => OptionsInput): void;
  readonly check: OptionsCheck;
  /** The value column in force, after falling back to the one the list has. */
  readonly rankBy?: RankBy;
  /** Why the primary action cannot run now; undefined when it can. */
  readonly blocked?: Message;
  write(): Promise<void>;
  readonly writer: Writer;
  /** Reading and ranking in progress (before the write's own progress). */
  readonly busy?: Message;
  /** A problem with the data found when writing; shown above the result. */
  readonly problem?: Message;
  readonly analysis?: Analysis;
  selectClient(client: string): Promise<void>;
  /** The answer to a click in the due list that could not select a row. */
  readonly notice?: Message;
}

const KINDS: readonly SourceKind[] = ["clients", "visits"];

/** Lets the pane paint (a spinner, a disabled button) before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The Clients view's state: the two lists and their columns, the options, and the
 * one action: read both lists, rank and schedule in core, write tblClients.
 */
export function useClientsView(): ClientsViewState {
  const wb = useWorkbook();
  const w = useWords();
  const writer = useWriter();
  const [loading, setLoading] = useState(true);
  const [sources, setSources] = useState<{ [K in SourceKind]: SourceState }>({
    clients: {},
    visits: {},
  });
  const [clientMap, setClientMap] = useState<MappingReport<ClientField>>();
  const [visitMap, setVisitMap] = useState<MappingReport<VisitField>>();
  const [options, setOptions] = useState<OptionsInput>(() => defaultOptions(today()));
  const [busy, setBusy] = useState<Message>();
  const [problem, setProblem] = useState<Message>();
  const [analysis, setAnalysis] = useState<Analysis>();
  const [notice, setNotice] = useState<Message>();
  // Set on opening when the lists of the last run were found and tblClients exists:
  // the due list is shown as soon as the columns are known, without writing.
  const [pendingReview, setPendingReview] = useState(false);
  const live = useLive();

  const setSource = useCallback(
    (kind: SourceKind, s: SourceState) =>
      live.current && setSources((all) => ({ ...all, [kind]: s })),
    []
  );

  // Opening: the options and lists of the last run, read again where they can be.
  useEffect(() => {
    void (async () => {
      const [savedSources, savedOptions] = await Promise.all([
        wb.getSetting<unknown>(SOURCES_SETTING),
        wb.getSetting<unknown>(OPTIONS_SETTING),
      ]).catch(() => [undefined, undefined]);
      if (!live.current) return;
      setOptions(fromSaved(savedOptions, today()));
      const refs = asSources(savedSources);
      let allFound = true;
      for (const kind of KINDS) {
        const ref = refs[kind];
        if (!ref) continue;
        const region = await reread(wb, ref).catch(() => undefined);
        const usable = region && !pickProblem(region) ? region : undefined;
        if (!usable) allFound = false;
        setSource(kind, usable ? { region: usable } : { remembered: ref });
      }
      const written = refs.clients
        ? await wb.readTable(CLIENTS_TABLE).catch(() => undefined)
        : undefined;
      if (!live.current) return;
      setPendingReview(allFound && written !== undefined);
      setLoading(false);
    })();
  }, [wb, setSource]);

  const clientsRegion = sources.clients.region;
  const visitsRegion = sources.visits.region;
  // A column choice counts only for the list it was made for (a new pick resets it).
  const clientColumns =
    clientMap && clientsRegion && sameHeaders(clientMap.headers, clientsRegion.headers)
      ? clientMap
      : undefined;
  const visitColumns =
    visitMap && visitsRegion && sameHeaders(visitMap.headers, visitsRegion.headers)
      ? visitMap
      : undefined;
  const check = useMemo(() => checkOptions(options), [options]);
  const rankBy = clientColumns ? effectiveRankBy(options.rankBy, clientColumns.columns) : undefined;

  let blocked: Message | undefined;
  if (loading) blocked = { key: "clients.view.reason.loading" };
  else if (!clientsRegion) blocked = { key: "clients.view.reason.noClients" };
  else if (!clientColumns) blocked = { key: "clients.view.reason.loading" };
  else if (clientColumns.missing.length > 0) blocked = { key: "clients.view.reason.clientColumns" };
  else if (visitsRegion && (!visitColumns || visitColumns.missing.length > 0))
    blocked = { key: "clients.view.reason.visitColumns" };
  else if (!check.value) blocked = { key: "clients.view.reason.options" };

  /** Both lists read with their columns, ranked and scheduled; or what stops it. */
  const analyze = (
    clients: Region,
    visits: Region | undefined,
    opts: CheckedOptions
  ): { analysis: Analysis } | { problem: Message } => {
    const c = readClients(clients, clientColumns!.columns, rankBy);
    if (!c.ok) return { problem: { key: c.issue.code, params: c.issue.params } };
    if (c.value.records.length === 0)
      return {
        problem: {
          key: "clients.view.noClientRows",
          params: { sheet: clients.sheet, address: clients.address },
        },
      };
    const v = visits ? readVisits(visits, visitColumns!.columns) : undefined;
    if (v && !v.ok) return { problem: { key: v.issue.code, params: v.issue.params } };
    const report = analyzeClients(c.value.records, v?.value.records ?? [], {
      asOf: opts.asOf,
      shares: opts.shares,
      cadence: { ...DEFAULT_CADENCE, ...opts.cadence },
      classify: noteClassifier,
    });
    const warnings: ReadWarning[] = [
      ...c.value.warnings.map((issue) => ({ source: "clients" as const, issue })),
      ...(v?.value.warnings ?? []).map((issue) => ({ source: "visits" as const, issue })),
    ];
    return { analysis: { report, warnings } };
  };

  /** Runs the analysis with a "reading" state around it; undefined when it could not. */
  const review = async (clients: Region, visits: Region | undefined) => {
    setProblem(undefined);
    setBusy({
      key: "clients.view.analyzing",
      params: {
        clients: w.number(clients.rows.length),
        visits: w.number(visits?.rows.length ?? 0),
      },
    });
    await nextFrame();
    try {
      const result = analyze(clients, visits, check.value!);
      if (!live.current) return undefined;
      if ("problem" in result) {
        setProblem(result.problem);
        return undefined;
      }
      setAnalysis(result.analysis);
      return result.analysis;
    } finally {
      if (live.current) setBusy(undefined);
    }
  };

  useEffect(() => {
    if (!pendingReview || blocked || busy) return;
    setPendingReview(false);
    void review(clientsRegion!, visitsRegion);
    // review reads the current state; it runs once, when the opening's lists are ready.
  }, [pendingReview, blocked?.key]);

  /**
   * The list as it is now. A table is read again, so edits since it was chosen count;
   * if its columns changed, the user checks them first.
   */
  const fresh = async (kind: SourceKind): Promise<Region | undefined> => {
    const current = sources[kind].region!;
    const again = await reread(wb, refOf(current)).catch(() => undefined);
    if (!again) return current;
    if (!sameHeaders(again.headers, current.headers)) {
      setSource(kind, { region: again });
      setProblem({
        key: "clients.view.headersChanged",
        params: { sheet: again.sheet, address: again.address },
      });
      return undefined;
    }
    if (again.address !== current.address || again.rows.length !== current.rows.length)
      setSource(kind, { region: again });
    return again;
  };

  const write = async () => {
    if (blocked || busy || writer.state.phase === "working") return;
    setNotice(undefined);
    setProblem(undefined);
    const clients = await fresh("clients");
    if (!clients) return;
    let visits: Region | undefined;
    if (visitsRegion) {
      visits = await fresh("visits");
      if (!visits) return;
    }
    const done = await review(clients, visits);
    if (!done) return;
    // The parameters of this run prefill the next one; failing to keep them costs nothing now.
    void wb
      .setSetting(OPTIONS_SETTING, toSaved(options.rankBy, check.value!))
      .catch(() => undefined);
    const plan = buildClientsPlan(done.report.clients, w.lang);
    await writer.run((o) => wb.applyPlan(plan, o));
  };

  const pick = async (kind: SourceKind) => {
    let region: Region | undefined;
    try {
      region = await wb.readActiveRegion();
    } catch (e) {
      setSource(kind, {
        ...sources[kind],
        problem: {
          key: "common.error.unexpected",
          params: { detail: String((e as Error)?.message ?? e) },
        },
      });
      return;
    }
    const why = pickProblem(region);
    if (why) {
      setSource(kind, { region: sources[kind].region, problem: why });
      return;
    }
    setSource(kind, { region });
    const saved: SavedSources = asSources(
      await wb.getSetting<unknown>(SOURCES_SETTING).catch(() => undefined)
    );
    void wb
      .setSetting(SOURCES_SETTING, { ...saved, [kind]: refOf(region!) })
      .catch(() => undefined);
  };

  // Stable, so the due list does not re-render while the user types in the options.
  const selectClient = useCallback(
    async (client: string) => {
      const table = await wb.readTable(CLIENTS_TABLE).catch(() => undefined);
      const at = table && clientRow(table, client);
      if (!at) {
        setNotice({ key: "clients.view.due.notWritten", params: { client } });
        return;
      }
      setNotice(undefined);
      await wb.select(at.sheet, at.address);
    },
    [wb]
  );

  return {
    loading,
    sources,
    pick,
    showSource: (ref) => void wb.select(ref.sheet, ref.address).catch(() => undefined),
    onClientMapping: setClientMap,
    onVisitMapping: setVisitMap,
    clientColumns: clientColumns?.columns,
    options,
    setOptions,
    check,
    rankBy,
    blocked,
    write,
    writer,
    busy,
    problem,
    analysis,
    selectClient,
    notice,
  };
}
