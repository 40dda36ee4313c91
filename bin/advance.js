#!/usr/bin/env node
"use strict";
// The compiled CLI lives in lib/ (built by `npm run build:cli`, which `npm ci` runs as `prepare`).
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("advance: the command line is not built yet; run `npm run build:cli` in the project folder.\n");
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
