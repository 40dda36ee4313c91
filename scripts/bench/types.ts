/** One benchmark scenario: `run` is timed `iterations` times after a warm-up. */
export interface Scenario {
  readonly name: string;
  readonly run: () => unknown | Promise<unknown>;
  readonly iterations?: number;
  /** Items one run handles (notes, rows, calls), to report a rate per second. */
  readonly items?: number;
  readonly itemName?: string;
  /** Extra figures after the timings (e.g. a ratio to a baseline). */
  readonly extra?: (msPerRun: number) => string;
}
