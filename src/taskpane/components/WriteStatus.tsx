import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
} from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { useWords } from "../i18n";
import { useWorkbook } from "../workbook";
import type { Writer } from "./useWriter";

/** Progress, the overwrite question, and the result of a write, under a view's primary action. */
export function WriteStatus({ writer }: { writer: Writer }) {
  const w = useWords();
  const wb = useWorkbook();
  const { state } = writer;
  const resultRef = useRef<HTMLDivElement>(null);

  // Screen readers and keyboard users land on the result when it arrives.
  useEffect(() => {
    if (state.phase === "done" || state.phase === "conflict" || state.phase === "error")
      resultRef.current?.focus();
  }, [state.phase]);

  if (state.phase === "idle") return null;
  if (state.phase === "working") {
    const label =
      state.total > 0
        ? w.t("common.progress", { done: w.number(state.done), total: w.number(state.total) })
        : w.t("common.working");
    return (
      <Field validationMessage={label} validationState="none">
        <ProgressBar value={state.total > 0 ? state.done / state.total : undefined} />
      </Field>
    );
  }
  if (state.phase === "conflict") {
    return (
      <div ref={resultRef} tabIndex={-1}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {state.conflicts.map((c, i) => (
              <div key={i}>
                {c.kind === "occupied"
                  ? w.t("common.conflict.occupied", { sheet: c.sheet, address: c.address })
                  : w.t("common.conflict.edited", { sheet: c.sheet, table: c.table })}
              </div>
            ))}
            <div>{w.t("common.conflict.ask")}</div>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void writer.confirm()}>{w.t("common.overwrite")}</Button>
            <Button appearance="subtle" onClick={writer.dismiss}>
              {w.t("common.cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </div>
    );
  }
  if (state.phase === "error") {
    const text = state.issue
      ? w.issue(state.issue)
      : state.done > 0
        ? w.t("common.error.partial", {
            done: w.number(state.done),
            total: w.number(state.total),
            detail: state.detail,
          })
        : w.t("common.error.excel", { detail: state.detail });
    return (
      <div ref={resultRef} tabIndex={-1}>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  const first = state.tables[0];
  const address = first ? `${first.sheet}!${first.address}` : "";
  return (
    <div ref={resultRef} tabIndex={-1}>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>
            {first && first.name === ""
              ? w.t("common.columnWritten", { address })
              : w.t(state.tables.length === 1 ? "common.writtenOne" : "common.written", {
                  address,
                  count: state.tables.length,
                })}
          </MessageBarTitle>
          {first && (
            <Link as="button" onClick={() => void wb.select(first.sheet, first.address)}>
              {w.t("common.select")}
            </Link>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
