import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";
import {
  chromium,
  type BrowserContext,
  type Locator,
  type Page,
  type Route,
} from "playwright-core";
import { CHROMIUM, chromiumProblem } from "../../../scripts/e2e/chromium";
import { serveDirectory, type StaticServer } from "./server";

const ROOT = join(__dirname, "..", "..", "..");

/** Office.js's CDN, as taskpane.html loads it; the tests answer it from the npm package. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");

/** Screenshots of each flow, kept for people to look at (git-ignored). */
export const ARTIFACTS = join(ROOT, "test-artifacts", "e2e");

/** Flags of a quiet, offline, throw-away Chromium: no GPU, no sync, no updates, no QUIC. */
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface Session {
  readonly origin: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught exceptions of the page, in order. */
  readonly errors: string[];
  /** Requests refused because they went elsewhere than the local server (and the Office CDN). */
  readonly blocked: string[];
  /** Office.js files answered from the package. */
  readonly officeFiles: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The build the tests serve: made by the e2e project's globalSetup, or given by ADVANCE_E2E_DIST. */
function buildDir(): string {
  const dir = process.env.ADVANCE_E2E_DIST;
  if (!dir || !existsSync(join(dir, "preview.html")))
    throw new Error(
      "e2e: no build to serve; run the tests through jest (its globalSetup builds) or set ADVANCE_E2E_DIST"
    );
  return dir;
}

/** An Office.js file from the package for a CDN URL, or undefined when the package has none. */
function officeFile(url: string): string | undefined {
  const rest = decodeURIComponent(new URL(url).pathname).replace(/^\/lib\/1\/hosted\//, "");
  const file = normalize(join(OFFICE_DIST, rest));
  if (!file.startsWith(OFFICE_DIST + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves the build, starts Chromium with a fresh profile, and lets through only requests
 * to the local server; Office.js's CDN is answered from node_modules. Nothing reaches
 * the network, so the tests pass offline and never depend on Microsoft's servers.
 */
export async function openSession(): Promise<Session> {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  const server: StaticServer = await serveDirectory(buildDir());
  const profile = mkdtempSync(join(tmpdir(), "advance-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1440, height: 900 },
      locale: "en-US",
      acceptDownloads: true,
      timeout: 30_000,
    });
  } catch (e) {
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  const errors: string[] = [];
  const blocked: string[] = [];
  const officeFiles: string[] = [];
  await context.route("**/*", (route: Route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin + "/") || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = officeFile(url);
      if (file) {
        officeFiles.push(url.slice(OFFICE_CDN.length));
        return route.fulfill({
          status: 200,
          contentType: "text/javascript; charset=utf-8",
          body: readFileSync(file),
        });
      }
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message}`));
  return {
    origin: server.origin,
    context,
    page,
    errors,
    blocked,
    officeFiles,
    async screenshot(name) {
      mkdirSync(ARTIFACTS, { recursive: true });
      const path = join(ARTIFACTS, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the preview and waits until the pane and the sample's sheets are on screen. */
export async function openPreview(session: Session, query = ""): Promise<void> {
  await session.page.goto(`${session.origin}/preview.html${query}`);
  await session.page.getByRole("tablist", { name: /Sheets|工作表/ }).waitFor();
}

/**
 * Waits until an element shows exactly `expected` (a formula answers asynchronously, as
 * in Excel, so a cell may show #BUSY! first). Fails with what it last saw.
 */
export async function textBecomes(
  locator: Locator,
  expected: string,
  timeout = 10_000
): Promise<void> {
  const POLL_MS = 100;
  const end = Date.now() + timeout;
  let last: string | null = null;
  while (Date.now() < end) {
    last = await locator.textContent();
    if (last === expected) return;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error(`expected the text "${expected}", still "${last}" after ${timeout} ms`);
}
