import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildInto } from "./build";
import { chromiumProblem } from "./chromium";

/** An error whose message is the whole story: Jest prints it without a stack. */
function plain(message: string): Error {
  const e = new Error(message);
  e.stack = message;
  return e;
}

/**
 * Jest globalSetup of the "e2e" project: checks for Chromium first (one clear line
 * instead of a hang), then builds once into a temporary directory that every browser
 * test serves. ADVANCE_E2E_DIST=<dir> reuses an existing build, for quick reruns.
 */
export default async function globalSetup(): Promise<void> {
  const problem = chromiumProblem();
  if (problem) throw plain(problem);
  const given = process.env.ADVANCE_E2E_DIST;
  if (given) {
    if (!existsSync(join(given, "preview.html")))
      throw plain(`e2e: ADVANCE_E2E_DIST=${given} holds no preview.html; unset it to build`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "advance-e2e-"));
  const started = Date.now();
  try {
    await buildInto(dir);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw plain(e instanceof Error ? e.message : String(e));
  }
  process.stdout.write(
    `\ne2e: built into ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`
  );
  // Test workers start after this and inherit the environment.
  process.env.ADVANCE_E2E_DIST = dir;
  process.env.ADVANCE_E2E_OWNED = dir;
}
