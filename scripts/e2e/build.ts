import { spawn } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

/**
 * Builds the add-in for the end-to-end tests into a directory of their own, never dist/:
 * a developer's dist/ (or CI's production build) is left as it is. Development mode,
 * without source maps: the same code and pages as production, built in a fraction of
 * the time (no minification), which keeps the browser tests inside their time budget.
 */
export function buildInto(outDir: string): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [cli, "--mode", "development", "--no-devtool", "--output-path", outDir],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "pipe"],
      }
    );
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      // webpack prints the asset list first and its errors last.
      const tail = log.trim().split("\n").slice(-40).join("\n");
      reject(new Error(`e2e: the build failed (webpack exit ${code}):\n${tail}`));
    });
  });
}
