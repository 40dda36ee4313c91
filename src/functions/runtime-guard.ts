/**
 * Excel's custom-functions runtime defines the CustomFunctions global. The same page is
 * also opened outside Excel (the browser preview, end-to-end tests), where it does not
 * exist; there, registration becomes a no-op so the task pane still loads. This module
 * is imported first, before any module that registers a function.
 */
const g = globalThis as { CustomFunctions?: Partial<typeof CustomFunctions> };
if (typeof g.CustomFunctions === "undefined") {
  g.CustomFunctions = {
    associate: () => undefined,
    Error: class {
      constructor(
        public code: string,
        public message?: string
      ) {}
    } as unknown as typeof CustomFunctions.Error,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    } as unknown as typeof CustomFunctions.ErrorCode,
  };
}

export {};
