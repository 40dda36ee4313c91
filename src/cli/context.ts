import type { Lang } from "../core/i18n";

/** What a command may touch: its output streams and the working directory. Tests pass fakes. */
export interface CliContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly cwd: string;
  /** Language of messages: ADVANCE_LANG or the system locale (LANG), English by default. */
  readonly lang: Lang;
}

export interface Command {
  readonly name: string;
  /** One line for `advance --help`. */
  readonly summary: string;
  /** Full usage text for `advance NAME --help`. */
  readonly usage: string;
  /** Returns the exit status; throws UserError for user mistakes. */
  run(args: string[], ctx: CliContext): Promise<number>;
}
