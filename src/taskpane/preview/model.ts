import { MemoryWorkbook } from "../../excel/memory";
import {
  createEvaluator,
  recalculate,
  type Evaluator,
  type FunctionRegistry,
  type Spills,
} from "./evaluate";

/**
 * The preview's workbook and what the grid shows of it. The pane reads and writes the
 * MemoryWorkbook through WorkbookAccess exactly as it would write Excel; after each
 * change the SALES formulas are computed again (as Excel recalculates) and the grid is
 * told, through `subscribe` and a version number (React's useSyncExternalStore).
 */
export class PreviewModel {
  readonly wb: MemoryWorkbook;
  private readonly evaluator: Evaluator;
  private spillMap: Spills = new Map();
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private pending = false;

  constructor(registry: FunctionRegistry) {
    this.evaluator = createEvaluator(registry, { onSettled: () => this.later() });
    this.wb = new MemoryWorkbook(this.evaluator.evaluate);
    this.wb.subscribe(() => this.refresh());
  }

  /** Values spilled by array formulas on a sheet, by "row,col". */
  spills(sheet: string): ReadonlyMap<string, string | number | boolean> | undefined {
    return this.spillMap.get(sheet);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getVersion = (): number => this.version;

  /** Recalculates and tells the grid; also called once after the sample is loaded. */
  refresh(): void {
    this.spillMap = recalculate(this.wb, this.evaluator);
    this.version++;
    this.listeners.forEach((l) => l());
  }

  /**
   * Asynchronous answers arrive one by one (a column of 200 notes gives 200); they are
   * gathered into one recalculation per turn of the event loop.
   */
  private later(): void {
    if (this.pending) return;
    this.pending = true;
    setTimeout(() => {
      this.pending = false;
      this.refresh();
    }, 0);
  }
}
