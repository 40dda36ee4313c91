// @ts-check
"use strict";
/**
 * custom-functions-metadata-plugin writes functions.json from JSDoc, in English only.
 * This step derives functions.zh-cn.json and functions.zh-tw.json from it and the one
 * translation table in src/core/i18n/functions, and refuses to build when the table
 * and the JSDoc disagree (a function or parameter without words, or English text that
 * drifted), so the three languages never fall out of step.
 */

/** @typedef {{ description: Record<string,string>, params: Record<string, Record<string,string>>, example: string }} FunctionText */
/** @typedef {{ functions: { id: string, name: string, description?: string, parameters?: { name: string, description?: string }[] }[] }} Metadata */

const LOCALES = { "zh-cn": "zh-Hans", "zh-tw": "zh-Hant" };

/**
 * @param {Metadata} meta
 * @param {Record<string, FunctionText>} texts
 * @returns {string[]} problems, empty when the table matches the metadata
 */
function checkFunctionTexts(meta, texts) {
  /** @type {string[]} */
  const problems = [];
  const ids = new Set(meta.functions.map((f) => f.id));
  for (const f of meta.functions) {
    const text = texts[f.id];
    if (!text) {
      problems.push(`${f.id}: no entry in src/core/i18n/functions`);
      continue;
    }
    if ((f.description ?? "") !== text.description.en) {
      problems.push(`${f.id}: JSDoc description differs from the table's English text`);
    }
    for (const p of f.parameters ?? []) {
      const pt = text.params[p.name];
      if (!pt) problems.push(`${f.id}: parameter ${p.name} has no entry in the table`);
      else if ((p.description ?? "") !== pt.en)
        problems.push(
          `${f.id}: parameter ${p.name}: JSDoc text differs from the table's English text`
        );
    }
    for (const name of Object.keys(text.params)) {
      if (!(f.parameters ?? []).some((p) => p.name === name))
        problems.push(
          `${f.id}: the table describes a parameter ${name} the function does not have`
        );
    }
    for (const lang of ["zh-Hans", "zh-Hant"]) {
      if (!text.description[lang]) problems.push(`${f.id}: no ${lang} description`);
    }
  }
  for (const id of Object.keys(texts))
    if (!ids.has(id)) problems.push(`${id}: in the table but not a custom function`);
  return problems;
}

/**
 * @param {Metadata} meta
 * @param {Record<string, FunctionText>} texts
 * @param {"zh-Hans" | "zh-Hant"} lang
 * @returns {Metadata}
 */
function localizeMetadata(meta, texts, lang) {
  return {
    ...meta,
    functions: meta.functions.map((f) => {
      const text = texts[f.id];
      return {
        ...f,
        description: text?.description[lang] ?? f.description,
        parameters: (f.parameters ?? []).map((p) => ({
          ...p,
          description: text?.params[p.name]?.[lang] ?? p.description,
        })),
      };
    }),
  };
}

/** Webpack plugin: emits the localized metadata next to functions.json. */
class LocalizeFunctionsPlugin {
  /** @param {{ texts: () => Record<string, FunctionText>, rewrite?: (json: string) => string }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { sources, WebpackError, Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizeFunctionsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "LocalizeFunctionsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) {
            compilation.errors.push(
              new WebpackError("functions.json was not generated; see the errors above")
            );
            return;
          }
          /** @type {Metadata} */
          const meta = JSON.parse(asset.source.source().toString());
          const texts = this.options.texts();
          for (const p of checkFunctionTexts(meta, texts))
            compilation.errors.push(new WebpackError(`function texts: ${p}`));
          // Production builds point help links at the production host, like the manifest.
          const rewrite = this.options.rewrite ?? ((/** @type {string} */ j) => j);
          // Only a production build changes functions.json itself (its help URLs); touching it
          // in watch mode would emit it twice with different content.
          if (this.options.rewrite) {
            compilation.updateAsset(
              "functions.json",
              new sources.RawSource(rewrite(JSON.stringify(meta, null, 2)))
            );
          }
          for (const [file, lang] of Object.entries(LOCALES)) {
            const json = JSON.stringify(
              localizeMetadata(meta, texts, /** @type {"zh-Hans"|"zh-Hant"} */ (lang)),
              null,
              2
            );
            compilation.emitAsset(`functions.${file}.json`, new sources.RawSource(rewrite(json)));
          }
        }
      );
    });
  }
}

module.exports = { checkFunctionTexts, localizeMetadata, LocalizeFunctionsPlugin, LOCALES };
