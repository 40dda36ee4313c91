#!/usr/bin/env node
// @ts-check
"use strict";
/**
 * `npm start`: the ecosystem's `office-addin-debugging start manifest.xml`, which builds,
 * serves and sideloads into Excel desktop (Windows, macOS). Excel desktop does not exist
 * on Linux; there the dev server keeps running and we print where the pane is and the
 * exact command to sideload into Excel on the web instead of dying with a stack trace.
 *
 *   npm start                          desktop Excel (Windows/macOS), or serve + instructions (Linux)
 *   npm start -- web --document URL    sideload into Excel on the web (a workbook on OneDrive/SharePoint)
 */
const { spawn } = require("node:child_process");
const https = require("node:https");
const path = require("node:path");

const root = path.join(__dirname, "..");
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const base = `https://localhost:${port}`;
const args = process.argv.slice(2);

function run(cmd, cmdArgs) {
  const child = spawn(cmd, cmdArgs, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  return child;
}

function bin(name) {
  return path.join(
    root,
    "node_modules",
    ".bin",
    process.platform === "win32" ? `${name}.cmd` : name
  );
}

/** Resolves once the dev server answers (its certificate may not be trusted yet). */
function waitForServer(url, timeoutMs = 180_000) {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const req = https.get(url, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", () => {
        if (Date.now() - started > timeoutMs)
          reject(new Error(`the dev server did not answer at ${url}`));
        else setTimeout(attempt, 1000);
      });
    };
    attempt();
  });
}

const wantsHost = args[0] === "web" || args[0] === "desktop";
const hasDesktopExcel = process.platform === "win32" || process.platform === "darwin";

if (wantsHost || hasDesktopExcel) {
  // The official tool: starts `npm run dev-server`, registers the manifest, opens Excel.
  run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    ...(wantsHost ? args : ["desktop"]),
    ...(wantsHost ? [] : args),
  ]);
} else {
  run(bin("webpack"), ["serve", "--mode", "development"]);
  waitForServer(`${base}/taskpane.html`)
    .then(async () => {
      const previewStatus = await waitForServer(`${base}/preview.html`, 5000).catch(() => 404);
      const lines = [
        "",
        "Excel desktop is not available on this machine, so nothing was sideloaded.",
        "The add-in is being served; open it in a browser:",
      ];
      if (previewStatus === 200) lines.push(`${base}/preview.html`);
      lines.push(
        `${base}/taskpane.html`,
        "",
        "To use it in Excel on the web, open a workbook on OneDrive or SharePoint, copy its URL, and run:",
        `npm start -- web --document "<workbook URL>"`,
        "(or upload manifest.xml under Home > Add-ins > More Add-ins > Upload My Add-in).",
        "Stop the server with Ctrl+C.",
        ""
      );
      process.stdout.write(lines.join("\n") + "\n");
    })
    .catch((e) => process.stderr.write(`Advance: ${e.message}\n`));
}
