import { existsSync } from "node:fs";
import { barFailures, evaluate, loadCsv } from "../../../scripts/eval-lib";
import {
  defaultVisitsFile,
  predictVisit,
  VISITS_BAR,
  VISITS_LABELS,
} from "../../../scripts/eval-visits";

/*
 * The labelled dev file lives in the shared folder beside the repository
 * (../shared/data in CI, /work/shared/data locally, or $ADVANCE_SHARED). A
 * missing file fails the test: the quality bar must never pass by skipping.
 */
describe("the visit classifier on the labelled dev file", () => {
  const file = defaultVisitsFile();

  it("finds the dev file", () => {
    expect(existsSync(file)).toBe(true);
  });

  it("meets the quality bar overall and in every language", () => {
    const rows = loadCsv(file);
    expect(rows.length).toBeGreaterThan(100);
    const report = evaluate(rows, (row) => predictVisit(row.text), { labelOrder: VISITS_LABELS });
    expect(barFailures(report, VISITS_BAR)).toEqual([]);
    expect(Object.keys(report.byGroup).sort()).toEqual(["en", "mixed", "zh-Hans", "zh-Hant"]);
  });
});
