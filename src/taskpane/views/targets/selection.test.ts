import { dayFromYmd, dayToSerial } from "../../../core/calendar";
import { readAmounts, readDates } from "./selection";

const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
const serial = (y: number, m: number, d: number) => dayToSerial(day(y, m, d));

describe("reading dates from a selection", () => {
  it("reads date cells and dates typed as text, skipping blank cells", () => {
    const r = readDates(
      [[serial(2026, 10, 1)], ["2026-10-02"], [""], ["2026/10/5"], ["2026年10月6日"], [" "]],
      "A2:A7"
    );
    expect(r.values).toEqual([
      day(2026, 10, 1),
      day(2026, 10, 2),
      day(2026, 10, 5),
      day(2026, 10, 6),
    ]);
    expect(r.bad).toEqual([]);
  });

  it("names the cells that hold no date, by their address in the sheet", () => {
    const r = readDates(
      [
        ["Holiday", "Note"],
        [serial(2026, 5, 1), "Labour Day"],
        [true, ""],
      ],
      "C3:D5"
    );
    expect(r.values).toEqual([day(2026, 5, 1)]);
    expect(r.bad).toEqual(["C3", "D3", "D4", "C5"]);
  });

  it("lists a date once and in order, however often and wherever it was selected", () => {
    const r = readDates([[serial(2026, 10, 2), serial(2026, 10, 1), "2026-10-01"]], "A1:C1");
    expect(r.values).toEqual([day(2026, 10, 1), day(2026, 10, 2)]);
  });

  it("drops the time of a date-time cell", () => {
    expect(readDates([[serial(2026, 1, 1) + 0.75]], "B9").values).toEqual([day(2026, 1, 1)]);
  });

  it("refuses text that only looks like a date", () => {
    expect(readDates([["2026-02-30"]], "A1").bad).toEqual(["A1"]);
  });
});

describe("reading amounts from a selection", () => {
  it("reads numbers and amounts typed as text in reading order, naming the other cells", () => {
    const r = readAmounts(
      [
        ["Jan", "Feb", "Mar"],
        [120000, "98,500", ""],
      ],
      "Sales!B1:D2"
    );
    expect(r.values).toEqual([120000, 98500]);
    expect(r.bad).toEqual(["B1", "C1", "D1"]);
  });
});
