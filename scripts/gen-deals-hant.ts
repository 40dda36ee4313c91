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
import { generateHant, HANT_TARGETS } from "../src/core/deals/lexicon/hant-sources";

const converters = HANT_TARGETS.map((to) => OpenCC.Converter({ from: "cn", to }));
const dir = join(__dirname, "..", "src", "core", "deals", "lexicon");
for (const mod of generateHant(converters)) {
  writeFileSync(join(dir, mod.file), mod.text, "utf8");
  console.log(`wrote ${mod.file}`);
}
