import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FUNCTION_TEXTS } from "../src/core/i18n/functions";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
const table = readme.slice(readme.indexOf("<!-- functions:start -->"), readme.indexOf("<!-- functions:end -->"));

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
