import { hasMessage } from "../i18n";
import { entryPosition } from "./entry";
import { STAGES, type StageKey } from "./types";

describe("entryPosition", () => {
  it.each([
    ["problem", "problem", "leading"],
    ["problem", "cost", "leading"],
    ["solution", "solution", "following"],
    ["requirements", "value", "following"],
    ["solution", "problem", "synchronised"],
    ["cost", "risk", "synchronised"],
  ] as const)("calls entering at %s with the customer now at %s %s", (enteredAt, now, position) => {
    const r = entryPosition(enteredAt, now);
    expect(r.ok && r.value.position).toBe(position);
  });

  it.each(STAGES.flatMap((a) => STAGES.map((b) => [a, b] as const)))(
    "explains entering at %s with the customer at %s in words",
    (a, b) => {
      const r = entryPosition(a, b);
      expect(r.ok && hasMessage(r.value.explanation)).toBe(true);
    }
  );

  it("counts how many stages the customer had walked before we came in", () => {
    const r = entryPosition("measures", "cost");
    expect(r.ok && r.value.lateBy).toBe(4);
  });

  it("returns an issue for a stage it does not know", () => {
    const r = entryPosition("kickoff" as StageKey, "pain");
    expect(!r.ok && r.issue.code).toBe("deals.stage.unknown");
  });
});
