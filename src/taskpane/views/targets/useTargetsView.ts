import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { t as translate } from "../../../core/i18n";
import { buildTargetsPlan, PARAMS_TABLE, type Breakdown } from "../../../core/targets";
import { qualified } from "../../../excel/cells";
import { useWriter, type Writer } from "../../components/useWriter";
import { useWords } from "../../i18n";
import { useWorkbook } from "../../workbook";
import { moneyFormat } from "./format";
import {
  checkForm,
  defaultForm,
  fromParamRows,
  fromSaved,
  PARAMS_SETTING,
  toSaved,
  type AmountText,
  type FormCheck,
  type TargetsForm,
} from "./form";
import { readAmounts, readDates } from "./selection";

/** Where the form's values came from when the view opened. */
export type Prefill = "setting" | "table";

/** A list the user can fill from the sheet's selection. */
export type Pickable = "holidays" | "workdays" | "monthly";

export interface TargetsViewState {
  readonly form: TargetsForm;
  update(change: (f: TargetsForm) => TargetsForm): void;
  readonly check: FormCheck;
  /** The last breakdown of a complete form, shown while the form is being fixed. */
  readonly preview?: Breakdown;
  /** The preview is of an earlier input: the current one has a problem. */
  readonly stale: boolean;
  readonly prefill?: Prefill;
  /** The Targets sheet exists, so a write updates it in place. */
  readonly written: boolean;
  /** A list being read from the selection. */
  readonly reading?: Pickable;
  readonly pick: (list: Pickable) => Promise<void>;
  /** A problem outside any field (a failed read, settings not saved). */
  readonly notice?: string;
  write(): Promise<void>;
  readonly writer: Writer;
}

function detailOf(e: unknown): string {
  const err = e as { message?: string; debugInfo?: { message?: string } };
  return err?.debugInfo?.message ?? err?.message ?? String(e);
}

/**
 * The Targets view's state: the form (prefilled from the workbook's last run), its
 * live check and breakdown, lists read from the selection, and the one action that
 * writes the Targets sheet and stores the parameters with the workbook.
 */
export function useTargetsView(): TargetsViewState {
  const wb = useWorkbook();
  const w = useWords();
  const lang = w.lang;
  const writer = useWriter();
  const [form, setForm] = useState<TargetsForm>(() => defaultForm(w.lang, new Date()));
  // Once the user has typed, a late answer from the workbook must not replace their input.
  const touched = useRef(false);
  const [prefill, setPrefill] = useState<Prefill>();
  const [written, setWritten] = useState(false);
  const [reading, setReading] = useState<Pickable>();
  const [notice, setNotice] = useState<string>();

  const amountText = useCallback<AmountText>(
    (amount, unit) => moneyFormat(w.lang, unit)(amount),
    [w.lang]
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        // The parameters table is small (a dozen rows) and marks an earlier write; the
        // day table can run to thousands of rows and is not read here.
        const params = await wb.readTable(PARAMS_TABLE);
        let found = fromSaved(await wb.getSetting(PARAMS_SETTING), w.lang, amountText);
        let from: Prefill | undefined = found ? "setting" : undefined;
        if (!found && params) {
          found = fromParamRows(params.rows, w.lang, amountText);
          from = found ? "table" : undefined;
        }
        if (!live) return;
        // State changes only when something was found: an empty workbook leaves the
        // view as it first rendered.
        if (params) setWritten(true);
        if (found && !touched.current) {
          setForm(found);
          setPrefill(from);
        }
      } catch {
        // Nothing readable from an earlier run: the form starts from its defaults.
      }
    })();
    return () => {
      live = false;
    };
    // Read once per workbook; a language switch must not reload over the user's input.
  }, [wb]);

  const update = useCallback((change: (f: TargetsForm) => TargetsForm) => {
    touched.current = true;
    setForm(change);
  }, []);

  // Checking is a breakdown (up to ~30 ms with market × tier cells), done on every
  // change so the messages and the action are never behind the form. Redrawing the
  // preview costs more, so it follows at low priority and never delays a keystroke.
  const check = useMemo(() => checkForm(form), [form]);
  const lastGood = useRef<Breakdown>();
  if (check.breakdown) lastGood.current = check.breakdown;
  const preview = useDeferredValue(check.breakdown ?? lastGood.current);

  const pick = useCallback(
    async (list: Pickable) => {
      setReading(list);
      setNotice(undefined);
      try {
        const sel = await wb.readSelection();
        const from = qualified(sel.sheet, sel.address);
        if (list === "monthly") {
          const r = readAmounts(sel.values, sel.address);
          update((f) => ({
            ...f,
            weights: {
              kind: "monthly",
              // Only a full year of amounts replaces what is typed; otherwise the count is shown.
              monthly: r.values.length === 12 ? r.values.map(String) : f.weights.monthly,
              read: { from, count: r.values.length, bad: r.bad },
            },
          }));
        } else {
          const r = readDates(sel.values, sel.address);
          update((f) => ({
            ...f,
            calendar: { ...f.calendar, [list]: { dates: r.values, from, bad: r.bad } },
          }));
        }
      } catch (e) {
        setNotice(translate(lang, "targets.view.readFailed", { detail: detailOf(e) }));
      } finally {
        setReading(undefined);
      }
    },
    [wb, update, lang]
  );

  const write = async () => {
    const b = check.breakdown;
    if (!b) return;
    const plan = buildTargetsPlan(b, w.lang);
    const saved = toSaved(form, b);
    setNotice(undefined);
    await writer.run(async (options) => {
      const outcome = await wb.applyPlan(plan, options);
      if (outcome.ok) {
        setWritten(true);
        try {
          await wb.setSetting(PARAMS_SETTING, saved);
        } catch (e) {
          setNotice(w.t("targets.view.settingFailed", { detail: detailOf(e) }));
        }
      }
      return outcome;
    });
  };

  return {
    form,
    update,
    check,
    preview,
    stale: !check.breakdown && lastGood.current !== undefined,
    prefill,
    written,
    reading,
    pick,
    notice,
    write,
    writer,
  };
}
