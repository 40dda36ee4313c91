import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_TEXTS } from "../src/core/i18n/functions";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const table = readme.slice(
  readme.indexOf("<!-- functions:start -->"),
  readme.indexOf("<!-- functions:end -->")
);

describe("the README", () => {
  it.each(Object.entries(FUNCTION_TEXTS))("lists SALES.%s with its example", (id, f) => {
    expect(table).toContain(`SALES.${id}(`);
    expect(table).toContain(f.example);
  });

  it("lists no function that does not exist", () => {
    const listed = [...table.matchAll(/SALES\.([A-Z]+)\(/g)].map((m) => m[1]);
    for (const id of listed) expect(Object.keys(FUNCTION_TEXTS)).toContain(id);
  });

  it("gives the two commands", () => {
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
  });
});

describe("the README's worked example", () => {
  it("is what `advance breakdown` prints today", async () => {
    const { main } = await import("../src/cli/main");
    const out: string[] = [];
    const ctx = {
      out: (t: string) => out.push(t),
      err: () => undefined,
      cwd: process.cwd(),
      lang: "en" as const,
    };
    const args = [
      "breakdown",
      "--annual",
      "5880000",
      "--year",
      "2026",
      "--calendar",
      "CN",
      "--markets",
      "主战场=50,副战场=40,海外=10",
    ];
    expect(await main(args, ctx)).toBe(0);
    const shown = readme.slice(
      readme.indexOf("<!-- breakdown:start -->"),
      readme.indexOf("<!-- breakdown:end -->")
    );
    const block = shown.slice(shown.indexOf("```\n") + 4, shown.lastIndexOf("```")).trim();
    expect(out.join("\n")).toContain(block);
  });
});
