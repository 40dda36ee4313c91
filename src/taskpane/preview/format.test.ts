import { alignOf, formatCell } from "./format";

describe("showing cells as Excel does", () => {
  it.each([
    [46023, "yyyy-mm-dd", "2026-01-01"],
    [46023, "yyyy/m/d", "2026/1/1"],
    [46387, 'yyyy"年"m"月"d"日"', "2026年12月31日"],
    [46023.75, "yyyy-mm-dd", "2026-01-01"],
    [46023, "dd mmm yy", "01 Jan 26"],
  ])("shows serial %d with %s as %s", (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });

  it.each([
    [5880000, "#,##0", "5,880,000"],
    [1234.5, "#,##0.00", "1,234.50"],
    [-1234.5, "#,##0", "-1,235"],
    [0.375, "0.0%", "37.5%"],
    [21, "0", "21"],
    [5880000, '"¥"#,##0', "¥5,880,000"],
    [5880000, "\\¥#,##0;[Red]-\\¥#,##0", "¥5,880,000"],
    [12, '0" 天"', "12 天"],
  ])("shows %d with %s as %s", (value, format, shown) => {
    expect(formatCell(value, format)).toBe(shown);
  });

  it.each([
    [0.1 + 0.2, "0.3"],
    [42, "42"],
    [1 / 3, "0.3333333333"],
  ])("shows %d in General without binary noise", (value, shown) => {
    expect(formatCell(value)).toBe(shown);
    expect(formatCell(value, "General")).toBe(shown);
  });

  it("shows text and booleans as they are, whatever the format", () => {
    expect(formatCell("W14", "#,##0")).toBe("W14");
    expect(formatCell(true)).toBe("TRUE");
  });

  it.each([
    [12, "right"],
    ["text", "left"],
    ["#N/A", "center"],
    ["#VALUE!", "center"],
    [false, "center"],
  ] as const)("aligns %p to the %s", (value, align) => {
    expect(alignOf(value)).toBe(align);
  });
});
