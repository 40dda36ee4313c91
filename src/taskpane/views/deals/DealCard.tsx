import {
  Badge,
  Caption1,
  Card,
  CardHeader,
  Checkbox,
  Field,
  Select,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import {
  STAGES,
  STRENGTHS,
  isStageKey,
  moveLabelKey,
  objectionLabelKey,
  positionLabelKey,
  stageIndex,
  stageLabelKey,
  stepKey,
  strengthLabelKey,
  type StageKey,
  type Strength,
} from "../../../core/deals";
import { useWords } from "../../i18n";
import { useDealsViewStyles } from "./DealsView.styles";
import type { DealReading } from "./useDealsView";

export interface DealCardProps {
  readonly deal: DealReading;
  readonly strengths: readonly Strength[];
  readonly onStrength: (s: Strength, on: boolean) => void;
  readonly onEnteredAt: (stage: StageKey | undefined) => void;
}

/** One section of the card, named by its heading for screen readers. */
function Section({ title, children }: { title: string; children: ReactNode }) {
  const s = useDealsViewStyles();
  const id = useId();
  return (
    <section className={s.section} aria-labelledby={id}>
      <h3 id={id} className={s.heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The nine stages as a strip: walked, where the customer stands, where to pull them back to. */
function StageStrip({ current, target }: { current: StageKey; target?: StageKey }) {
  const w = useWords();
  const s = useDealsViewStyles();
  const label = [
    `${w.t("deals.view.stageStep", { n: stageIndex(current) + 1 })}: ${w.t(stageLabelKey(current))}`,
    target && target !== current
      ? w.t("deals.view.pullTo", { stage: w.t(stageLabelKey(target)) })
      : undefined,
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <div className={s.strip} role="img" aria-label={label}>
      {STAGES.map((stage) => (
        <div
          key={stage}
          title={w.t(stageLabelKey(stage))}
          className={mergeClasses(
            s.cell,
            stageIndex(stage) < stageIndex(current) && s.walked,
            stage === current && s.current,
            stage === target && stage !== current && s.target
          )}
        />
      ))}
    </div>
  );
}

/**
 * The selected row read as a deal: its buying stage and objection with the evidence
 * from the note, the pull-back advice for the strengths ticked, the entry check and the
 * recommended reply.
 */
export function DealCard({ deal, strengths, onStrength, onEnteredAt }: DealCardProps) {
  const w = useWords();
  const s = useDealsViewStyles();
  const title = deal.client
    ? w.t("deals.view.rowOf", { row: deal.row, client: deal.client })
    : w.t("deals.view.row", { row: deal.row });
  const { stage, objection, advice, entry } = deal;

  return (
    <Card aria-label={title}>
      <CardHeader header={<Text weight="semibold">{title}</Text>} />
      {!stage ? (
        <Text>{w.t("deals.view.emptyRow", { row: deal.row })}</Text>
      ) : (
        <>
          <Section title={w.t("deals.view.stage")}>
            <div className={s.row}>
              <Badge appearance="filled" color="brand">
                {w.t(stageLabelKey(stage.stage))}
              </Badge>
              <Caption1>{w.t("deals.view.stageStep", { n: stageIndex(stage.stage) + 1 })}</Caption1>
            </div>
            <StageStrip current={stage.stage} target={advice?.target} />
            <Text>{w.t(stage.rule)}</Text>
            <Caption1 className={s.evidence}>
              {w.t("deals.view.evidence", { evidence: stage.evidence })}
            </Caption1>
          </Section>

          {objection && (
            <Section title={w.t("deals.view.objection")}>
              <div className={s.row}>
                <Badge
                  appearance="tint"
                  color={objection.objection === "none" ? "success" : "warning"}
                >
                  {w.t(objectionLabelKey(objection.objection))}
                </Badge>
              </div>
              <Text>{w.t(objection.rule)}</Text>
              <Caption1 className={s.evidence}>
                {w.t("deals.view.evidence", { evidence: objection.evidence })}
              </Caption1>
            </Section>
          )}

          <Section title={w.t("deals.view.pullback")}>
            <fieldset className={s.strengths}>
              <legend className={s.legend}>{w.t("deals.view.strengths")}</legend>
              {STRENGTHS.map((k) => (
                <Checkbox
                  key={k}
                  label={w.t(strengthLabelKey(k))}
                  checked={strengths.includes(k)}
                  onChange={(_, d) => onStrength(k, d.checked === true)}
                />
              ))}
            </fieldset>
            {advice && (
              <>
                <div className={s.row}>
                  <Text weight="semibold">
                    {w.t(
                      advice.target === stage.stage ? "deals.view.stayAt" : "deals.view.pullTo",
                      {
                        stage: w.t(stageLabelKey(advice.target)),
                      }
                    )}
                  </Text>
                  <Badge appearance="outline">
                    {w.t("deals.view.move", { move: w.t(moveLabelKey(advice.move)) })}
                  </Badge>
                </div>
                <ol className={s.steps}>
                  {advice.steps.map((step) => (
                    <li key={step}>
                      <Text>{w.t(stepKey(step))}</Text>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </Section>

          <Section title={w.t("deals.view.entry")}>
            <Field
              label={w.t("deals.view.enteredAt")}
              hint={w.t("deals.view.entryHint")}
              size="small"
            >
              <Select
                size="small"
                value={deal.enteredAt ?? ""}
                onChange={(_, d) => onEnteredAt(isStageKey(d.value) ? d.value : undefined)}
              >
                <option value="">{w.t("deals.view.notSet")}</option>
                {STAGES.map((k, i) => (
                  <option key={k} value={k}>
                    {`${i + 1}. ${w.t(stageLabelKey(k))}`}
                  </option>
                ))}
              </Select>
            </Field>
            {entry && (
              <>
                <div className={s.row}>
                  <Badge
                    appearance="tint"
                    color={entry.position === "following" ? "warning" : "success"}
                  >
                    {w.t(positionLabelKey(entry.position))}
                  </Badge>
                </div>
                <Text>{w.t(entry.explanation)}</Text>
              </>
            )}
          </Section>

          {deal.reply && (
            <Section title={w.t("deals.view.reply")}>
              <Text>{w.t(deal.reply)}</Text>
            </Section>
          )}
        </>
      )}
    </Card>
  );
}
