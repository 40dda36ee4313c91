import { Button, Checkbox, Field, Select, Switch } from "@fluentui/react-components";
import { memo, useId } from "react";
import type { Day } from "../../../core/calendar";
import { useWords } from "../../i18n";
import { cellList, weekdayNames } from "./format";
import {
  NO_DATES,
  presetOf,
  WEEKEND_PRESETS,
  type CalendarForm,
  type DateList,
  type WeekendPreset,
} from "./form";
import { useTargetsViewStyles } from "./TargetsView.styles";
import type { Pickable } from "./useTargetsView";

interface DateListProps {
  readonly label: string;
  readonly list: DateList;
  readonly plan?: { readonly start: Day; readonly end: Day };
  readonly busy: boolean;
  readonly onPick: () => void;
  readonly onClear: () => void;
  /** A problem with the list (a date also listed as a holiday). */
  readonly message?: string;
}

/**
 * A list of dates taken from the sheet: the user selects the cells and presses Use
 * selection; the pane says how many dates it read, from where, how many fall outside
 * the plan, and which cells held no date.
 */
function DateListPicker({ label, list, plan, busy, onPick, onClear, message }: DateListProps) {
  const w = useWords();
  const s = useTargetsViewStyles();
  const labelId = useId();
  const outside = plan ? list.dates.filter((d) => d < plan.start || d > plan.end).length : 0;
  const status =
    list.from === undefined
      ? w.t("targets.view.noDates")
      : [
          w.t("targets.view.datesRead", { address: list.from, count: w.number(list.dates.length) }),
          outside > 0 ? w.t("targets.view.datesOutside", { count: w.number(outside) }) : "",
        ]
          .filter(Boolean)
          .join(" ");
  const warning =
    list.bad.length > 0 ? w.t("targets.view.notDates", { cells: cellList(w.lang, list.bad) }) : "";
  return (
    <div role="group" aria-labelledby={labelId} className={s.section}>
      <span id={labelId} className={s.subheading}>
        {label}
      </span>
      <div className={s.buttons}>
        <Button size="small" onClick={onPick} disabled={busy}>
          {w.t("targets.view.useSelection")}
        </Button>
        {list.from !== undefined && (
          <Button size="small" appearance="subtle" onClick={onClear} disabled={busy}>
            {w.t("targets.view.clear")}
          </Button>
        )}
      </div>
      <Field
        hint={status}
        validationState={message ? "error" : warning ? "warning" : "none"}
        validationMessage={message ?? (warning || undefined)}
      />
    </div>
  );
}

export interface CalendarSectionProps {
  readonly value: CalendarForm;
  readonly onChange: (change: (c: CalendarForm) => CalendarForm) => void;
  /** First and last day of the plan, when the year is valid (to count dates outside it). */
  readonly planStart?: Day;
  readonly planEnd?: Day;
  /** What the China preset changes in this plan, as a sentence. */
  readonly chinaHint?: string;
  readonly weekendMessage?: string;
  readonly chinaMessage?: string;
  readonly workdaysMessage?: string;
  readonly reading?: Pickable;
  readonly pick: (list: Pickable) => void;
}

const PRESETS: readonly WeekendPreset[] = ["satSun", "sun", "friSat", "fri", "custom"];

/**
 * Weekend, the China preset, and the user's own holidays and make-up working days.
 * Memoised: it re-renders only when the calendar or its messages change.
 */
export const CalendarSection = memo(function CalendarSection(props: CalendarSectionProps) {
  const { value: cal, onChange, planStart, planEnd, reading, pick } = props;
  const w = useWords();
  const s = useTargetsViewStyles();
  const days = weekdayNames(w.lang);
  const preset = presetOf(cal);
  const plan =
    planStart !== undefined && planEnd !== undefined
      ? { start: planStart, end: planEnd }
      : undefined;

  const choosePreset = (p: WeekendPreset) =>
    onChange((c) =>
      p === "custom"
        ? { ...c, customWeekend: true }
        : { ...c, customWeekend: false, weekend: [...WEEKEND_PRESETS[p]].map((x) => x === "1") }
    );

  return (
    <>
      <Field
        label={w.t("targets.view.weekend")}
        validationMessage={preset === "custom" ? undefined : props.weekendMessage}
      >
        <Select value={preset} onChange={(_, d) => choosePreset(d.value as WeekendPreset)}>
          {PRESETS.map((p) => (
            <option key={p} value={p}>
              {w.t(`targets.view.weekend.${p}`)}
            </option>
          ))}
        </Select>
      </Field>
      {preset === "custom" && (
        // Not inside a Field: a Field hands its id and description to every checkbox in it.
        <fieldset className={s.days}>
          <legend className={s.legend}>{w.t("targets.view.daysOff")}</legend>
          {days.map((name, i) => (
            <Checkbox
              key={i}
              label={name}
              checked={cal.weekend[i]}
              onChange={(_, d) =>
                onChange((c) => ({
                  ...c,
                  weekend: c.weekend.map((off, j) => (j === i ? d.checked === true : off)),
                }))
              }
            />
          ))}
        </fieldset>
      )}
      {preset === "custom" && props.weekendMessage && (
        <Field validationMessage={props.weekendMessage} />
      )}
      <Field validationMessage={props.chinaMessage} hint={cal.china ? props.chinaHint : undefined}>
        <Switch
          label={w.t("targets.view.china")}
          checked={cal.china}
          onChange={(_, d) => onChange((c) => ({ ...c, china: d.checked }))}
        />
      </Field>
      <DateListPicker
        label={w.t("targets.view.holidays")}
        list={cal.holidays}
        plan={plan}
        busy={reading !== undefined}
        onPick={() => pick("holidays")}
        onClear={() => onChange((c) => ({ ...c, holidays: NO_DATES }))}
      />
      <DateListPicker
        label={w.t("targets.view.workdays")}
        list={cal.workdays}
        plan={plan}
        busy={reading !== undefined}
        onPick={() => pick("workdays")}
        onClear={() => onChange((c) => ({ ...c, workdays: NO_DATES }))}
        message={props.workdaysMessage}
      />
    </>
  );
});
