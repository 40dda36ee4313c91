import { parseArgs, type ParseArgsConfig } from "node:util";
import { UserError } from "./errors";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs with our error style: an unknown or malformed option becomes one
 * line that names the option and points at the command's --help.
 */
export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const detail = (e as Error).message
      .split("\n")[0]
      .replace(/\. To specify a positional argument.*$/, "")
      .replace(/\.$/, "");
    throw UserError.msg("cli.unknownOption", { detail, command });
  }
}
