import { Button, Caption1, Link, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import type { Region } from "../../../excel/types";
import { useWords } from "../../i18n";
import { useClientsViewStyles } from "./ClientsView.styles";
import type { SourceState } from "./useClientsView";
import type { SourceRef } from "./sources";

export interface SourcePickerProps {
  readonly title: string;
  readonly button: string;
  /** Shown while nothing is chosen. */
  readonly empty: string;
  readonly state: SourceState;
  readonly disabled?: boolean;
  onPick(): void;
  onShow(ref: SourceRef): void;
  /** The column mapping of the chosen list. */
  readonly children: (region: Region) => ReactNode;
}

/** One list the view reads: the button that takes the selection, what was taken, and its columns. */
export function SourcePicker({
  title,
  button,
  empty,
  state,
  disabled,
  onPick,
  onShow,
  children,
}: SourcePickerProps) {
  const w = useWords();
  const s = useClientsViewStyles();
  const headingId = useId();
  const { region, problem, remembered } = state;
  const described = region
    ? w.t(region.table ? "clients.view.sourceTable" : "clients.view.source", {
        table: region.table ?? "",
        sheet: region.sheet,
        address: region.address,
        rows: w.number(region.rows.length),
      })
    : undefined;
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h3 id={headingId} className={s.heading}>
        {title}
      </h3>
      <div>
        <Button onClick={onPick} disabled={disabled}>
          {button}
        </Button>
      </div>
      {described && <Caption1 className={s.source}>{described}</Caption1>}
      {!region && remembered && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {w.t("clients.view.notFound", { sheet: remembered.sheet, address: remembered.address })}{" "}
            <Link as="button" inline onClick={() => onShow(remembered)}>
              {w.t("clients.view.showSource")}
            </Link>
          </MessageBarBody>
        </MessageBar>
      )}
      {!region && !remembered && <Caption1 className={s.source}>{empty}</Caption1>}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{w.t(problem.key, problem.params)}</MessageBarBody>
        </MessageBar>
      )}
      {region && children(region)}
    </section>
  );
}
