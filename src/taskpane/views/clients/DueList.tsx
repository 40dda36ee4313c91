import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  type BadgeProps,
} from "@fluentui/react-components";
import { memo, useId } from "react";
import { isoDate } from "../../../core/calendar";
import {
  dueList,
  flagLabel,
  tierLabel,
  type ClientsReport,
  type Flag,
  type Tier,
} from "../../../core/clients";
import { useWords } from "../../i18n";
import { useClientsViewStyles } from "./ClientsView.styles";
import type { Message } from "./options";

/** "This week": reps plan their client days a week ahead (seed 003), as the CLI's listing does. */
export const DUE_WINDOW_DAYS = 7;
/**
 * The pane shows the top of the list: at three or four visits a day, a rep's week holds
 * about twenty; the rest are in tblClients, sorted the same way by the user if wanted.
 */
export const DUE_SHOWN = 20;

const TIER_COLOR: Readonly<Record<Tier, BadgeProps["color"]>> = {
  A: "brand",
  B: "informative",
  C: "subtle",
  new: "success",
};

const FLAG_COLOR: Readonly<Partial<Record<Flag, BadgeProps["color"]>>> = {
  "third-visit": "warning",
  stalled: "warning",
  "never-visited": "informative",
};

export interface DueListProps {
  readonly report: ClientsReport;
  onSelect(client: string): void;
  readonly notice?: Message;
}

/** Clients due within the week, most important first; a click shows the client's row in tblClients. */
export const DueList = memo(function DueList({ report, onSelect, notice }: DueListProps) {
  const w = useWords();
  const s = useClientsViewStyles();
  const headingId = useId();
  const due = dueList(report, DUE_WINDOW_DAYS);
  const until = w.date(isoDate(report.asOf + DUE_WINDOW_DAYS));
  const shown = due.slice(0, DUE_SHOWN);
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading}>
        {w.t("clients.view.due.title")}
      </h3>
      <Caption1 className={s.reason}>
        {due.length === 0
          ? w.t("clients.view.due.none", { date: until })
          : w.t("clients.view.due.caption", {
              count: w.number(due.length),
              total: w.number(report.clients.length),
              date: until,
            })}
      </Caption1>
      {shown.length > 0 && (
        <ul className={s.list} aria-labelledby={headingId}>
          {shown.map((c) => (
            <li key={c.records[0]}>
              <Button
                appearance="subtle"
                className={s.dueButton}
                onClick={() => void onSelect(c.client)}
              >
                <span className={s.dueLine}>
                  <span className={s.dueName}>{c.client}</span>
                  <Badge size="small" appearance="filled" color={TIER_COLOR[c.tier]}>
                    {tierLabel(c.tier, w.lang)}
                  </Badge>
                  {c.overdueDays > 0 ? (
                    <Badge size="small" appearance="tint" color="danger">
                      {c.overdueDays === 1
                        ? w.t("clients.view.due.overdueOne")
                        : w.t("clients.view.due.overdue", { days: w.number(c.overdueDays) })}
                    </Badge>
                  ) : (
                    <Badge size="small" appearance="outline" color="informative">
                      {w.t("clients.view.due.dueOn", { date: w.date(isoDate(c.nextVisit)) })}
                    </Badge>
                  )}
                  {c.flags
                    .filter((f) => f !== "overdue") // said by the days-overdue badge
                    .map((f) => (
                      <Badge
                        key={f}
                        size="small"
                        appearance="tint"
                        color={FLAG_COLOR[f] ?? "subtle"}
                      >
                        {flagLabel(f, w.lang)}
                      </Badge>
                    ))}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {due.length > shown.length && (
        <Caption1>
          {w.t("clients.view.due.more", { count: w.number(due.length - shown.length) })}
        </Caption1>
      )}
      {notice && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{w.t(notice.key, notice.params)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
});
