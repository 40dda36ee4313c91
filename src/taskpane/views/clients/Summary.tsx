import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
} from "@fluentui/react-components";
import { memo, useId } from "react";
import { isoDate } from "../../../core/calendar";
import { TIERS, describeMatchRule, tierLabel, type Flag } from "../../../core/clients";
import { useWords } from "../../i18n";
import { useClientsViewStyles } from "./ClientsView.styles";
import type { Analysis } from "./useClientsView";

/** Enough read warnings to see what kind of cell is wrong without burying the result. */
export const WARNINGS_SHOWN = 5;

const COUNTED_FLAGS: readonly { flag: Flag; key: string }[] = [
  { flag: "overdue", key: "clients.view.summary.overdue" },
  { flag: "third-visit", key: "clients.view.summary.thirdVisit" },
  { flag: "never-visited", key: "clients.view.summary.neverVisited" },
];

/**
 * Clients per tier as proportional bars, the flags that need attention as counts, and
 * everything the join could not use: names in the log that match no client (with the
 * matching rule), names read as one client, and cells that could not be read.
 */
export const Summary = memo(function Summary({ analysis }: { analysis: Analysis }) {
  const w = useWords();
  const s = useClientsViewStyles();
  const headingId = useId();
  const tiersId = useId();
  const { report, warnings } = analysis;
  const perTier = TIERS.map((tier) => ({
    tier,
    count: report.clients.filter((c) => c.tier === tier).length,
  })).filter((t) => t.tier !== "new" || t.count > 0);
  const most = Math.max(1, ...perTier.map((t) => t.count));
  const source = (kind: "clients" | "visits") =>
    w.t(kind === "clients" ? "clients.view.clientList" : "clients.view.visitLog");

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading}>
        {w.t("clients.view.summary.title", { date: w.date(isoDate(report.asOf)) })}
      </h3>
      <Caption1 id={tiersId}>{w.t("clients.view.summary.tiers")}</Caption1>
      <div className={s.bars} role="list" aria-labelledby={tiersId}>
        {perTier.map(({ tier, count }) => (
          <div key={tier} role="listitem" className={s.barRow}>
            <Text>{tierLabel(tier, w.lang)}</Text>
            <div className={s.track} aria-hidden>
              <div className={s.bar} style={{ width: `${(count / most) * 100}%` }} />
            </div>
            <Text className={s.number}>{w.number(count)}</Text>
          </div>
        ))}
      </div>
      <div className={s.counts}>
        {COUNTED_FLAGS.map(({ flag, key }) => (
          <Text key={flag} size={200}>
            {w.t(key)}:{" "}
            <span className={s.number}>
              {w.number(report.clients.filter((c) => c.flags.includes(flag)).length)}
            </span>
          </Text>
        ))}
      </div>
      {report.unmatched.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {w.t("clients.view.unmatched.title", { count: w.number(report.unmatched.length) })}
            </MessageBarTitle>
            <ul>
              {report.unmatched.map((u, i) => (
                <li key={i}>
                  {w.t("clients.view.unmatched.item", {
                    name: u.name === "" ? w.t("clients.view.unmatched.blank") : u.name,
                    count: w.number(u.visits),
                  })}
                </li>
              ))}
            </ul>
            <div>{w.t("clients.view.unmatched.fix")}</div>
            <Caption1>{describeMatchRule(w.lang)}</Caption1>
          </MessageBarBody>
        </MessageBar>
      )}
      {(report.merged.length > 0 || report.undatedVisits > 0 || report.futureVisits > 0) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {report.merged.map((m, i) => (
              <div key={i}>{w.t("clients.view.merged", { names: m.names.join(" / ") })}</div>
            ))}
            {report.undatedVisits > 0 && (
              <div>{w.t("clients.cli.undated", { count: w.number(report.undatedVisits) })}</div>
            )}
            {report.futureVisits > 0 && (
              <div>
                {w.t("clients.cli.future", {
                  count: w.number(report.futureVisits),
                  date: w.date(isoDate(report.asOf)),
                })}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {warnings.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {w.t("clients.view.warnings", { count: w.number(warnings.length) })}
            </MessageBarTitle>
            <ul>
              {warnings.slice(0, WARNINGS_SHOWN).map((x, i) => (
                <li key={i}>
                  {source(x.source)}: {w.issue(x.issue)}
                </li>
              ))}
            </ul>
            {warnings.length > WARNINGS_SHOWN && (
              <div>
                {w.t("clients.view.moreWarnings", {
                  count: w.number(warnings.length - WARNINGS_SHOWN),
                })}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
});
