import type { Region } from "../../../excel/types";
import {
  asEntries,
  asStrengths,
  dealFormula,
  formulaColumn,
  noteCells,
  noteSpan,
  placeColumn,
  rememberEntry,
  rememberOwn,
  selectedRow,
  userPart,
  widened,
} from "./columns";

const region = (over: Partial<Region> = {}): Region => ({
  sheet: "Log",
  address: "B3:F6",
  top: 2,
  left: 1,
  headers: ["Date", "Client", "Notes", "Feedback", "Owner"],
  rows: [
    [46083, "Acme", "Demo went well.", "Too expensive.", "Li"],
    [46084, "Beta", "", "  ", "Li"],
    [46085, "Gamma", "Wants ROI figures.", "", "Wu"],
  ],
  ...over,
});

describe("noteSpan", () => {
  it.each([
    [{ notes: 2 }, { first: 2, last: 2 }],
    [
      { notes: 2, feedback: 3 },
      { first: 2, last: 3 },
    ],
    [
      { notes: 2, feedback: 3, nextStep: 4 },
      { first: 2, last: 4 },
    ],
    [
      { notes: 3, feedback: 2, nextStep: 4 },
      { first: 2, last: 4 },
    ],
    // Apart from the notes, a column cannot join one range: the notes are read alone.
    [
      { notes: 2, feedback: 5 },
      { first: 2, last: 2 },
    ],
    [
      { notes: 2, client: 3 },
      { first: 2, last: 2 },
    ],
  ])("reads %j as columns %j", (columns, span) => {
    expect(noteSpan(columns)).toEqual(span);
  });

  it("has nothing to read without a notes column", () => {
    expect(noteSpan({ client: 1, feedback: 3 })).toBeUndefined();
  });
});

describe("noteCells", () => {
  it("gives the row's cells of the span as text, blanks left out", () => {
    const r = region();
    expect(noteCells(r, { first: 2, last: 3 }, 0)).toEqual(["Demo went well.", "Too expensive."]);
    expect(noteCells(r, { first: 2, last: 3 }, 1)).toEqual([]);
  });
});

describe("dealFormula", () => {
  it.each([
    ["stage", { first: 2, last: 3 }, 0, "en", '=SALES.BUYSTAGE(D4:E4,"en")'],
    ["objection", { first: 2, last: 2 }, 2, "zh-Hant", '=SALES.OBJECTION(D6,"zh-Hant")'],
  ] as const)("writes a %s formula over %j for data row %i", (kind, span, row, lang, formula) => {
    expect(dealFormula(kind, region(), span, row, lang)).toBe(formula);
  });
});

describe("placing a column", () => {
  it("goes right of the region the first time", () => {
    expect(placeColumn(region(), [], "stage", "zh-Hans")).toEqual({
      col: 6,
      header: "采购阶段",
      lang: "zh-Hans",
    });
  });

  it("finds the column it wrote before by its header, in the language it was written in", () => {
    const r = region({ headers: [...region().headers, "採購階段"] });
    expect(placeColumn(r, [{ sheet: "Log", header: "採購階段" }], "stage", "en")).toEqual({
      col: 6,
      header: "採購階段",
      lang: "zh-Hant",
    });
  });

  it("never takes a user's own column of the same name for its own", () => {
    const r = region({ headers: [...region().headers, "Objection"] });
    expect(placeColumn(r, [], "objection", "en").col).toBe(7);
    expect(placeColumn(r, [{ sheet: "Other", header: "Objection" }], "objection", "en").col).toBe(
      7
    );
  });

  it("builds the whole column: table, rows, formulas and a format per label", () => {
    const col = formulaColumn({
      region: region({ table: "tblLog" }),
      own: [],
      span: { first: 2, last: 3 },
      kind: "objection",
      lang: "en",
    });
    expect(col).toEqual(
      expect.objectContaining({ sheet: "Log", table: "tblLog", col: 6, top: 2, rows: 3 })
    );
    expect(col.formula(1)).toBe('=SALES.OBJECTION(D5:E5,"en")');
    expect(col.highlights?.map((h) => h.text)).toEqual([
      "None",
      "Stall",
      "Strategy",
      "Timing",
      "Team",
      "Price",
      "Authority",
    ]);
  });
});

describe("userPart", () => {
  it("leaves out the added columns at the right, so the headers stay the user's", () => {
    const r = region({
      headers: [...region().headers, "Buying stage", "Objection"],
      rows: region().rows.map((row) => [...row, "Cost", "Price"]),
    });
    const own = [
      { sheet: "Log", header: "Objection" },
      { sheet: "Log", header: "Buying stage" },
    ];
    const part = userPart(r, own);
    expect(part.headers).toEqual(region().headers);
    expect(part.rows[0]).toEqual(region().rows[0]);
    expect(userPart(region(), own)).toEqual(region());
  });
});

describe("selectedRow", () => {
  it.each([
    ["D4", 0],
    ["Log!B6", 2],
    ["A5:F5", 1],
    ["D3", undefined],
    ["D7", undefined],
    ["H4", undefined],
  ])("finds the data row of %s", (address, row) => {
    expect(selectedRow(region(), { sheet: "Log", address })).toBe(row);
  });

  it("ignores a selection on another sheet", () => {
    expect(selectedRow(region(), { sheet: "Other", address: "D4" })).toBeUndefined();
  });
});

describe("settings", () => {
  it("keeps only known strengths, in their fixed order", () => {
    expect(asStrengths(["topAccess", "bogus", "revealProblems"])).toEqual([
      "revealProblems",
      "topAccess",
    ]);
    expect(asStrengths("topAccess")).toEqual([]);
  });

  it("remembers an entry stage per client, forgets it when unset, and drops bad entries", () => {
    const one = rememberEntry({ Acme: "pain", Bad: "tender" }, "Beta", "solution");
    expect(one).toEqual({ Acme: "pain", Beta: "solution" });
    expect(rememberEntry(one, "Acme", undefined)).toEqual({ Beta: "solution" });
    expect(asEntries(["pain"])).toEqual({});
  });

  it("keeps the newest 300 entry stages", () => {
    let saved: unknown = {};
    for (let i = 0; i < 305; i++) saved = rememberEntry(saved, `client ${i}`, "goal");
    const kept = Object.keys(asEntries(saved));
    expect(kept).toHaveLength(300);
    expect(kept[0]).toBe("client 5");
  });

  it("remembers each written column once, newest first", () => {
    const saved = rememberOwn([{ sheet: "Log", header: "Objection" }], {
      sheet: "Log",
      header: "Buying stage",
    });
    expect(rememberOwn(saved, { sheet: "Log", header: "Objection" })).toEqual([
      { sheet: "Log", header: "Objection" },
      { sheet: "Log", header: "Buying stage" },
    ]);
  });
});

describe("widened", () => {
  it("takes in a column added at the right of a block", () => {
    expect(widened("B3:F6", 6)).toBe("B3:G6");
    expect(widened("B3:F6", 4)).toBe("B3:F6");
  });
});
