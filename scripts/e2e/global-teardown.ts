import { rmSync } from "node:fs";

/** Removes the build globalSetup made (never one given with ADVANCE_E2E_DIST). */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.ADVANCE_E2E_OWNED;
  if (dir) rmSync(dir, { recursive: true, force: true });
}
