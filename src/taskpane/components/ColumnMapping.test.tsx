import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CLIENT_FIELDS, VISIT_FIELDS, type ClientField } from "../../core/headers";
import type { Lang } from "../../core/i18n";
import { MemoryWorkbook } from "../../excel/memory";
import type { Region } from "../../excel/types";
import { I18nProvider } from "../i18n";
import { WorkbookProvider } from "../workbook";
import {
  ColumnMapping,
  REMEMBERED_LIMIT,
  assign,
  headerSignature,
  recall,
  remember,
  type MappingReport,
} from "./ColumnMapping";

function region(
  headers: string[],
  rows: Region["rows"] = []
): Pick<Region, "headers" | "rows" | "left"> {
  return { headers, rows, left: 0 };
}

const CLIENT_LIST = region(
  ["客户名称", "区域", "联系人", "年度销售额", "备注"],
  [
    ["杭州华联科技有限公司", "华东", "王经理", 1_280_000, ""],
    ["Northwind Trading Co., Ltd.", "North", "Ms. Li", 560_000, "key account"],
  ]
);

function setup(
  r: Pick<Region, "headers" | "rows" | "left">,
  { wb = new MemoryWorkbook(), lang = "en" as Lang, label = "Client list columns" } = {}
) {
  const reports: MappingReport<ClientField>[] = [];
  const view = (x: Pick<Region, "headers" | "rows" | "left">) => (
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <WorkbookProvider workbook={wb}>
          <ColumnMapping
            region={x}
            schema={CLIENT_FIELDS}
            settingKey="clients.mapping"
            label={label}
            onChange={(m) => reports.push(m)}
          />
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
  const utils = render(view(r));
  return {
    wb,
    reports,
    last: () => reports[reports.length - 1],
    ...utils,
    rerenderWith: (x: typeof r) => utils.rerender(view(x)),
  };
}

const group = () => screen.getByRole("group", { name: "Client list columns" });
const select = (name: string) =>
  within(group()).getByRole("combobox", { name: new RegExp(`^${name}`) });

describe("ColumnMapping", () => {
  it("prefills each field from the sheet's headers and reports the columns up", async () => {
    const { last } = setup(CLIENT_LIST);
    await waitFor(() => expect(last()).toBeDefined());
    expect(select("Client")).toHaveValue("0");
    expect(select("Revenue")).toHaveValue("3");
    expect(select("Region")).toHaveValue("1");
    expect(select("Contact")).toHaveValue("2");
    expect(last()).toMatchObject({
      columns: { client: 0, region: 1, contact: 2, value: 3 },
      missing: [],
      origin: "auto",
    });
    // The header and its column letter name each choice; a sample shows what the column holds.
    expect(
      within(select("Client")).getByRole("option", { name: "客户名称 (column A)" })
    ).toBeInTheDocument();
    expect(within(group()).getByText("e.g. 杭州华联科技有限公司")).toBeInTheDocument();
  });

  it("marks a required field without a column, and clears the mark once the user picks one", async () => {
    const user = userEvent.setup();
    const { last } = setup(region(["Firma", "Umsatz"], [["ACME GmbH", 100]]));
    await waitFor(() => expect(last()?.missing).toEqual(["client"]));
    expect(
      within(group()).getByText("Required: pick the column that holds this.")
    ).toBeInTheDocument();

    await user.selectOptions(select("Client"), "0");
    expect(last()).toMatchObject({ columns: { client: 0 }, missing: [], origin: "edited" });
    expect(
      within(group()).queryByText("Required: pick the column that holds this.")
    ).not.toBeInTheDocument();
  });

  it("remembers a correction in the workbook and reuses it for a list with the same headers", async () => {
    const user = userEvent.setup();
    const first = setup(region(["Account", "Sales 2024", "Potential 2025"]));
    await waitFor(() => expect(first.last()).toBeDefined());
    await user.click(within(group()).getByRole("button", { name: /Show all fields/ }));
    await user.selectOptions(select("Revenue"), "2");
    await waitFor(async () =>
      expect(await first.wb.getSetting("clients.mapping")).toEqual([
        {
          signature: headerSignature(["Account", "Sales 2024", "Potential 2025"]),
          columns: { client: 0, value: 2 },
        },
      ])
    );
    first.unmount();

    // Next week's export: same headers, written with different spacing and width.
    const again = setup(region(["Account ", "Sales  2024", "Potential ２０２５"]), {
      wb: first.wb,
    });
    await waitFor(() => expect(again.last()?.origin).toBe("remembered"));
    expect(again.last()?.columns).toEqual({ client: 0, value: 2 });
    expect(
      screen.getByText("Using the columns you chose last time for these headers.")
    ).toBeInTheDocument();
    again.unmount();

    // Another list is matched by its headers.
    const other = setup(region(["Account", "Revenue"]), { wb: first.wb });
    await waitFor(() => expect(other.last()?.origin).toBe("auto"));
    expect(other.last()?.columns).toEqual({ client: 0, value: 1 });
  });

  it("goes back to matching by headers, and forgets the correction, when asked", async () => {
    const user = userEvent.setup();
    const { last, wb } = setup(CLIENT_LIST);
    await waitFor(() => expect(last()).toBeDefined());
    await user.selectOptions(select("Region"), "");
    expect(last()?.columns.region).toBeUndefined();

    await user.click(within(group()).getByRole("button", { name: "Match by headers again" }));
    expect(last()).toMatchObject({ origin: "auto", columns: { region: 1 } });
    await waitFor(async () => expect(await wb.getSetting("clients.mapping")).toEqual([]));
  });

  it("gives a column to one field only: taking it leaves the other field empty and in view", async () => {
    const user = userEvent.setup();
    const { last } = setup(CLIENT_LIST);
    await waitFor(() => expect(last()).toBeDefined());
    await user.selectOptions(select("Client"), "2");
    expect(last()?.columns).toMatchObject({ client: 2 });
    expect(last()?.columns.contact).toBeUndefined();
    expect(select("Contact")).toHaveValue("");
  });

  it("starts over when the region's headers change", async () => {
    const { last, rerenderWith } = setup(CLIENT_LIST);
    await waitFor(() => expect(last()?.columns.client).toBe(0));
    rerenderWith(region(["日期", "客户", "销售额"]));
    await waitFor(() => expect(last()?.headers).toEqual(["日期", "客户", "销售额"]));
    expect(last()?.columns).toEqual({ client: 1, value: 2 });
  });

  it.each([
    ["zh-Hans", "客户列表的列", "客户", "必填:请选择包含此项的列。"],
    ["zh-Hant", "客戶清單的欄", "客戶", "必填:請選擇包含此項的欄。"],
  ] as const)("speaks %s", async (lang, legend, clientLabel, required) => {
    const { last } = setup(region(["Firma"]), { lang, label: legend });
    await waitFor(() => expect(last()).toBeDefined());
    const fields = screen.getByRole("group", { name: legend });
    expect(
      within(fields).getByRole("combobox", { name: new RegExp(`^${clientLabel}`) })
    ).toBeInTheDocument();
    expect(within(fields).getByText(required)).toBeInTheDocument();
  });
});

describe("remembered mappings", () => {
  const headers = ["客户名称", "销售额"];

  it.each([
    ["a field the schema does not have", { client: 0, colour: 1 }],
    ["a column past the last header", { client: 5 }],
    ["one column for two fields", { client: 0, value: 0 }],
    ["a column that is not a whole number", { client: 0.5 }],
  ])("ignores a remembered choice with %s", (_, columns) => {
    const saved = [{ signature: headerSignature(headers), columns }];
    expect(recall(saved, headers, CLIENT_FIELDS)).toBeUndefined();
  });

  it("ignores a setting that is not a list of mappings", () => {
    expect(recall({ signature: headerSignature(headers) }, headers, CLIENT_FIELDS)).toBeUndefined();
  });

  it(`keeps the newest ${REMEMBERED_LIMIT} corrections, the latest first`, () => {
    let saved: unknown = undefined;
    for (let i = 0; i < REMEMBERED_LIMIT + 3; i++)
      saved = remember(saved, [`list ${i}`], { client: 0 });
    const list = saved as { signature: string }[];
    expect(list).toHaveLength(REMEMBERED_LIMIT);
    expect(list[0].signature).toBe(headerSignature([`list ${REMEMBERED_LIMIT + 2}`]));
    expect(recall(saved, ["list 0"], VISIT_FIELDS)).toBeUndefined();
  });

  it("replaces the correction for the same headers instead of adding another", () => {
    const once = remember(undefined, headers, { client: 0 });
    const twice = remember(once, headers, { client: 1, value: 0 });
    expect(twice).toEqual([
      { signature: headerSignature(headers), columns: { client: 1, value: 0 } },
    ]);
  });

  it("assign moves a column away from the field that held it", () => {
    expect(assign<ClientField>({ client: 0, contact: 2 }, "client", 2)).toEqual({ client: 2 });
    expect(assign<ClientField>({ client: 0, contact: 2 }, "contact", undefined)).toEqual({
      client: 0,
    });
  });
});
