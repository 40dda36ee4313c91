import { openSession, type Session } from "./support/browser";

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => {
  await session?.close();
});

describe("the task pane page as Office loads it", () => {
  it("loads with Office.js from the @microsoft/office-js package, without errors in the console", async () => {
    const { page } = session;
    await page.goto(`${session.origin}/taskpane.html`);
    // Outside Office, Office.onReady still resolves, and the pane renders its views.
    const views = page.getByRole("navigation", { name: "Views" });
    for (const name of ["Targets", "Clients", "Visits", "Dashboard"])
      await views.getByRole("tab", { name, exact: true }).waitFor();
    expect(session.officeFiles).toContain("office.js");
    await session.screenshot("taskpane");
    expect(session.errors).toEqual([]);
    // Office.js itself asks for its telemetry frame; it is refused like anything not local.
    expect(
      session.blocked.filter((url) => !new URL(url).hostname.endsWith(".oaspapps.com"))
    ).toEqual([]);
  });
});
