import { CLIENT_FIELDS, VISIT_FIELDS, mapHeaders, type FieldSchema } from "../../../core/headers";
import { describeIssue } from "../../../core/i18n";
import { canonicalHeader, readClients, readVisits, relabel } from "./read";

describe("relabel", () => {
  it.each([
    ["client list", CLIENT_FIELDS],
    ["visit log", VISIT_FIELDS],
  ] as const)(
    "gives headers that core maps to exactly the chosen columns, for every %s field",
    (_, schema) => {
      const fields = (schema as readonly FieldSchema[]).map((s) => s.field);
      // Every field at once, in reverse order, beside columns the user keeps for themselves.
      const columns = Object.fromEntries(
        fields.map((f, i) => [f, 2 * (fields.length - 1 - i) + 1])
      );
      const headers = relabel(2 * fields.length + 1, columns, schema as readonly FieldSchema[]);
      const map = mapHeaders(headers, schema as readonly FieldSchema[]);
      expect(map.columns).toEqual(columns);
      expect(map.missing).toEqual([]);
    }
  );

  it.each(CLIENT_FIELDS.map((s) => [s.field, s] as const))(
    "reads the %s field alone and nothing else",
    (field, s) => {
      const headers = relabel(3, { [field]: 1 }, CLIENT_FIELDS);
      expect(headers).toEqual(["", canonicalHeader(s), ""]);
      expect(mapHeaders(headers, CLIENT_FIELDS).columns).toEqual({ [field]: 1 });
    }
  );
});

describe("readClients with the user's columns", () => {
  const region = {
    headers: ["Kunde", "Umsatz", "Potenzial", "Betreuer"],
    rows: [
      ["杭州华联科技有限公司", 1_200_000, 5_000_000, "王"],
      ["深圳海川电子", "viel", 800_000, "李"],
    ],
    left: 1,
  };

  it("reads the columns the user chose even when no header says so", () => {
    const read = readClients(region, { client: 0, value: 1, potential: 2 }, "potential");
    expect(read.ok && read.value.records.map((r) => [r.name, r.value])).toEqual([
      ["杭州华联科技有限公司", 5_000_000],
      ["深圳海川电子", 800_000],
    ]);
  });

  it("names the user's own header in a warning", () => {
    const read = readClients(region, { client: 0, value: 1 }, "value");
    expect(read.ok).toBe(true);
    const [warning] = read.ok ? read.value.warnings : [];
    expect(describeIssue(warning, "en")).toBe(
      'row 3, Umsatz: "viel" is not an amount; the client is ranked as having no value.'
    );
  });

  it("names the column letter when the user's header is blank", () => {
    const blank = { ...region, headers: ["Kunde", "", "Potenzial", "Betreuer"] };
    const read = readClients(blank, { client: 0, value: 1 }, "value");
    const [warning] = read.ok ? read.value.warnings : [];
    expect(warning.params?.column).toBe("C"); // region starts in column B
  });

  it("leaves everyone without a value when there is no value column", () => {
    const read = readClients(region, { client: 0 }, undefined);
    expect(read.ok && read.value.records.every((r) => r.value === undefined)).toBe(true);
  });
});

describe("readVisits with the user's columns", () => {
  it("reads date, client and outcome from the chosen columns", () => {
    const read = readVisits(
      {
        headers: ["When", "Who", "How it went"],
        rows: [[45737, "ACME Robotics", "成交"]],
        left: 0,
      },
      { date: 0, client: 1, outcome: 2 }
    );
    expect(read.ok && read.value.records).toEqual([
      { client: "ACME Robotics", date: 45737, outcome: "order", notes: [] },
    ]);
  });
});
