import { Caption1, Link, Text } from "@fluentui/react-components";
import { useId, useMemo } from "react";
import { OUTCOMES } from "../../../core/visits";
import { LOCALE, useWords } from "../../i18n";
import { OUTCOME_COLOURS } from "./columns";
import type { ClientItem, VisitSummary } from "./summary";
import { useVisitsViewStyles } from "./VisitsView.styles";

interface SummaryProps {
  readonly summary: VisitSummary;
  readonly hasRep: boolean;
  readonly onShow: (item: ClientItem) => void;
}

/** A section of the summary: a heading that names its list for screen readers. */
function Section(props: { title: string; hint?: string; children: React.ReactNode }) {
  const s = useVisitsViewStyles();
  const id = useId();
  return (
    <section className={s.section} aria-labelledby={id}>
      <h3 id={id} className={s.heading}>
        {props.title}
      </h3>
      {props.hint && <Caption1 className={s.hint}>{props.hint}</Caption1>}
      {props.children}
    </section>
  );
}

/** Clients to act on, each a link that selects the client's latest visit. */
function ClientList(props: {
  items: readonly ClientItem[];
  itemKey: string;
  noneKey: string;
  onShow: (item: ClientItem) => void;
}) {
  const w = useWords();
  const s = useVisitsViewStyles();
  if (props.items.length === 0) return <Text size={200}>{w.t(props.noneKey)}</Text>;
  return (
    <ul className={s.list}>
      {props.items.map((item) => (
        <li key={item.client}>
          <Link
            as="button"
            className={s.item}
            title={w.t("visits.view.selectHint")}
            onClick={() => props.onShow(item)}
          >
            {w.t(props.itemKey, { client: item.client, count: w.number(item.count) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** The outcome mix as proportional bars, each rep's advance rate, and the two lists to act on. */
export function Summary({ summary, hasRep, onShow }: SummaryProps) {
  const w = useWords();
  const s = useVisitsViewStyles();
  const percent = useMemo(
    () => new Intl.NumberFormat(LOCALE[w.lang], { style: "percent", maximumFractionDigits: 0 }),
    [w.lang]
  );
  const total = summary.visits;

  return (
    <div className={s.summary}>
      <Section title={w.t("visits.view.outcomes")}>
        <Caption1>
          {w.t("visits.view.outcomesTotal", { count: w.number(total) })}
          {summary.unread > 0 &&
            " " + w.t("visits.view.unread", { count: w.number(summary.unread) })}
        </Caption1>
        <ul className={s.list}>
          {OUTCOMES.map((o) => {
            const count = summary.counts[o];
            const share = total > 0 ? count / total : 0;
            return (
              <li key={o} className={s.bar}>
                <Text size={200}>
                  {w.t("visits.view.bar", {
                    outcome: w.t(`visits.outcome.${o}`),
                    count: w.number(count),
                    share: percent.format(share),
                  })}
                </Text>
                {/* The text above says it all; the bar is for the eye. */}
                <div className={s.track} aria-hidden="true">
                  <div
                    className={s.fill}
                    style={{
                      width: `${share * 100}%`,
                      backgroundColor: OUTCOME_COLOURS[o].font,
                    }}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </Section>
      <Section title={w.t("visits.view.rates")} hint={w.t("visits.view.ratesHint")}>
        {hasRep ? (
          <ul className={s.list}>
            {summary.reps.map((r) => (
              <li key={r.rep}>
                <Text size={200}>
                  {w.t("visits.view.rate", {
                    rep: r.rep,
                    rate: percent.format(r.rate),
                    visits: w.number(r.visits),
                  })}
                </Text>
              </li>
            ))}
          </ul>
        ) : (
          <Text size={200}>{w.t("visits.view.noRep")}</Text>
        )}
      </Section>
      <Section title={w.t("visits.view.noOrder")} hint={w.t("visits.view.noOrderHint")}>
        <ClientList
          items={summary.noOrder}
          itemKey="visits.view.noOrderItem"
          noneKey="visits.view.noOrderNone"
          onShow={onShow}
        />
      </Section>
      <Section title={w.t("visits.view.stalled")} hint={w.t("visits.view.stalledHint")}>
        <ClientList
          items={summary.stalled}
          itemKey="visits.view.stalledItem"
          noneKey="visits.view.stalledNone"
          onShow={onShow}
        />
      </Section>
    </div>
  );
}
