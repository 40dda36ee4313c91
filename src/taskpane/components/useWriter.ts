import { useCallback, useRef, useState } from "react";
import type { Issue } from "../../core/issues";
import type { Conflict, WriteOptions, WriteOutcome, WrittenTable } from "../../excel/types";

export type WriterState =
  | { readonly phase: "idle" }
  | { readonly phase: "working"; readonly done: number; readonly total: number }
  | { readonly phase: "conflict"; readonly conflicts: readonly Conflict[] }
  | { readonly phase: "done"; readonly tables: readonly WrittenTable[] }
  | {
      readonly phase: "error";
      readonly detail: string;
      /** A problem core described (shown in the user's words), rather than one Excel raised. */
      readonly issue?: Issue;
      readonly done: number;
      readonly total: number;
    };

export interface Writer {
  readonly state: WriterState;
  /** Runs a write; on conflicts it stops and waits for `confirm` or `dismiss`. */
  run(write: (options: WriteOptions) => Promise<WriteOutcome>): Promise<void>;
  /** The user agreed to replace the conflicting cells: the same write again, with overwrite. */
  confirm(): Promise<void>;
  dismiss(): void;
}

function detailOf(e: unknown): string {
  const err = e as { message?: string; code?: string; debugInfo?: { message?: string } };
  return err?.debugInfo?.message ?? err?.message ?? String(e);
}

/**
 * The life of one write from a view: progress while rows go out, a question when the
 * write would replace a user's cells, and a result that says what changed — or, if
 * Excel fails part-way, exactly which rows were written.
 */
export function useWriter(): Writer {
  const [state, setState] = useState<WriterState>({ phase: "idle" });
  const last = useRef<((options: WriteOptions) => Promise<WriteOutcome>) | undefined>(undefined);

  const execute = useCallback(
    async (write: (options: WriteOptions) => Promise<WriteOutcome>, overwrite: boolean) => {
      last.current = write;
      let done = 0;
      let total = 0;
      setState({ phase: "working", done, total });
      try {
        const outcome = await write({
          overwrite,
          onProgress: (d, t) => {
            done = d;
            total = t;
            setState({ phase: "working", done: d, total: t });
          },
        });
        if (outcome.ok) setState({ phase: "done", tables: outcome.tables });
        else if ("conflicts" in outcome)
          setState({ phase: "conflict", conflicts: outcome.conflicts });
        else
          setState({
            phase: "error",
            detail: outcome.issue.code,
            issue: outcome.issue,
            done,
            total,
          });
      } catch (e) {
        setState({ phase: "error", detail: detailOf(e), done, total });
      }
    },
    []
  );

  return {
    state,
    run: (write) => execute(write, false),
    confirm: async () => {
      if (last.current) await execute(last.current, true);
    },
    dismiss: () => setState({ phase: "idle" }),
  };
}
