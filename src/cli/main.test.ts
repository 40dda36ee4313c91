import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Lang } from "../core/i18n";
import { main } from "./main";

export function fakeCtx(lang: Lang = "en") {
  const out: string[] = [];
  const err: string[] = [];
  return {
    ctx: {
      out: (t: string) => out.push(t),
      err: (t: string) => err.push(t),
      cwd: process.cwd(),
      lang,
    },
    out,
    err,
  };
}

describe("advance (command line)", () => {
  it("prints the version from package.json", async () => {
    const { ctx, out } = fakeCtx();
    expect(await main(["--version"], ctx)).toBe(0);
    expect(out).toEqual([require("../../package.json").version]);
  });

  it("lists its commands with --help", async () => {
    const { ctx, out } = fakeCtx();
    expect(await main(["--help"], ctx)).toBe(0);
    expect(out.join("\n")).toMatch(/workdays/);
  });

  it("answers an unknown command with one line and status 2", async () => {
    const { ctx, out, err } = fakeCtx();
    expect(await main(["nonsense"], ctx)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([
      'advance: unknown command "nonsense"; run `advance --help` for the list of commands.',
    ]);
  });

  it("answers in Traditional Chinese when the system speaks it", async () => {
    const { ctx, err } = fakeCtx("zh-Hant");
    await main(["nonsense"], ctx);
    expect(err[0]).toMatch(/未知命令「nonsense」/);
  });

  it("answers an unknown option with one line naming it", async () => {
    const { ctx, err } = fakeCtx();
    expect(await main(["workdays", "2026-01-01", "2026-01-31", "--bogus"], ctx)).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/--bogus/);
  });
});

describe("advance workdays", () => {
  const dir = mkdtempSync(join(tmpdir(), "advance-cli-"));
  const holidays = join(dir, "holidays.txt");
  const makeUp = join(dir, "workdays.txt");
  writeFileSync(
    holidays,
    "# Mid-Autumn and National Day 2026\n2026-09-25\n2026-09-26\n2026-09-27\n2026-10-01\n2026-10-02\n2026-10-03\n2026-10-04\n2026-10-05\n2026-10-06\n2026-10-07\n\n"
  );
  writeFileSync(makeUp, "2026-09-20  # Sunday\n2026-10-10\n");

  it("counts working days with holiday and make-up files", async () => {
    const { ctx, out } = fakeCtx();
    expect(
      await main(
        ["workdays", "2026-09-28", "2026-10-11", "--holidays", holidays, "--workdays", makeUp],
        ctx
      )
    ).toBe(0);
    expect(out).toEqual(["6"]);
  });

  it("names the line of a date file that is not a date", async () => {
    const bad = join(dir, "bad.txt");
    writeFileSync(bad, "2026-10-01\nGolden week\n");
    const { ctx, err } = fakeCtx();
    expect(await main(["workdays", "2026-09-28", "2026-10-11", "--holidays", bad], ctx)).toBe(2);
    expect(err[0]).toMatch(/bad.txt:2: "Golden week" is not a date/);
  });

  it("says when a file is missing", async () => {
    const { ctx, err } = fakeCtx();
    expect(
      await main(["workdays", "2026-09-28", "2026-10-11", "--holidays", join(dir, "nope.txt")], ctx)
    ).toBe(2);
    expect(err[0]).toMatch(/no such file/);
  });
});
