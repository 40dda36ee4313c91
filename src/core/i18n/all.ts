import { TABLES } from "./messages";
import { registerMessages } from "./registry";

/**
 * Registers every feature's words. Imported for its effect by whatever may show any
 * message: the CLI, the custom functions, the preview page and the tests.
 */
registerMessages(...TABLES);
