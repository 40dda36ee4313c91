#!/usr/bin/env node
// @ts-check
"use strict";
/** After `npm run build`: the files the add-in needs exist, and no development URL is left. */
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const dist = path.join(__dirname, "..", "dist");
const required = [
  "taskpane.html",
  "taskpane.js",
  "functions.js",
  "functions.json",
  "functions.zh-cn.json",
  "functions.zh-tw.json",
  "manifest.xml",
  "help.html",
];
const missing = required.filter((f) => !fs.existsSync(path.join(dist, f)));
if (missing.length) {
  console.error(`dist is missing: ${missing.join(", ")}`);
  process.exit(1);
}
for (const f of [
  "manifest.xml",
  "functions.json",
  "functions.zh-cn.json",
  "functions.zh-tw.json",
]) {
  if (fs.readFileSync(path.join(dist, f), "utf8").includes("localhost")) {
    console.error(`dist/${f} still points at localhost`);
    process.exit(1);
  }
}
const size = (f) => {
  const buf = fs.readFileSync(path.join(dist, f));
  return `${f}: ${(buf.length / 1024).toFixed(1)} KB raw, ${(zlib.gzipSync(buf, { level: 9 }).length / 1024).toFixed(1)} KB gzip`;
};
const js = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
console.log(js.map(size).join("\n"));
console.log("dist: all files present, no localhost left");
