import { coverage, missingRoles, relationshipScope, type ContactRecord } from ".";

const c = (roles: ContactRecord["roles"], extra: Partial<ContactRecord> = {}): ContactRecord => ({
  roles,
  ...extra,
});

describe("people-chain coverage", () => {
  it("finds all three roles in one person in a simple sale", () => {
    const cov = coverage([
      c(["receptive", "dissatisfied", "power"], { level: "partner", depth: "deep" }),
    ]);
    expect(cov.missing).toEqual([]);
    expect(cov.powerReached).toBe(true);
    expect(cov.scope).toBe("individual");
  });

  it("lists the roles nobody holds", () => {
    const cov = coverage([
      c(["receptive"], { depth: "frequent" }),
      c([], { name: "张三", depth: "light" }),
    ]);
    expect(cov.found).toEqual(["receptive"]);
    expect(cov.missing).toEqual(["dissatisfied", "power"]);
  });

  it.each([
    [{ depth: "none" as const, level: "acquaintance" as const }, false],
    [{ depth: "light" as const }, true],
    [{ level: "acquaintance" as const }, true],
    [{}, false],
  ])("with power's contact %p, counts power as reached: %p", (extra, reached) => {
    expect(coverage([c(["power"], extra)]).powerReached).toBe(reached);
  });

  it("sees an ally", () => {
    expect(coverage([c(["dissatisfied"], { level: "ally", depth: "frequent" })]).allyPresent).toBe(
      true
    );
    expect(
      coverage([c(["dissatisfied"], { level: "partner", depth: "frequent" })]).allyPresent
    ).toBe(false);
  });

  it("returns missing roles in a fixed order", () => {
    expect(missingRoles(["power"])).toEqual(["receptive", "dissatisfied"]);
  });
});

describe("relationship scope", () => {
  it("is individual with one person reached", () => {
    expect(
      relationshipScope([c(["receptive"], { depth: "deep" }), c(["power"], { depth: "none" })])
    ).toBe("individual");
  });

  it("is department with several people in one department, or no departments recorded", () => {
    expect(
      relationshipScope([
        c(["receptive"], { depth: "deep", department: "采购部" }),
        c([], { depth: "light", department: "采购部" }),
      ])
    ).toBe("department");
    expect(
      relationshipScope([c(["receptive"], { depth: "deep" }), c(["power"], { depth: "light" })])
    ).toBe("department");
  });

  it("is company across departments with power reached", () => {
    const contacts = [
      c(["receptive"], { depth: "deep", department: "采购部" }),
      c(["power"], { depth: "light", department: "总经办" }),
    ];
    expect(relationshipScope(contacts)).toBe("company");
  });

  it("stays department across departments while power is not reached", () => {
    const contacts = [
      c(["receptive"], { depth: "deep", department: "采购部" }),
      c(["dissatisfied"], { depth: "light", department: "设备部" }),
    ];
    expect(relationshipScope(contacts)).toBe("department");
  });
});
