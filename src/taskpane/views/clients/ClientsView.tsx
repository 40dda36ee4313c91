import { Button, Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useId } from "react";
import { CLIENT_FIELDS, VISIT_FIELDS } from "../../../core/headers";
import { ColumnMapping } from "../../components/ColumnMapping";
import { WriteStatus } from "../../components/WriteStatus";
import { useWords } from "../../i18n";
import { FunctionList } from "../FunctionList";
import { useClientsViewStyles } from "./ClientsView.styles";
import { DueList } from "./DueList";
import { OptionsForm } from "./OptionsForm";
import { SourcePicker } from "./SourcePicker";
import { CLIENT_MAPPING_SETTING, VISIT_MAPPING_SETTING } from "./sources";
import { Summary } from "./Summary";
import { useClientsView } from "./useClientsView";
import { clients } from "../../../core/i18n/messages/clients";
import { visits } from "../../../core/i18n/messages/visits";
import { registerMessages } from "../../../core/i18n";

// This view's words load with it, not with the pane's first download.
registerMessages(clients, visits);

/**
 * The Clients view: the user's client list and visit log, taken from the selection and
 * remembered; their columns; the options; Write to workbook (tblClients on the Clients
 * sheet); then who is due this week and a short summary of the tiers and flags.
 */
export function ClientsView() {
  const w = useWords();
  const s = useClientsViewStyles();
  const v = useClientsView();
  const reasonId = useId();
  const working = v.busy !== undefined || v.writer.state.phase === "working";
  const disabled = v.blocked !== undefined || working;

  return (
    <div className={s.root}>
      <Caption1>{w.t("clients.view.intro")}</Caption1>
      <SourcePicker
        title={w.t("clients.view.clientList")}
        button={w.t("clients.view.useClients")}
        empty={w.t("clients.view.notChosen")}
        state={v.sources.clients}
        disabled={v.loading || working}
        onPick={() => void v.pick("clients")}
        onShow={v.showSource}
      >
        {(region) => (
          <ColumnMapping
            region={region}
            schema={CLIENT_FIELDS}
            settingKey={CLIENT_MAPPING_SETTING}
            label={w.t("clients.view.clientColumns")}
            onChange={v.onClientMapping}
          />
        )}
      </SourcePicker>
      <SourcePicker
        title={w.t("clients.view.visitLog")}
        button={w.t("clients.view.useVisits")}
        empty={w.t("clients.view.visitsOptional")}
        state={v.sources.visits}
        disabled={v.loading || working}
        onPick={() => void v.pick("visits")}
        onShow={v.showSource}
      >
        {(region) => (
          <ColumnMapping
            region={region}
            schema={VISIT_FIELDS}
            settingKey={VISIT_MAPPING_SETTING}
            label={w.t("clients.view.visitColumns")}
            onChange={v.onVisitMapping}
          />
        )}
      </SourcePicker>
      <OptionsForm
        options={v.options}
        check={v.check}
        rankBy={v.rankBy}
        columns={v.clientColumns}
        headers={v.sources.clients.region?.headers}
        onChange={v.setOptions}
      />
      <div className={s.action}>
        <div>
          <Button
            appearance="primary"
            disabled={disabled}
            aria-describedby={reasonId}
            onClick={() => void v.write()}
          >
            {w.t("clients.view.write")}
          </Button>
        </div>
        <Caption1 id={reasonId} className={s.reason}>
          {v.blocked ? w.t(v.blocked.key, v.blocked.params) : w.t("clients.view.writeHint")}
        </Caption1>
        {v.busy && (
          <Spinner size="tiny" labelPosition="after" label={w.t(v.busy.key, v.busy.params)} />
        )}
        {v.problem && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{w.t(v.problem.key, v.problem.params)}</MessageBarBody>
          </MessageBar>
        )}
        <WriteStatus writer={v.writer} />
      </div>
      {v.analysis && (
        <>
          <DueList report={v.analysis.report} onSelect={v.selectClient} notice={v.notice} />
          <Summary analysis={v.analysis} />
        </>
      )}
      <FunctionList ids={["CLIENTTIER", "NEXTVISIT", "ROLECOVERAGE"]} />
    </div>
  );
}
