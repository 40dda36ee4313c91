/**
 * Excel shows an error value when a custom function throws a CustomFunctions.Error. The
 * wrappers declare their plain result type (number, number[][], …) so that the metadata
 * says what they return — a matrix spills — and turn an error result into a throw.
 */
export function unwrap<T>(value: T | CustomFunctions.Error): T {
  if (value instanceof CustomFunctions.Error) throw value;
  return value;
}
