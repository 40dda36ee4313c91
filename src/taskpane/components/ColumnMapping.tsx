import { Button, Caption1, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useMemo, useRef, useState } from "react";
import { mapHeaders, normalizeHeader, type FieldSchema } from "../../core/headers";
import { columnLetter } from "../../core/sheet/plan";
import type { Region } from "../../excel/types";
import { useWords } from "../i18n";
import { useWorkbook } from "../workbook";

/*
 * Which column of a user's list holds which field. The pane guesses from the headers
 * (core's mapHeaders), the user corrects what is wrong, and the correction is kept in
 * the workbook for the next list with the same headers: people export the same report
 * every week, and should correct it once.
 */

// ---- Types ----

/** The column (0-based, within the region) of each field; a field without a column is absent. */
export type ColumnChoice<F extends string> = { readonly [K in F]?: number };

/** Where the current choice comes from: the headers, an earlier correction, or the user just now. */
export type MappingOrigin = "auto" | "remembered" | "edited";

/** What the component reports up whenever the choice changes. */
export interface MappingReport<F extends string> {
  /** The headers the choice was made for; a parent compares them with its region's. */
  readonly headers: readonly string[];
  readonly columns: ColumnChoice<F>;
  /** Required fields without a column; the data cannot be read until this is empty. */
  readonly missing: readonly F[];
  readonly origin: MappingOrigin;
}

export interface ColumnMappingProps<F extends string> {
  /** The block read from the sheet: its headers are the choices, its rows give samples. */
  readonly region: Pick<Region, "headers" | "rows" | "left">;
  /** The fields to map, e.g. CLIENT_FIELDS or VISIT_FIELDS. */
  readonly schema: readonly FieldSchema<F>[];
  /** Workbook setting that remembers corrections, e.g. "clients.mapping". */
  readonly settingKey: string;
  /** Legend of the group (its accessible name), e.g. "Client list columns". */
  readonly label: string;
  readonly onChange: (report: MappingReport<F>) => void;
}

/** One remembered correction, as stored in the workbook's settings. */
export interface RememberedMapping {
  /** headerSignature() of the headers it was made for. */
  readonly signature: string;
  readonly columns: Readonly<Record<string, number>>;
}

// ---- Pure rules (exported for tests and for views that read with a choice) ----

/**
 * How many corrections a setting keeps, newest first. A workbook holds a few lists
 * (clients, visits, last year's export); older corrections are dropped so the settings
 * stay small (Office keeps all add-in settings of a workbook in one property bag).
 */
export const REMEMBERED_LIMIT = 8;

/** Headers as a key: the same comparison mapHeaders uses, so "客户名称 " and "客户名称" agree. */
export function headerSignature(headers: readonly string[]): string {
  return JSON.stringify(headers.map((h) => normalizeHeader(h ?? "")));
}

export function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  return headerSignature(a) === headerSignature(b);
}

export function autoColumns<F extends string>(
  headers: readonly string[],
  schema: readonly FieldSchema<F>[]
): ColumnChoice<F> {
  return mapHeaders(headers, schema).columns;
}

export function missingFields<F extends string>(
  columns: ColumnChoice<F>,
  schema: readonly FieldSchema<F>[]
): F[] {
  return schema.filter((s) => s.required && columns[s.field] === undefined).map((s) => s.field);
}

/**
 * Gives `field` the column (or none). A column holds one field, as in mapHeaders: a
 * column taken from another field leaves that field without one, which the form then
 * shows (and marks, if it is required) rather than reading one column twice.
 */
export function assign<F extends string>(
  columns: ColumnChoice<F>,
  field: F,
  column: number | undefined
): ColumnChoice<F> {
  const next: { [K in F]?: number } = {};
  for (const f of Object.keys(columns) as F[]) {
    if (f !== field && columns[f] !== column) next[f] = columns[f];
  }
  if (column !== undefined) next[field] = column;
  return next;
}

function asList(saved: unknown): RememberedMapping[] {
  return Array.isArray(saved)
    ? saved.filter(
        (m): m is RememberedMapping =>
          typeof m === "object" &&
          m !== null &&
          typeof (m as RememberedMapping).signature === "string" &&
          typeof (m as RememberedMapping).columns === "object"
      )
    : [];
}

/**
 * The remembered choice for these headers, if any and if it still fits: only fields of
 * the schema, only columns that exist, one field per column. Anything else (a setting
 * written by another version, edited by hand) is ignored rather than trusted.
 */
export function recall<F extends string>(
  saved: unknown,
  headers: readonly string[],
  schema: readonly FieldSchema<F>[]
): ColumnChoice<F> | undefined {
  const signature = headerSignature(headers);
  const entry = asList(saved).find((m) => m.signature === signature);
  if (!entry) return undefined;
  const fields = new Set<string>(schema.map((s) => s.field));
  const used = new Set<number>();
  const out: { [K in F]?: number } = {};
  for (const [field, column] of Object.entries(entry.columns)) {
    const valid =
      fields.has(field) &&
      Number.isInteger(column) &&
      column >= 0 &&
      column < headers.length &&
      !used.has(column);
    if (!valid) return undefined;
    used.add(column);
    out[field as F] = column;
  }
  return out;
}

/** The setting after remembering `columns` for these headers: newest first, at most REMEMBERED_LIMIT. */
export function remember(
  saved: unknown,
  headers: readonly string[],
  columns: ColumnChoice<string>
): RememberedMapping[] {
  const signature = headerSignature(headers);
  const entry: RememberedMapping = {
    signature,
    columns: Object.fromEntries(
      Object.entries(columns).filter((e): e is [string, number] => e[1] !== undefined)
    ),
  };
  const rest = asList(saved).filter((m) => m.signature !== signature);
  return [entry, ...rest].slice(0, REMEMBERED_LIMIT);
}

/** The setting without a correction for these headers (the user went back to matching by headers). */
export function forget(saved: unknown, headers: readonly string[]): RememberedMapping[] {
  const signature = headerSignature(headers);
  return asList(saved).filter((m) => m.signature !== signature);
}

// Enough rows to find a sample in a column with a few blanks at the top.
const SAMPLE_ROWS = 50;

/** The first text value of a column, as a hint that the right column was picked. */
export function sampleText(
  rows: Pick<Region, "rows">["rows"],
  column: number | undefined
): string | undefined {
  if (column === undefined) return undefined;
  for (const row of rows.slice(0, SAMPLE_ROWS)) {
    const v = row[column];
    // Numbers are left out: a date arrives as a serial (45737), which would mislead.
    if (typeof v === "string" && v.trim() !== "") return v.trim();
  }
  return undefined;
}

// ---- State ----

export interface ColumnMappingState<F extends string> {
  readonly columns: ColumnChoice<F>;
  readonly origin: MappingOrigin;
  /** False until the remembered corrections have been looked up. */
  readonly ready: boolean;
  readonly missing: readonly F[];
  /** The fields the form shows: all, or the required, matched and touched ones. */
  readonly shown: readonly FieldSchema<F>[];
  readonly hidden: number;
  readonly showAll: boolean;
  setShowAll(show: boolean): void;
  choose(field: F, column: number | undefined): void;
  reset(): void;
}

export function useColumnMapping<F extends string>({
  region,
  schema,
  settingKey,
  onChange,
}: ColumnMappingProps<F>): ColumnMappingState<F> {
  const wb = useWorkbook();
  const { headers } = region;
  const signature = headerSignature(headers);
  const [columns, setColumns] = useState<ColumnChoice<F>>(() => autoColumns(headers, schema));
  const [origin, setOrigin] = useState<MappingOrigin>("auto");
  const [ready, setReady] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const headersRef = useRef(headers);
  headersRef.current = headers;
  // A schema passed inline is a new array on every render; its fields are what matters.
  const schemaRef = useRef(schema);
  schemaRef.current = schema;
  const schemaKey = schema.map((f) => f.field).join("|");

  // New headers: match them, then look for a correction made earlier for the same headers.
  useEffect(() => {
    let live = true;
    const now = headersRef.current;
    const fields = schemaRef.current;
    setColumns(autoColumns(now, fields));
    setOrigin("auto");
    setTouched(new Set());
    setReady(false);
    wb.getSetting<unknown>(settingKey)
      .then((saved) => {
        if (!live) return;
        const kept = recall(saved, now, fields);
        if (kept) {
          setColumns(kept);
          setOrigin("remembered");
        }
      })
      // A setting that cannot be read only costs the user a correction: match by headers.
      .catch(() => undefined)
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [signature, settingKey, schemaKey, wb]);

  const missing = useMemo(() => missingFields(columns, schema), [columns, schema]);

  useEffect(() => {
    if (ready) onChangeRef.current({ headers: headersRef.current, columns, missing, origin });
  }, [ready, columns, missing, origin]);

  const save = (update: (saved: unknown) => RememberedMapping[]) =>
    wb
      .getSetting<unknown>(settingKey)
      .then((saved) => wb.setSetting(settingKey, update(saved)))
      // Not remembered means asked again next time; the choice still holds now.
      .catch(() => undefined);

  const primary = schema.filter(
    (s) => s.required || columns[s.field] !== undefined || touched.has(s.field)
  );
  return {
    columns,
    origin,
    ready,
    missing,
    shown: showAll ? schema : primary,
    hidden: schema.length - primary.length,
    showAll,
    setShowAll,
    choose: (field, column) => {
      const next = assign(columns, field, column);
      // A field that just lost its column stays in view, so the user sees where it went.
      const displaced = (Object.keys(columns) as F[]).filter(
        (f) => f !== field && column !== undefined && columns[f] === column
      );
      setColumns(next);
      setOrigin("edited");
      setTouched(new Set([...touched, field, ...displaced]));
      void save((saved) => remember(saved, headers, next));
    },
    reset: () => {
      setColumns(autoColumns(headers, schema));
      setOrigin("auto");
      void save((saved) => forget(saved, headers));
    },
  };
}

// ---- Styles ----

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    marginBottom: tokens.spacingVerticalXS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

// ---- Render ----

function ColumnMappingForm<F extends string>(props: ColumnMappingProps<F>) {
  const state = useColumnMapping(props);
  const w = useWords();
  const s = useStyles();
  const { region, label } = props;
  const optionText = (header: string, i: number) =>
    w.t("mapping.option", {
      header: header.trim() === "" ? w.t("mapping.blankHeader") : header,
      letter: columnLetter(region.left + i),
    });

  return (
    <fieldset className={s.group}>
      <legend className={s.legend}>{label}</legend>
      <Caption1>{w.t(`mapping.${state.origin}`)}</Caption1>
      {state.shown.map(({ field, required }) => {
        const column = state.columns[field];
        const isMissing = required && column === undefined;
        const sample = sampleText(region.rows, column);
        return (
          <Field
            key={field}
            label={w.t(`mapping.field.${field}`)}
            required={required}
            size="small"
            validationState={isMissing ? "error" : "none"}
            validationMessage={isMissing ? w.t("mapping.required") : undefined}
            hint={sample === undefined ? undefined : w.t("mapping.sample", { value: sample })}
          >
            <Select
              size="small"
              value={column === undefined ? "" : String(column)}
              onChange={(_, d) => state.choose(field, d.value === "" ? undefined : Number(d.value))}
            >
              <option value="">{w.t("mapping.none")}</option>
              {region.headers.map((h, i) => (
                <option key={i} value={String(i)}>
                  {optionText(h, i)}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div className={s.actions}>
        {(state.hidden > 0 || state.showAll) && (
          <Button size="small" appearance="subtle" onClick={() => state.setShowAll(!state.showAll)}>
            {state.showAll
              ? w.t("mapping.showFewer")
              : w.t("mapping.showAll", { count: state.hidden })}
          </Button>
        )}
        {state.origin !== "auto" && (
          <Button size="small" appearance="subtle" onClick={state.reset}>
            {w.t("mapping.reset")}
          </Button>
        )}
      </div>
    </fieldset>
  );
}

/**
 * Each field of a schema with a choice of the sheet's headers, prefilled by header
 * matching (or by the user's earlier correction), required fields marked when missing.
 * Memoised: a view re-renders on every keystroke in its other fields, and a mapping
 * only changes with its region.
 */
export const ColumnMapping = memo(ColumnMappingForm) as typeof ColumnMappingForm;
