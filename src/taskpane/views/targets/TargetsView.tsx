import {
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
} from "@fluentui/react-components";
import { useCallback, useId } from "react";
import { ymdOf } from "../../../core/calendar";
import type { Issue } from "../../../core/issues";
import { WriteStatus } from "../../components/WriteStatus";
import { useWords } from "../../i18n";
import { FunctionList } from "../FunctionList";
import { CalendarSection } from "./CalendarSection";
import { compactMoney, dateLabel, moneyFormat, monthNames, plainNumber, sentence } from "./format";
import { UNIT_CHOICES, type CalendarForm, type ShareRow, type WeightsForm } from "./form";
import { parseAmount } from "./parse";
import { Preview } from "./Preview";
import { SharesTable } from "./SharesTable";
import { useTargetsViewStyles } from "./TargetsView.styles";
import { useTargetsView } from "./useTargetsView";
import { WeightsSection } from "./WeightsSection";
import { targets } from "../../../core/i18n/messages/targets";
import { registerMessages } from "../../../core/i18n";

// This view's words load with it, not with the pane's first download.
registerMessages(targets);

/** The month a weights issue names ({what} or {month} holds a month key), if any. */
function monthNamed(issue: Issue | undefined): string | undefined {
  const key = issue?.params?.what ?? issue?.params?.month;
  return typeof key === "string" && /^\d{4}-\d{2}$/.test(key) ? key : undefined;
}

/** One element for the life of the module: React skips it when the view re-renders. */
const FUNCTIONS = (
  <FunctionList ids={["WORKDAYS", "TARGETSPLIT", "TARGETFOR", "MARKETSPLIT", "PACE"]} />
);

/**
 * The Targets view: the annual target, the plan's calendar, how the year is spread and
 * how it is split by market and tier; a live preview; and Write to workbook, which
 * creates or updates the Targets sheet and stores the parameters with the workbook.
 */
export function TargetsView() {
  const w = useWords();
  const s = useTargetsViewStyles();
  const v = useTargetsView();
  const { form, check, update } = v;
  const reasonId = useId();
  const ids = {
    target: useId(),
    calendar: useId(),
    weights: useId(),
    splits: useId(),
    preview: useId(),
  };
  const message = (i?: Issue) => (i ? sentence(w.issue(i)) : undefined);
  // Stable callbacks, so the memoised sections re-render only when their own part changes.
  const onCalendar = useCallback(
    (change: (c: CalendarForm) => CalendarForm) =>
      update((f) => ({ ...f, calendar: change(f.calendar) })),
    [update]
  );
  const onWeights = useCallback(
    (change: (x: WeightsForm) => WeightsForm) =>
      update((f) => ({ ...f, weights: change(f.weights) })),
    [update]
  );
  const onMarkets = useCallback(
    (rows: readonly ShareRow[]) => update((f) => ({ ...f, markets: rows })),
    [update]
  );
  const onTiers = useCallback(
    (rows: readonly ShareRow[]) => update((f) => ({ ...f, tiers: rows })),
    [update]
  );
  const working = v.writer.state.phase === "working";
  // No wait for the workbook's answer: the form is only complete once the user types a
  // target or the last run's parameters arrive.
  const ready = check.breakdown !== undefined && !working;
  const units = UNIT_CHOICES.includes(form.unit) ? UNIT_CHOICES : [...UNIT_CHOICES, form.unit];
  const months = monthNames(w.lang);

  const annualHint =
    check.annual !== undefined && !check.issues.annual
      ? w.t("targets.view.annualRead", {
          amount: moneyFormat(w.lang, form.unit)(check.annual),
          compact: compactMoney(w.lang, check.annual),
        })
      : w.t("targets.view.annualHint");
  // Shown the way the pane writes amounts once the user leaves the field (¥5,880,000),
  // unless that would round what was typed: then core's message says what is wrong.
  const tidyAnnual = () => {
    const p = parseAmount(form.annual);
    if (p.kind !== "number" || p.value < 0) return;
    const text = moneyFormat(w.lang, form.unit)(p.value);
    const back = parseAmount(text);
    if (text !== form.annual && back.kind === "number" && back.value === p.value)
      update((f) => ({ ...f, annual: text }));
  };

  return (
    <div className={s.root}>
      <Caption1>{w.t("targets.view.intro")}</Caption1>
      {v.prefill && (
        <Caption1 className={s.muted}>
          {w.t(v.prefill === "setting" ? "targets.view.prefilled" : "targets.view.prefilledTable")}
        </Caption1>
      )}

      <section className={s.section} aria-labelledby={ids.target}>
        <h2 id={ids.target} className={s.heading}>
          {w.t("targets.view.section.target")}
        </h2>
        <Field
          label={w.t("targets.view.annual")}
          hint={annualHint}
          validationMessage={message(check.issues.annual)}
        >
          <Input
            inputMode="decimal"
            value={form.annual}
            onChange={(_, d) => update((f) => ({ ...f, annual: d.value }))}
            onBlur={tidyAnnual}
          />
        </Field>
        <div className={s.row}>
          <Field
            className={s.narrow}
            label={w.t("targets.view.year")}
            validationMessage={message(check.issues.year)}
          >
            <Input
              inputMode="numeric"
              value={form.year}
              onChange={(_, d) => update((f) => ({ ...f, year: d.value }))}
            />
          </Field>
          <Field
            className={s.grow}
            label={w.t("targets.view.firstMonth")}
            hint={
              check.period
                ? w.t("targets.view.planSpan", {
                    start: dateLabel(w.lang, check.period.start),
                    end: dateLabel(w.lang, check.period.end),
                  })
                : undefined
            }
          >
            <Select
              value={String(form.firstMonth)}
              onChange={(_, d) => update((f) => ({ ...f, firstMonth: Number(d.value) }))}
            >
              {months.map((name, i) => (
                <option key={i} value={String(i + 1)}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field
          label={w.t("targets.view.unit")}
          hint={w.t("targets.view.unitHint")}
          validationMessage={message(check.issues.unit)}
        >
          <Select
            value={String(form.unit)}
            onChange={(_, d) => update((f) => ({ ...f, unit: Number(d.value) }))}
          >
            {units.map((u) => (
              <option key={u} value={String(u)}>
                {plainNumber(w.lang, u)}
              </option>
            ))}
          </Select>
        </Field>
      </section>

      <section className={s.section} aria-labelledby={ids.calendar}>
        <h2 id={ids.calendar} className={s.heading}>
          {w.t("targets.view.section.calendar")}
        </h2>
        <CalendarSection
          value={form.calendar}
          onChange={onCalendar}
          planStart={check.period?.start}
          planEnd={check.period?.end}
          chinaHint={
            check.china &&
            w.t("targets.view.chinaCount", {
              holidays: w.number(check.china.holidays),
              workdays: w.number(check.china.workdays),
            })
          }
          weekendMessage={message(check.issues.weekend)}
          chinaMessage={message(check.issues.china)}
          workdaysMessage={message(check.issues.workdays)}
          reading={v.reading}
          pick={v.pick}
        />
      </section>

      <section className={s.section} aria-labelledby={ids.weights}>
        <h2 id={ids.weights} className={s.heading}>
          {w.t("targets.view.section.weights")}
        </h2>
        <WeightsSection
          value={form.weights}
          onChange={onWeights}
          planYear={check.period ? ymdOf(check.period.start).year : undefined}
          firstMonth={form.firstMonth}
          message={message(check.issues.weights)}
          messageMonth={monthNamed(check.issues.weights)}
          reading={v.reading}
          pick={v.pick}
        />
      </section>

      <section className={s.section} aria-labelledby={ids.splits}>
        <h2 id={ids.splits} className={s.heading}>
          {w.t("targets.view.section.splits")}
        </h2>
        <Caption1 className={s.muted}>{w.t("targets.view.splitsHint")}</Caption1>
        <SharesTable
          kind="market"
          rows={form.markets}
          message={message(check.issues.markets)}
          onChange={onMarkets}
        />
        <SharesTable
          kind="tier"
          rows={form.tiers}
          message={message(check.issues.tiers)}
          onChange={onTiers}
        />
      </section>

      <section className={s.section} aria-labelledby={ids.preview}>
        <h2 id={ids.preview} className={s.heading}>
          {w.t("targets.view.section.preview")}
        </h2>
        <Preview breakdown={v.preview} stale={v.stale} />
      </section>

      <div className={s.action}>
        <div>
          <Button
            appearance="primary"
            // Focusable while disabled, so keyboard and screen-reader users reach the reason.
            disabledFocusable={!ready}
            aria-describedby={reasonId}
            onClick={() => void v.write()}
          >
            {w.t("targets.view.write")}
          </Button>
        </div>
        <Caption1 id={reasonId} className={s.muted}>
          {check.first
            ? w.t("targets.view.blocked", { problem: sentence(w.issue(check.first)) })
            : w.t(v.written ? "targets.view.updateHint" : "targets.view.writeHint")}
        </Caption1>
        {v.notice && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{v.notice}</MessageBarBody>
          </MessageBar>
        )}
        <WriteStatus writer={v.writer} />
      </div>
      {FUNCTIONS}
    </div>
  );
}
