import { Button, Field, Input, Select } from "@fluentui/react-components";
import { memo } from "react";
import { addMonths } from "../../../core/calendar";
import { useWords } from "../../i18n";
import { cellList, monthLabel, monthNames, sentence } from "./format";
import type { WeightKind, WeightsForm } from "./form";
import { useTargetsViewStyles } from "./TargetsView.styles";
import type { Pickable } from "./useTargetsView";

const KINDS: readonly WeightKind[] = ["workday", "month", "monthly"];

export interface WeightsSectionProps {
  readonly value: WeightsForm;
  readonly onChange: (change: (w: WeightsForm) => WeightsForm) => void;
  /** The plan's first year and month, when the year typed is valid. */
  readonly planYear?: number;
  readonly firstMonth: number;
  /** The weights' problem, and the month it names ("2026-02") if it names one. */
  readonly message?: string;
  readonly messageMonth?: string;
  readonly reading?: Pickable;
  readonly pick: (list: Pickable) => void;
}

/**
 * How the year is spread: evenly per working day, evenly per month, or by twelve
 * monthly amounts (typed, or read from a selection such as last year's sales).
 * Memoised: it re-renders only when the weights or their messages change.
 */
export const WeightsSection = memo(function WeightsSection(props: WeightsSectionProps) {
  const { value, onChange, planYear, firstMonth, message, messageMonth, reading, pick } = props;
  const w = useWords();
  const s = useTargetsViewStyles();
  const names = monthNames(w.lang);
  const keys =
    planYear === undefined
      ? undefined
      : value.monthly.map((_, i) => {
          const m = addMonths(planYear, firstMonth, i);
          return `${m.year}-${String(m.month).padStart(2, "0")}`;
        });
  // "Apr 2026" once the plan is known; the bare month name while the year is being typed.
  const labelOf = (i: number) =>
    keys ? monthLabel(w.lang, keys[i]) : names[(firstMonth - 1 + i) % 12];
  const read = value.read;
  const readNote =
    read &&
    [
      w.t("targets.view.amountsRead", { address: read.from, count: w.number(read.count) }),
      read.count !== 12 ? w.t("targets.weightsCount", { count: read.count }) : "",
      read.bad.length > 0
        ? w.t("targets.view.notNumbers", { cells: cellList(w.lang, read.bad) })
        : "",
    ]
      .filter(Boolean)
      .map(sentence)
      .join(" ");
  const onMonth = keys?.includes(messageMonth ?? "") === true;

  return (
    <>
      <Field
        label={w.t("targets.view.weights")}
        hint={value.kind === "monthly" ? w.t("targets.view.monthlyHint") : undefined}
        validationMessage={onMonth ? undefined : message}
      >
        <Select
          value={value.kind}
          onChange={(_, d) => onChange((x) => ({ ...x, kind: d.value as WeightKind }))}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {sentence(w.t(`targets.weights.${k}`))}
            </option>
          ))}
        </Select>
      </Field>
      {value.kind === "monthly" && (
        <>
          <div className={s.months}>
            {value.monthly.map((text, i) => (
              <Field
                key={i}
                size="small"
                label={labelOf(i)}
                validationMessage={onMonth && keys?.[i] === messageMonth ? message : undefined}
              >
                <Input
                  size="small"
                  inputMode="decimal"
                  value={text}
                  onChange={(_, d) =>
                    onChange((x) => ({
                      ...x,
                      monthly: x.monthly.map((m, j) => (j === i ? d.value : m)),
                      read: undefined,
                    }))
                  }
                />
              </Field>
            ))}
          </div>
          <div className={s.buttons}>
            <Button size="small" disabled={reading !== undefined} onClick={() => pick("monthly")}>
              {w.t("targets.view.fromSelection")}
            </Button>
          </div>
          {readNote && (
            <Field
              validationState={read.count !== 12 || read.bad.length > 0 ? "warning" : "none"}
              validationMessage={readNote}
            />
          )}
        </>
      )}
    </>
  );
});
