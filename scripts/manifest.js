// @ts-check
"use strict";
/**
 * Offline checks of the add-in manifest (run by `npm test` and by the production build)
 * and the production rewrite of its development URLs. The online validator
 * (`npm run validate`) knows more, but needs the network; these catch the mistakes that
 * break sideloading silently: an undefined resid, a non-https URL, a shared runtime
 * whose pieces point at different pages.
 */
const { DOMParser } = require("@xmldom/xmldom");

const DEV_BASE = "https://localhost:3000/";

/** Children of <OfficeApp> in the order the schema (TaskPaneApp) requires; the first ones are mandatory. */
const OFFICEAPP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "VersionOverrides",
  "ExtendedOverrides",
];
const OFFICEAPP_REQUIRED = [
  "Id",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "DefaultSettings",
  "Permissions",
];

/** @param {Element} el */
function childElements(el) {
  /** @type {Element[]} */
  const out = [];
  for (let n = el.firstChild; n; n = n.nextSibling)
    if (n.nodeType === 1) out.push(/** @type {Element} */ (n));
  return out;
}

/** @param {Document | Element} root @param {string} local */
function byLocalName(root, local) {
  return Array.from(root.getElementsByTagNameNS("*", local));
}

/**
 * Returns the problems found in a manifest, as sentences; an empty list means it passed.
 * @param {string} xml
 * @returns {string[]}
 */
function checkManifest(xml) {
  /** @type {string[]} */
  const problems = [];
  /** @type {Document | undefined} */
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") throw new Error(String(msg).split("\n")[0]);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    return [`not well-formed XML: ${/** @type {Error} */ (e).message}`];
  }
  const app = doc.documentElement;
  if (!app || app.localName !== "OfficeApp") return ["the root element must be <OfficeApp>"];

  // Schema order and required elements of <OfficeApp>.
  const names = childElements(app).map((e) => e.localName);
  for (const req of OFFICEAPP_REQUIRED)
    if (!names.includes(req)) problems.push(`<${req}> is missing`);
  let last = -1;
  for (const name of names) {
    const at = OFFICEAPP_ORDER.indexOf(name);
    if (at === -1) problems.push(`<${name}> is not allowed in <OfficeApp>`);
    else if (at < last)
      problems.push(
        `<${name}> is out of schema order (it must come before <${OFFICEAPP_ORDER[last]}>)`
      );
    else last = at;
  }

  const text = (/** @type {string} */ local) =>
    byLocalName(app, local)[0]?.textContent?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id")))
    problems.push(`<Id> "${text("Id")}" is not a GUID`);
  if (!/^\d{1,5}(\.\d{1,5}){3}$/.test(text("Version")))
    problems.push(`<Version> "${text("Version")}" must be n.n.n.n`);

  // Every resid must be defined once in <Resources>.
  /** @type {Map<string, { kind: string, el: Element }>} */
  const resources = new Map();
  for (const kind of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
    for (const group of byLocalName(app, kind)) {
      for (const el of childElements(group)) {
        const id = el.getAttribute("id") ?? "";
        if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
        if (resources.has(id)) problems.push(`resource id "${id}" is defined twice`);
        resources.set(id, { kind, el });
      }
    }
  }
  for (const el of Array.from(app.getElementsByTagNameNS("*", "*"))) {
    const resid = el.getAttribute("resid");
    if (resid !== null && !resources.has(resid))
      problems.push(`resid "${resid}" on <${el.localName}> is not defined in <Resources>`);
  }

  // URLs must be https.
  for (const el of Array.from(app.getElementsByTagNameNS("*", "*"))) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^[a-z]+:\/\//i.test(v) && !v.startsWith("https://"))
        problems.push(`URL ${v} on <${el.localName}> must use https`);
    }
  }
  for (const el of byLocalName(app, "AppDomain")) {
    const v = el.textContent?.trim() ?? "";
    if (!v.startsWith("https://")) problems.push(`AppDomain ${v} must use https`);
  }

  // Custom functions: a namespace, a script, metadata and the shared runtime's page.
  const cf = byLocalName(app, "ExtensionPoint").find(
    (e) => e.getAttribute("xsi:type") === "CustomFunctions"
  );
  if (!cf) problems.push("no custom functions ExtensionPoint");
  else {
    const ns = byLocalName(cf, "Namespace")[0];
    const nsRes = ns && resources.get(ns.getAttribute("resid") ?? "");
    const nsValue = nsRes?.el.getAttribute("DefaultValue") ?? "";
    if (!ns) problems.push("custom functions have no <Namespace>");
    else if (nsRes && !/^[A-Za-z][A-Za-z0-9.]{0,31}$/.test(nsValue))
      problems.push(`namespace "${nsValue}" must be letters, digits and dots`);
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!byLocalName(cf, part)[0]) problems.push(`custom functions have no <${part}>`);
    }
  }

  // Shared runtime: the runtime, the functions' page and the task pane are one page.
  const runtimes = byLocalName(app, "Runtime");
  if (runtimes.length !== 1) problems.push(`expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime) {
    const rid = runtime.getAttribute("resid");
    if (runtime.getAttribute("lifetime") !== "long")
      problems.push('the shared <Runtime> needs lifetime="long"');
    const page = cf && byLocalName(byLocalName(cf, "Page")[0] ?? cf, "SourceLocation")[0];
    if (page && page.getAttribute("resid") !== rid)
      problems.push(
        `custom functions <Page> uses "${page.getAttribute("resid")}" but the runtime is "${rid}"`
      );
    for (const action of byLocalName(app, "Action").filter(
      (a) => a.getAttribute("xsi:type") === "ShowTaskpane"
    )) {
      const loc = byLocalName(action, "SourceLocation")[0];
      if (loc && loc.getAttribute("resid") !== rid)
        problems.push(
          `the task pane uses "${loc.getAttribute("resid")}" but the runtime is "${rid}"`
        );
    }
    for (const ff of byLocalName(app, "FunctionFile")) {
      if (ff.getAttribute("resid") !== rid)
        problems.push(
          `<FunctionFile> uses "${ff.getAttribute("resid")}" but the runtime is "${rid}"`
        );
    }
  }
  const sets = byLocalName(app, "Set").map((s) => s.getAttribute("Name"));
  if (!sets.includes("SharedRuntime"))
    problems.push("the SharedRuntime requirement set is missing");
  return problems;
}

/**
 * Rewrites every development URL to the production base URL.
 * @param {string} xml
 * @param {string} base e.g. "https://advance.example.com/addin/"
 */
function productionManifest(xml, base) {
  if (!/^https:\/\/[^\s"<>]+$/.test(base))
    throw new Error(`the production base URL must be an https URL; got "${base}"`);
  const withSlash = base.endsWith("/") ? base : base + "/";
  const out = xml
    .split(DEV_BASE)
    .join(withSlash)
    .split(DEV_BASE.slice(0, -1))
    .join(withSlash.slice(0, -1));
  if (out.includes("localhost"))
    throw new Error("the production manifest still mentions localhost");
  return out;
}

module.exports = { checkManifest, productionManifest, DEV_BASE };
