/**
 * Excel provides the CustomFunctions global in its runtime. Tests run in Node, so this
 * defines the small part the functions use, with the same shape and error codes.
 */
enum ErrorCode {
  invalidValue = "#VALUE!",
  notAvailable = "#N/A",
  divisionByZero = "#DIV/0!",
  invalidNumber = "#NUM!",
  nullReference = "#NULL!",
  invalidName = "#NAME?",
  invalidReference = "#REF!",
}

class CellError {
  constructor(
    public code: ErrorCode,
    public message?: string
  ) {}
}

(globalThis as Record<string, unknown>).CustomFunctions = { Error: CellError, ErrorCode };
