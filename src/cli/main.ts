import { resolveLang } from "../core/i18n";
import { COMMANDS } from "./commands";
import type { CliContext } from "./context";
import { UserError } from "./errors";
import "../core/i18n/all";

// The version comes from package.json, read at run time so it never drifts.
const pkg = require("../../package.json") as { version: string };

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `advance ${pkg.version} - the Advance sales method on CSV and XLSX files, without Excel`,
    "",
    "Usage: advance COMMAND [options]",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help      show help (also: advance COMMAND --help)",
    "  -v, --version   show the version",
    "",
    "Messages follow ADVANCE_LANG (en, zh-Hans, zh-Hant) or the system language.",
  ].join("\n");
}

export function defaultContext(): CliContext {
  return {
    out: (t) => process.stdout.write(t.endsWith("\n") ? t : t + "\n"),
    err: (t) => process.stderr.write(t.endsWith("\n") ? t : t + "\n"),
    cwd: process.cwd(),
    lang: resolveLang(process.env.ADVANCE_LANG || process.env.LC_ALL || process.env.LANG),
  };
}

/** Runs the CLI; returns the exit status (0 ok, 1 findings/failure, 2 user mistake). */
export async function main(argv: string[], ctx: CliContext = defaultContext()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    ctx.out(help());
    return first === undefined ? 2 : 0;
  }
  if (first === "-v" || first === "--version") {
    ctx.out(pkg.version);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === first);
  try {
    if (!command) throw UserError.msg("cli.unknownCommand", { command: first }, ctx.lang);
    return await command.run(rest, ctx);
  } catch (e) {
    if (e instanceof UserError) {
      ctx.err(`advance: ${e.message}`);
      return 2;
    }
    // A bug, not a user mistake: still one line, with where to report it.
    ctx.err(
      `advance: internal error: ${(e as Error)?.message ?? String(e)} (please report this with the command you ran)`
    );
    if (process.env.ADVANCE_DEBUG) ctx.err(String((e as Error)?.stack));
    return 1;
  }
}
