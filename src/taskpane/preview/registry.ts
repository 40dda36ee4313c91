// First: outside Excel, registration (appended to each function module by the build) is a no-op.
import "../../functions/runtime-guard";
import { FUNCTION_TEXTS } from "../../core/i18n/functions";
import * as clients from "../../functions/clients";
import * as deals from "../../functions/deals";
import * as targets from "../../functions/targets";
import * as visits from "../../functions/visits";
import * as workdays from "../../functions/workdays";
import type { CustomFunctionImpl, FunctionRegistry } from "./evaluate";

/**
 * The modules that declare SALES functions. A new module goes here too; a test compares
 * this list with every `@customfunction` in src/functions, so none is forgotten.
 */
export const FUNCTION_MODULES: readonly Readonly<Record<string, unknown>>[] = [
  workdays,
  targets,
  clients,
  deals,
  visits,
];

/** How an id is spelled as a JavaScript name: case and dots do not count (TARGETSPLIT ↔ targetSplit). */
function nameKey(name: string): string {
  return name.replace(/\./g, "").toLowerCase();
}

/**
 * Implementations by id, found among the modules' exports. Only ids that have words in
 * FUNCTION_TEXTS count (those are the functions Excel registers), so helpers such as
 * `clientTierResult` never become formulas the preview would answer and Excel not.
 */
export function buildRegistry(
  modules: readonly Readonly<Record<string, unknown>>[],
  ids: readonly string[]
): FunctionRegistry {
  const byName = new Map<string, CustomFunctionImpl>();
  for (const m of modules)
    for (const [name, value] of Object.entries(m))
      if (typeof value === "function") byName.set(nameKey(name), value as CustomFunctionImpl);
  const registry: Record<string, CustomFunctionImpl> = {};
  for (const id of ids) {
    const fn = byName.get(nameKey(id));
    if (fn) registry[id.toUpperCase()] = fn;
  }
  return registry;
}

export const REGISTRY: FunctionRegistry = buildRegistry(
  FUNCTION_MODULES,
  Object.keys(FUNCTION_TEXTS)
);
