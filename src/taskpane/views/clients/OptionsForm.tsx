import { Caption1, Field, Input, Select, Text } from "@fluentui/react-components";
import { useId } from "react";
import { MAX_INTERVAL_DAYS } from "../../../core/clients";
import type { ClientField } from "../../../core/headers";
import type { ColumnChoice } from "../../components/ColumnMapping";
import { useWords } from "../../i18n";
import { useClientsViewStyles } from "./ClientsView.styles";
import {
  A_SHARE_RANGE,
  B_SHARE_MAX,
  CADENCE_TIERS,
  type Message,
  type OptionField,
  type OptionsCheck,
  type OptionsInput,
  type RankBy,
} from "./options";

export interface OptionsFormProps {
  readonly options: OptionsInput;
  readonly check: OptionsCheck;
  readonly rankBy?: RankBy;
  /** The client list's columns, to say which value columns it has. */
  readonly columns?: ColumnChoice<ClientField>;
  readonly headers?: readonly string[];
  onChange(update: (o: OptionsInput) => OptionsInput): void;
}

const RANK_FIELDS: readonly RankBy[] = ["value", "potential"];

/** Rank column, tier shares, visit cadence and the as-of day, each checked where it is typed. */
export function OptionsForm({
  options,
  check,
  rankBy,
  columns,
  headers,
  onChange,
}: OptionsFormProps) {
  const w = useWords();
  const s = useClientsViewStyles();
  const headingId = useId();
  const cadenceId = useId();
  const error = (field: OptionField) => {
    const m: Message | undefined = check.errors[field];
    return m
      ? { validationState: "error" as const, validationMessage: w.t(m.key, m.params) }
      : { validationState: "none" as const };
  };
  const rankLabel = (f: RankBy) => {
    const column = columns?.[f];
    const name = w.t(`clients.view.rankBy.${f}`);
    return column === undefined ? name : `${name}: ${headers?.[column] ?? ""}`;
  };
  const sharesOk = !check.errors.aShare && !check.errors.bShare;

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading}>
        {w.t("clients.view.options")}
      </h3>
      <Field
        label={w.t("clients.view.rankBy")}
        size="small"
        validationState={columns && rankBy === undefined ? "warning" : "none"}
        validationMessage={
          columns && rankBy === undefined
            ? w.t("clients.view.rankByMissing", {
                field: w.t(`clients.view.rankBy.${options.rankBy ?? "value"}`),
              })
            : undefined
        }
      >
        <Select
          size="small"
          value={rankBy ?? options.rankBy ?? "value"}
          onChange={(_, d) => onChange((o) => ({ ...o, rankBy: d.value as RankBy }))}
        >
          {RANK_FIELDS.map((f) => (
            <option key={f} value={f} disabled={columns !== undefined && columns[f] === undefined}>
              {rankLabel(f)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.row}>
        <Field
          className={s.narrow}
          label={w.t("clients.view.shareA")}
          size="small"
          {...error("aShare")}
        >
          <Input
            size="small"
            type="number"
            min={A_SHARE_RANGE.min}
            max={A_SHARE_RANGE.max}
            value={options.aShare}
            onChange={(_, d) => onChange((o) => ({ ...o, aShare: d.value }))}
          />
        </Field>
        <Field
          className={s.narrow}
          label={w.t("clients.view.shareB")}
          size="small"
          {...error("bShare")}
        >
          <Input
            size="small"
            type="number"
            min={A_SHARE_RANGE.min + 1}
            max={B_SHARE_MAX}
            value={options.bShare}
            onChange={(_, d) => onChange((o) => ({ ...o, bShare: d.value }))}
          />
        </Field>
      </div>
      {sharesOk && (
        <Caption1 className={s.reason}>
          {w.t("clients.view.sharesHint", { a: options.aShare.trim(), b: options.bShare.trim() })}
        </Caption1>
      )}
      <div role="group" aria-labelledby={cadenceId} className={s.section}>
        <Text id={cadenceId} size={200} weight="semibold">
          {w.t("clients.view.cadence")}
        </Text>
        <div className={s.row}>
          {CADENCE_TIERS.map((tier) => (
            <Field
              key={tier}
              className={s.narrow}
              label={w.t("clients.view.cadenceTier", { tier })}
              size="small"
              {...error(`cadence.${tier}`)}
            >
              <Input
                size="small"
                type="number"
                min={1}
                max={MAX_INTERVAL_DAYS}
                step={1}
                value={options.cadence[tier]}
                onChange={(_, d) =>
                  onChange((o) => ({ ...o, cadence: { ...o.cadence, [tier]: d.value } }))
                }
              />
            </Field>
          ))}
        </div>
      </div>
      <Field label={w.t("clients.view.asOf")} size="small" {...error("asOf")}>
        <Input
          size="small"
          type="date"
          value={options.asOf}
          onChange={(_, d) => onChange((o) => ({ ...o, asOf: d.value }))}
        />
      </Field>
    </section>
  );
}
