// Node tests (core, functions, CLI) may show any feature's words, as the CLI and functions do.
import "../src/core/i18n/all";
