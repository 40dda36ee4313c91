import { useEffect, useRef } from "react";

/** Words a view shows later, in whatever language the pane speaks then: a key and its values. */
export interface Message {
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** An error no rule foresaw (Excel refusing a read, say), as a message with its detail. */
export function errorMessage(e: unknown): Message {
  return { key: "common.error.unexpected", params: { detail: String((e as Error)?.message ?? e) } };
}

/**
 * A ref that turns false when the view unmounts, so an answer from Excel that arrives
 * after the user left the tab does not set state on a view that is gone.
 */
export function useLive(): { readonly current: boolean } {
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    []
  );
  return live;
}
