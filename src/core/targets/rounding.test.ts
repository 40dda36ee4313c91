import fc from "fast-check";
import { fillGrid, largestRemainder, roundTable } from "./rounding";

describe("Hamilton's largest-remainder method", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [10, [50, 40, 10], [5, 4, 1]],
    [7, [1, 2, 4], [1, 2, 4]],
    [5, [3, 3], [3, 2]],
    [0, [1, 2], [0, 0]],
  ])("splits %d by %p into %p", (total, weights, expected) => {
    expect(largestRemainder(total, weights)).toEqual(expected);
  });

  it("adds back exactly and keeps each part within one unit of its quota", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 20 }),
        (total, ws) => {
          fc.pre(ws.some((w) => w > 0));
          const parts = largestRemainder(total, ws);
          const W = ws.reduce((a, b) => a + b, 0);
          return (
            parts.reduce((a, b) => a + b, 0) === total &&
            parts.every((p, i) => Math.abs(p - (total * ws[i]) / W) < 1 + 1e-6)
          );
        }
      )
    );
  });
});

describe("controlled rounding of a market × tier table", () => {
  it("rounds a table whose independent roundings would not add up", () => {
    // 10 split 1/3 × 1/3: nine cells of 1.11…; rows and columns of 3.33… each.
    const table = roundTable(10, [1, 1, 1], [1, 1, 1]);
    const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
    const cols = [0, 1, 2].map((j) => table.reduce((a, r) => a + r[j], 0));
    expect(table.flat().every((x) => x === 1 || x === 2)).toBe(true);
    expect(rows.every((x) => x === 3 || x === 4)).toBe(true);
    expect(cols.every((x) => x === 3 || x === 4)).toBe(true);
    expect(rows.reduce((a, b) => a + b, 0)).toBe(10);
  });
});

describe("the day × cell grid", () => {
  it("gives zero to rows without a share and meets every column total", () => {
    const rows = [
      { num: 1, den: 3, group: 0 },
      { num: 0, den: 3, group: 0 },
      { num: 1, den: 3, group: 1 },
      { num: 1, den: 3, group: 1 },
    ];
    const grid = fillGrid(
      11,
      rows,
      [
        { num: 1, den: 3 },
        { num: 2, den: 3 },
      ],
      [6, 5]
    );
    expect(grid[1]).toEqual([0, 0]);
    expect(grid.reduce((a, r) => a + r[0], 0)).toBe(6);
    expect(grid.reduce((a, r) => a + r[1], 0)).toBe(5);
    const days = grid.map((r) => r[0] + r[1]);
    expect(days.filter((d) => d > 0).every((d) => d === 3 || d === 4)).toBe(true);
  });
});
