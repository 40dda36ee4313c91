import { accessSync, constants } from "node:fs";

/** Where the browser tests expect Chromium: Debian's package (apt-get install chromium), never a download. */
export const CHROMIUM = process.env.ADVANCE_CHROMIUM || "/usr/bin/chromium";

/** One line that says what is missing and how to get it, or undefined when Chromium is there. */
export function chromiumProblem(): string | undefined {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return undefined;
  } catch {
    return `e2e: ${CHROMIUM} is missing; install it with: apt-get install -y chromium fonts-wqy-microhei (CI's .ci/run does this)`;
  }
}
