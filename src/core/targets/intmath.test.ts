import fc from "fast-check";
import { ceilOf, floorOf, gcd, MAX_UNITS, mulDiv, scaleToIntegers } from "./intmath";
import { feasibleCirculation } from "./flow";

describe("exact a × b ÷ c", () => {
  it("agrees with BigInt arithmetic for any operands up to 2^51", () => {
    const n = fc.integer({ min: 0, max: MAX_UNITS });
    fc.assert(
      fc.property(n, n, fc.integer({ min: 1, max: MAX_UNITS }), (a, b, c) => {
        const exact = BigInt(a) * BigInt(b);
        fc.pre(exact / BigInt(c) <= BigInt(Number.MAX_SAFE_INTEGER));
        const q = mulDiv(a, b, c);
        return (
          BigInt(q.whole) === exact / BigInt(c) &&
          BigInt(q.rem) === exact % BigInt(c) &&
          q.den === c
        );
      }),
      { numRuns: 2000 }
    );
  });

  it("takes the slow path exactly when the remainders' product passes 2^52", () => {
    // (2^51 - 1)^2 / 2^51 needs 102 bits in the middle.
    const q = mulDiv(MAX_UNITS - 1, MAX_UNITS - 1, MAX_UNITS);
    const exact = BigInt(MAX_UNITS - 1) ** 2n;
    expect([BigInt(q.whole), BigInt(q.rem)]).toEqual([
      exact / BigInt(MAX_UNITS),
      exact % BigInt(MAX_UNITS),
    ]);
  });

  it("rounds a quota down and up, and an exact quota to itself", () => {
    expect([floorOf(mulDiv(10, 1, 3)), ceilOf(mulDiv(10, 1, 3))]).toEqual([3, 4]);
    expect([floorOf(mulDiv(9, 1, 3)), ceilOf(mulDiv(9, 1, 3))]).toEqual([3, 3]);
  });

  it.each([
    [-1, 1, 1],
    [1, 1, 0],
    [0.5, 1, 1],
    [1, 1, MAX_UNITS * 2],
  ])("refuses mulDiv(%p, %p, %p) as a programming error", (a, b, c) => {
    expect(() => mulDiv(a, b, c)).toThrow(RangeError);
  });
});

describe("reading typed numbers as integers", () => {
  it.each([
    [
      [50, 40, 10],
      [5, 4, 1],
    ],
    [
      [33.3333, 33.3333, 33.3334],
      [333333, 333333, 333334],
    ],
    [
      [7.000000000000001, 93],
      [7, 93],
    ],
    [
      [0.5, 0.25],
      [2, 1],
    ],
    [
      [0, 12],
      [0, 1],
    ],
    [
      [1e-7, 1],
      [0, 1],
    ],
  ])("reads %p in the proportions %p", (values, ints) => {
    expect(scaleToIntegers(values, 4)).toEqual(ints);
  });

  it("finds greatest common divisors", () => {
    expect([gcd(12, 18), gcd(0, 5), gcd(7, 0)]).toEqual([6, 5, 7]);
  });
});

describe("feasible circulation with bounds", () => {
  it("finds a flow that meets every lower and upper bound", () => {
    // 0 → 1 → 2 → 0, with the back edge forcing exactly 5 units around.
    const flow = feasibleCirculation(3, [
      { from: 0, to: 1, lo: 2, hi: 9 },
      { from: 1, to: 2, lo: 0, hi: 5 },
      { from: 2, to: 0, lo: 5, hi: 5 },
    ]);
    expect(flow).toEqual([5, 5, 5]);
  });

  it("reports none when the bounds contradict each other", () => {
    expect(
      feasibleCirculation(2, [
        { from: 0, to: 1, lo: 3, hi: 4 },
        { from: 1, to: 0, lo: 0, hi: 2 },
      ])
    ).toBeUndefined();
    expect(feasibleCirculation(2, [{ from: 0, to: 1, lo: 2, hi: 1 }])).toBeUndefined();
  });
});
