// @ts-check
"use strict";
const path = require("node:path");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizeFunctionsPlugin } = require("./scripts/localize-functions");
const { checkManifest, productionManifest } = require("./scripts/manifest");
const { devServerHttps } = require("./scripts/dev-certs");

// The build reads the function translation table (TypeScript) directly, through tsx's
// scoped loader so that nothing else in the build is affected.
const tsx = require("tsx/cjs/api");
const functionTexts = () =>
  tsx.require("./src/core/i18n/functions/index.ts", __filename).FUNCTION_TEXTS;

const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
/** Where the production add-in is hosted; every https://localhost:3000/ in the manifest becomes this. */
const PRODUCTION_BASE_URL = process.env.ADVANCE_BASE_URL || "https://advance-addin.example.com/";

/** Every file that declares custom functions with JSDoc; the metadata plugin reads them all. */
const FUNCTION_FILES = fs
  .readdirSync(path.join(__dirname, "src/functions"))
  .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
  .map((f) => path.join("src/functions", f))
  .filter((f) => /@customfunction/.test(fs.readFileSync(f, "utf8")));

/** @param {unknown} _env @param {{ mode?: string }} argv */
module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  /** @type {import("webpack").Configuration & { devServer?: any }} */
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
      // The pane in a browser on a sample workbook, without Excel (preview.html).
      preview: "./src/taskpane/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js is named in the manifest, so entry files keep fixed names;
      // chunks loaded on demand carry a content hash for caching.
      filename: "[name].js",
      chunkFilename: dev ? "[name].chunk.js" : "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTION_FILES }),
      new LocalizeFunctionsPlugin({
        texts: functionTexts,
        rewrite: dev
          ? undefined
          : (json) =>
              json.split("https://localhost:3000/").join(PRODUCTION_BASE_URL.replace(/\/?$/, "/")),
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The shared runtime loads this page once for the task pane and the functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/taskpane/preview/preview.html",
        // Only the preview bundle: it imports the functions itself and needs no Office.js.
        chunks: ["preview"],
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        template: "./src/taskpane/help.html",
        chunks: [],
        templateParameters: () => ({ functions: functionTexts() }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => {
              const xml = content.toString();
              const problems = checkManifest(xml);
              if (problems.length) throw new Error(`manifest.xml: ${problems.join("; ")}`);
              return dev ? xml : productionManifest(xml, PRODUCTION_BASE_URL);
            },
          },
        ],
      }),
    ],
  };
  if (process.env.WEBPACK_SERVE) {
    config.devServer = {
      port: DEV_PORT,
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerHttps(),
      static: { directory: path.join(__dirname, "assets"), publicPath: "/assets" },
      client: { overlay: { warnings: false } },
    };
  }
  return config;
};
