import { readFileSync } from "node:fs";
import { join } from "node:path";
const { checkManifest, productionManifest } = require("../scripts/manifest.js") as {
  checkManifest: (xml: string) => string[];
  productionManifest: (xml: string, base: string) => string;
};

const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");

describe("the add-in manifest", () => {
  it("passes every offline check", () => {
    expect(checkManifest(xml)).toEqual([]);
  });

  it("declares the SALES namespace, a shared runtime and localized metadata", () => {
    expect(xml).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="SALES"\/>/);
    expect(xml).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(xml).toMatch(/Locale="zh-CN" Value="https:\/\/localhost:3000\/functions.zh-cn.json"/);
    expect(xml).toMatch(/Locale="zh-TW" Value="https:\/\/localhost:3000\/functions.zh-tw.json"/);
  });

  it.each([
    [
      "a broken resid",
      (x: string) => x.replace('resid="Group.Label"', 'resid="Group.Labl"'),
      /resid "Group.Labl" on <Label> is not defined/,
    ],
    ["malformed XML", (x: string) => x.replace("</Hosts>", ""), /not well-formed/],
    [
      "an http URL",
      (x: string) =>
        x.replace(
          "https://localhost:3000/assets/icon-32.png",
          "http://localhost:3000/assets/icon-32.png"
        ),
      /must use https/,
    ],
    [
      "an Id that is not a GUID",
      (x: string) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>advance</Id>"),
      /is not a GUID/,
    ],
    [
      "a three-part version",
      (x: string) => x.replace(/<Version>[^<]+<\/Version>/, "<Version>1.0.0</Version>"),
      /must be n\.n\.n\.n/,
    ],
    [
      "no namespace",
      (x: string) => x.replace(/<Namespace resid="Functions.Namespace"\/>/, ""),
      /no <Namespace>/,
    ],
    [
      "a task pane on another page than the runtime",
      (x: string) =>
        x.replace(
          /<TaskpaneId>Advance.Taskpane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/,
          '<TaskpaneId>Advance.Taskpane</TaskpaneId><SourceLocation resid="GetStarted.LearnMoreUrl"/>'
        ),
      /the task pane uses "GetStarted.LearnMoreUrl" but the runtime is "Taskpane.Url"/,
    ],
    [
      "elements out of schema order",
      (x: string) =>
        x
          .replace("<Permissions>ReadWriteDocument</Permissions>", "")
          .replace("<IconUrl ", "<Permissions>ReadWriteDocument</Permissions><IconUrl "),
      /<IconUrl> is out of schema order/,
    ],
    [
      "a short-lived runtime",
      (x: string) => x.replace('lifetime="long"', 'lifetime="short"'),
      /lifetime="long"/,
    ],
  ])("fails on %s", (_name, mutate, message) => {
    const problems = checkManifest(mutate(xml));
    expect(problems.join("\n")).toMatch(message);
  });

  it("rewrites every development URL for production", () => {
    const prod = productionManifest(xml, "https://sales.example.cn/advance");
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toMatch(
      /<SourceLocation DefaultValue="https:\/\/sales.example.cn\/advance\/taskpane.html"\/>/
    );
    expect(prod).toMatch(/<AppDomain>https:\/\/sales.example.cn\/advance<\/AppDomain>/);
    expect(checkManifest(prod)).toEqual([]);
  });

  it("refuses a production URL that is not https", () => {
    expect(() => productionManifest(xml, "http://sales.example.cn/")).toThrow(/https/);
  });
});
