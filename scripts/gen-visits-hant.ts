/**
 * Writes src/core/visits/lexicon.zh-Hant.ts from lexicon.zh-Hans.ts with
 * opencc-js (Taiwan, Taiwan phrases, Hong Kong spellings merged per entry),
 * formatted with the project's Prettier settings.
 * Run after changing the Simplified lexicon:  npx tsx scripts/gen-visits-hant.ts
 * The runtime never imports opencc-js; the drift test keeps the output in step.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { HANT_TARGETS, hantLexicon, renderHantModule } from "../src/core/visits/hant-gen";
import { VISITS_ZH_HANS } from "../src/core/visits/lexicon.zh-Hans";

async function main(): Promise<void> {
  const file = join(__dirname, "..", "src", "core", "visits", "lexicon.zh-Hant.ts");
  const lexicon = hantLexicon(
    VISITS_ZH_HANS,
    HANT_TARGETS.map((to) => OpenCC.Converter({ from: "cn", to }))
  );
  // Prettier loads lazily: it is only needed to write the file.
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(file)) ?? {};
  writeFileSync(
    file,
    await prettier.format(renderHantModule(lexicon), { ...options, filepath: file }),
    "utf8"
  );
  console.log(`wrote ${file}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
