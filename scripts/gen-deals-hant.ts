/**
 * Writes the Traditional Chinese lexicons of the deals classifiers from the
 * Simplified ones (opencc-js: Taiwan, Taiwan phrases, Hong Kong) plus the
 * hand-written *.zh-Hant.extra.ts files. Run after changing a Simplified
 * lexicon:  npx tsx scripts/gen-deals-hant.ts
 * The runtime never imports opencc-js; the drift test keeps output in step.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import * as prettier from "prettier";
import { generateHant, HANT_TARGETS } from "../src/core/deals/lexicon/hant-sources";

const converters = HANT_TARGETS.map((to) => OpenCC.Converter({ from: "cn", to }));
const dir = join(__dirname, "..", "src", "core", "deals", "lexicon");
async function main(): Promise<void> {
  for (const mod of generateHant(converters)) {
    const file = join(dir, mod.file);
    // Formatted like the rest of the code, so lint passes on generated files too.
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(mod.text, { ...options, filepath: file }), "utf8");
    console.log(`wrote ${mod.file}`);
  }
}

void main();
