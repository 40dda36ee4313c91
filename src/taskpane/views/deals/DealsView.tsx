import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId } from "react";
import { ColumnMapping } from "../../components/ColumnMapping";
import { WriteStatus } from "../../components/WriteStatus";
import { useWords } from "../../i18n";
import { FunctionList } from "../FunctionList";
import { MAPPING_SETTING } from "../../components/formulaColumns";
import { DEAL_FIELDS } from "./columns";
import { DealCard } from "./DealCard";
import { useDealsViewStyles } from "./DealsView.styles";
import { useDealsView } from "./useDealsView";
import { deals } from "../../../core/i18n/messages/deals";
import { visits } from "../../../core/i18n/messages/visits";
import { registerMessages } from "../../../core/i18n";

// This view's words load with it, not with the pane's first download.
registerMessages(deals, visits);

/**
 * The Deals view: the log around the selection and its columns, a card for the selected
 * row (buying stage, objection, pull-back advice, entry check, reply), and two actions
 * that add live SALES.BUYSTAGE / SALES.OBJECTION columns beside the notes.
 */
export function DealsView() {
  const w = useWords();
  const s = useDealsViewStyles();
  const v = useDealsView();
  const reasonId = useId();
  const working = v.writer.state.phase === "working";
  const disabled = v.blocked !== undefined || working;
  const region = v.region;

  return (
    <div className={s.root}>
      <Caption1>{w.t("deals.view.intro")}</Caption1>
      <div className={s.row}>
        <Button disabled={v.reading || working} onClick={() => void v.read()}>
          {w.t("deals.view.read")}
        </Button>
        {region && (
          <Caption1 className={s.source}>
            {region.table
              ? w.t("deals.view.sourceTable", {
                  table: region.table,
                  sheet: region.sheet,
                  address: region.address,
                  rows: w.number(region.rows.length),
                })
              : w.t("deals.view.source", {
                  sheet: region.sheet,
                  address: region.address,
                  rows: w.number(region.rows.length),
                })}
          </Caption1>
        )}
      </div>
      {v.notice && (
        <MessageBar
          intent={v.notice.key.startsWith("common.error") ? "error" : "info"}
          layout="multiline"
        >
          <MessageBarBody>{w.t(v.notice.key, v.notice.params)}</MessageBarBody>
        </MessageBar>
      )}
      {v.deal && (
        <DealCard
          deal={v.deal}
          strengths={v.strengths}
          onStrength={v.toggleStrength}
          onEnteredAt={v.setEnteredAt}
        />
      )}
      {region && (
        <ColumnMapping
          region={region}
          schema={DEAL_FIELDS}
          settingKey={MAPPING_SETTING}
          label={w.t("deals.view.columns")}
          onChange={v.onMapping}
        />
      )}
      <div className={s.action}>
        <div className={s.row}>
          <Button
            appearance="primary"
            disabled={disabled}
            aria-describedby={reasonId}
            onClick={() => void v.addColumn("stage")}
          >
            {w.t("deals.view.addStage")}
          </Button>
          <Button
            disabled={disabled}
            aria-describedby={reasonId}
            onClick={() => void v.addColumn("objection")}
          >
            {w.t("deals.view.addObjection")}
          </Button>
        </div>
        <Caption1 id={reasonId} className={s.reason}>
          {v.blocked ? w.t(v.blocked.key, v.blocked.params) : w.t("deals.view.addHint")}
        </Caption1>
        {v.problem && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{w.t(v.problem.key, v.problem.params)}</MessageBarBody>
          </MessageBar>
        )}
        <WriteStatus writer={v.writer} />
      </div>
      <FunctionList ids={["BUYSTAGE", "OBJECTION", "PULLBACK", "OBJECTIONREPLY"]} />
    </div>
  );
}
