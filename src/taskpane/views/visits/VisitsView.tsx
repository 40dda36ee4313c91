import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId } from "react";
import { ColumnMapping } from "../../components/ColumnMapping";
import { MAPPING_SETTING } from "../../components/formulaColumns";
import { WriteStatus } from "../../components/WriteStatus";
import { useWords } from "../../i18n";
import { FunctionList } from "../FunctionList";
import { VISITS_VIEW_FIELDS } from "./columns";
import { Summary } from "./Summary";
import { useVisitsView } from "./useVisitsView";
import { useVisitsViewStyles } from "./VisitsView.styles";
import { visits } from "../../../core/i18n/messages/visits";
import { clients } from "../../../core/i18n/messages/clients";
import { registerMessages } from "../../../core/i18n";

// This view's words load with it, not with the pane's first download.
registerMessages(visits, clients);

/**
 * The Visits view: the visit log around the selection and its columns, the primary
 * action that adds a live SALES.VISITOUTCOME column beside the notes, and a summary of
 * the outcomes (mix, advance rate by rep, clients to act on).
 */
export function VisitsView() {
  const w = useWords();
  const s = useVisitsViewStyles();
  const v = useVisitsView();
  const reasonId = useId();
  const working = v.writer.state.phase === "working";
  const region = v.region;

  return (
    <div className={s.root}>
      <Caption1>{w.t("visits.view.intro")}</Caption1>
      <div className={s.row}>
        <Button disabled={v.reading || working} onClick={() => void v.read()}>
          {w.t("visits.view.read")}
        </Button>
        {region && (
          <Caption1 className={s.source}>
            {w.t(region.table ? "visits.view.sourceTable" : "visits.view.source", {
              table: region.table ?? "",
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
      {region && (
        <ColumnMapping
          region={region}
          schema={VISITS_VIEW_FIELDS}
          settingKey={MAPPING_SETTING}
          label={w.t("visits.view.columns")}
          onChange={v.onMapping}
        />
      )}
      <div className={s.action}>
        <div className={s.row}>
          <Button
            appearance="primary"
            disabled={v.blocked !== undefined || working}
            aria-describedby={reasonId}
            onClick={() => void v.addColumn()}
          >
            {w.t("visits.view.add")}
          </Button>
        </div>
        <Caption1 id={reasonId} className={s.hint}>
          {v.blocked ? w.t(v.blocked.key, v.blocked.params) : w.t("visits.view.addHint")}
        </Caption1>
        {v.problem && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{w.t(v.problem.key, v.problem.params)}</MessageBarBody>
          </MessageBar>
        )}
        <WriteStatus writer={v.writer} />
      </div>
      {v.summary && (
        <section aria-label={w.t("visits.view.summary")}>
          {v.summary.visits > 0 ? (
            <Summary summary={v.summary} hasRep={v.hasRep} onShow={v.show} />
          ) : (
            <Caption1>{w.t("visits.view.none")}</Caption1>
          )}
        </section>
      )}
      <FunctionList ids={["VISITOUTCOME", "VISITWHY", "COMMITLEVEL"]} />
    </div>
  );
}
