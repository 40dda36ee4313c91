import type { FunctionTexts } from "./types";

export const visitsFunctions: FunctionTexts = {};
