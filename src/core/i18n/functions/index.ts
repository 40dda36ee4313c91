import { calendarFunctions } from "./calendar";
import { clientsFunctions } from "./clients";
import { dealsFunctions } from "./deals";
import { targetsFunctions } from "./targets";
import type { FunctionTexts } from "./types";
import { visitsFunctions } from "./visits";

export type { FunctionText, FunctionTexts } from "./types";

/** Every custom function's words, keyed by its id (the name after SALES.). */
export const FUNCTION_TEXTS: FunctionTexts = {
  ...calendarFunctions,
  ...targetsFunctions,
  ...visitsFunctions,
  ...clientsFunctions,
  ...dealsFunctions,
};
