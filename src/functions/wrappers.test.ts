import * as clients from "./clients";
import * as clientsImpl from "./impl/clients";
import * as deals from "./deals";
import * as dealsImpl from "./impl/deals";
import * as targets from "./targets";
import * as targetsImpl from "./impl/targets";
import * as visits from "./visits";
import * as visitsImpl from "./impl/visits";
import * as workdays from "./workdays";
import * as workdaysImpl from "./impl/workdays";

/**
 * Excel calls the thin async wrappers; they must hand every argument to the implementation
 * and give back exactly what it returns, or throw the error value it returns.
 */
const pairs: [string, Record<string, unknown>, Record<string, unknown>, unknown[][]][] = [
  [
    "workdays",
    workdays,
    workdaysImpl,
    [
      [46023, 46387],
      ["soon", 46387],
      [46023, 46387, [[46023]], [[46024]], "0000011"],
    ],
  ],
  [
    "targetsplit",
    targets,
    targetsImpl,
    [
      [5880000, 2026, "quarter"],
      [-1, 2026],
    ],
  ],
  ["marketsplit", targets, targetsImpl, [[100, [[50], [40], [10]]]]],
  ["clientTier", clients, clientsImpl, [[[[5], [3], [1]]]]],
  ["roleCoverage", clients, clientsImpl, [[[["power"]], "key"]]],
  [
    "buyStage",
    deals,
    dealsImpl,
    [
      [[["客户正在比较三家供应商的演示。"]], "key"],
      [[["Too expensive."], [null]], "en"],
      [[[null]]],
    ],
  ],
  [
    "objection",
    deals,
    dealsImpl,
    [
      [[["太贵了"]], "zh-Hans"],
      [[["x"]], "fr"],
    ],
  ],
  ["pullBack", deals, dealsImpl, [["solution", [["topAccess"]], "en"], ["tender"]]],
  ["objectionReply", deals, dealsImpl, [[[["price"]], "zh-Hant"], [[[""]]]]],
  [
    "visitOutcome",
    visits,
    visitsImpl,
    [
      [[["客户同意下周三参加我们的产品演示会"]], undefined, "key"],
      [[["He agreed."], [null]], [["a meeting with the CEO on Tuesday"]], "en"],
      [[[null]]],
      [[["x"]], undefined, "fr"],
    ],
  ],
  [
    "visitWhy",
    visits,
    visitsImpl,
    [[[["客戶說產品不錯,下次再約。"]], undefined, "zh-Hant"], [[[""]]]],
  ],
  [
    "commitLevel",
    visits,
    visitsImpl,
    [[[["王总在周会上当众表态支持我们的方案"]], "key"], [[["无"]]]],
  ],
];

describe("the registered wrappers", () => {
  it.each(pairs.map(([name, w, impl, calls]) => ({ name, w, impl, calls })))(
    "$name gives what its implementation gives, values and errors alike",
    async ({ name, w, impl, calls }) => {
      for (const args of calls) {
        const expected = (impl[name] as (...a: unknown[]) => unknown)(...args);
        const got = await (w[name] as (...a: unknown[]) => Promise<unknown>)(...args).then(
          (value) => ({ value }),
          (thrown: unknown) => ({ thrown })
        );
        // An error value reaches Excel as a thrown CustomFunctions.Error.
        const isError = expected instanceof CustomFunctions.Error;
        expect(got).toEqual(isError ? { thrown: expected } : { value: expected });
      }
    }
  );
});
