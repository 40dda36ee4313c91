import fc from "fast-check";
import { DEFAULT_SHARES, checkShares, rankTiers } from ".";

describe("rankTiers", () => {
  it("gives A to the clients making up the first 80%, B to the next 15%, C to the rest", () => {
    // Total 100. 50 + 20 = 70% lies before the 10, which crosses 80% and is still A;
    // 8, 5 and 3 start at 80%, 88% and 93%: B; the two 2s start at 96% and 98%: C.
    const values = [5, 50, 2, 8, 20, 10, 3, 2];
    expect(rankTiers(values)).toEqual(["B", "A", "C", "B", "A", "A", "B", "C"]);
  });

  it("makes a client holding most of the revenue A, not B", () => {
    expect(rankTiers([900, 60, 40])).toEqual(["A", "B", "C"]);
  });

  it("breaks ties by list order, the same way on every run", () => {
    expect(rankTiers([25, 25, 25, 25])).toEqual(["A", "A", "A", "A"]);
    expect(rankTiers([10, 10, 10, 10, 10, 10, 10, 10, 10, 10])).toEqual([
      "A",
      "A",
      "A",
      "A",
      "A",
      "A",
      "A",
      "A",
      "B",
      "B",
    ]);
  });

  it.each([
    [undefined, "blank"],
    [0, "zero"],
    [-300, "negative"],
    [NaN, "not a number"],
  ] as [number | undefined, string][])("makes a client with a %p (%s) value C", (v) => {
    expect(rankTiers([100, v])).toEqual(["A", "C"]);
  });

  it("makes everybody C when nobody has a positive value", () => {
    expect(rankTiers([undefined, 0, undefined])).toEqual(["C", "C", "C"]);
  });

  it("follows configured shares", () => {
    expect(rankTiers([40, 30, 20, 10], { a: 0.5, b: 0.8 })).toEqual(["A", "A", "B", "C"]);
    expect(rankTiers([40, 30, 20, 10], { a: 0, b: 0 })).toEqual(["C", "C", "C", "C"]);
    expect(rankTiers([40, 30, 20, 10], { a: 1, b: 1 })).toEqual(["A", "A", "A", "A"]);
  });

  it("does not let float rounding move a client across a line", () => {
    // (0.6 + 0.6) / 1.5 is exactly 80%, but 0.7999999999999999 in floating point.
    expect(rankTiers([0.6, 0.6, 0.3])).toEqual(["A", "A", "B"]);
  });

  const valuesArb = fc.array(
    fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
    { maxLength: 60 }
  );

  it("never ranks a larger value below a smaller one", () => {
    const rank = { A: 0, B: 1, C: 2 };
    fc.assert(
      fc.property(valuesArb, (values) => {
        const tiers = rankTiers(values);
        return values.every((v, i) =>
          values.every((w, j) => !((v ?? 0) > (w ?? 0)) || rank[tiers[i]] <= rank[tiers[j]])
        );
      })
    );
  });

  it("keeps the A clients' share at or just past a_share, never far beyond", () => {
    fc.assert(
      fc.property(valuesArb, (values) => {
        const tiers = rankTiers(values);
        const worth = values.map((v) => v ?? 0);
        const total = worth.reduce((s, v) => s + v, 0);
        if (total === 0) return tiers.every((t) => t === "C");
        const aValues = worth.filter((_, i) => tiers[i] === "A");
        const aShare = aValues.reduce((s, v) => s + v, 0) / total;
        // Without its smallest member, A must hold less than 80%.
        return aShare - Math.min(...aValues) / total < DEFAULT_SHARES.a + 1e-9;
      })
    );
  });

  it("gives the same tiers whatever the input order", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 1e6 }), { maxLength: 40 }), (values) => {
        const tiers = rankTiers(values);
        const reversed = rankTiers([...values].reverse()).reverse();
        return tiers.every((t, i) => t === reversed[i]);
      })
    );
  });
});

describe("checkShares", () => {
  it("accepts the defaults", () => expect(checkShares(DEFAULT_SHARES).ok).toBe(true));
  it.each([
    [{ a: 0.9, b: 0.8 }, "clients.sharesOrder"],
    [{ a: -0.1, b: 0.8 }, "arg.outOfRange"],
    [{ a: 0.8, b: 1.5 }, "arg.outOfRange"],
    [{ a: NaN, b: 0.9 }, "arg.outOfRange"],
  ])("refuses %p", (shares, code) => {
    const r = checkShares(shares);
    expect(!r.ok && r.issue.code).toBe(code);
  });
});
