import type { Command } from "../context";
import { clientsCommand } from "./clients";
import { breakdownCommand } from "./breakdown";
import { classifyCommand } from "./classify";
import { objectionCommand } from "./objection";
import { stageCommand } from "./stage";
import { workdaysCommand } from "./workdays";

/** Every subcommand, in the order `advance --help` lists them. */
export const COMMANDS: readonly Command[] = [
  workdaysCommand,
  clientsCommand,
  breakdownCommand,
  classifyCommand,
  stageCommand,
  objectionCommand,
];
