import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { dayToSerial, parseIsoDate } from "../../../core/calendar";
import { CLIENTS_TABLE } from "../../../core/clients";
import type { Lang } from "../../../core/i18n";
import { MemoryWorkbook } from "../../../excel/memory";
import { I18nProvider } from "../../i18n";
import { WorkbookProvider } from "../../workbook";
import { ClientsView } from "./ClientsView";

const AS_OF = "2025-03-20";

// Each test renders the whole view and clicks through it as a user would; in jsdom on a
// shared machine that takes seconds, well past jest's default of 5.
jest.setTimeout(30_000);
const serial = (iso: string) => dayToSerial(parseIsoDate(iso)!);

/**
 * A client list as a sales office keeps it: Chinese and English names, one written in
 * full-width letters (the log writes it half-width and with a legal suffix), a tier set
 * by hand, a prospect marked new, revenue as numbers.
 */
const CLIENT_LIST: (string | number | null)[][] = [
  ["客户名称", "区域", "销售额", "客户等级", "联系人", "角色"],
  ["杭州华联科技有限公司", "华东", 3_200_000, null, "王总", "权力者"],
  ["深圳海川电子股份有限公司", "华南", 1_500_000, null, "李经理", "接纳者"],
  ["Northwind Trading Co., Ltd.", "华北", 600_000, null, "Ms. Chen", "power"],
  ["上海明德医疗器械有限公司", "华东", 300_000, null, "赵主任", "不满者"],
  ["ＡＣＭＥ Robotics", "华南", 250_000, null, "Tom", "receptive"],
  ["广州恒达物流有限公司", "华南", 150_000, "A", "陈总", "权力者"],
  ["成都蜀光食品", "西南", null, "新客户", "刘经理", null],
];

/** A visit log with the names as reps type them, and one client the list does not have. */
const VISIT_LOG: (string | number)[][] = [
  ["拜访日期", "客户", "拜访内容", "结果"],
  [serial("2025-02-10"), "杭州华联科技", "介绍方案", "暂时中断"],
  [serial("2025-02-25"), "杭州华联科技有限公司", "演示", "暂时中断"],
  [serial("2025-03-01"), "杭州华联科技(集团)", "再次演示", "暂时中断"],
  [serial("2025-03-12"), "深圳海川电子", "技术交流,约定试点", "晋级"],
  [serial("2025-03-18"), "Northwind Trading", "Signed the order", "成交"],
  [serial("2025-01-05"), "ACME Robotics Inc.", "First meeting", "continuation"],
  [serial("2025-03-10"), "广州恒达物流", "回访", "晋级"],
  [serial("2025-03-05"), "苏州新思软件", "陌生拜访", "没有成交"],
  [serial("2025-03-14"), "苏州新思软件", "第二次拜访", "暂时中断"],
];

function workbook(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.load("客户", CLIENT_LIST, { row: 0, col: 0 }, "tblCustomers");
  wb.load("拜访", VISIT_LOG);
  return wb;
}

function renderView(wb: MemoryWorkbook, lang: Lang = "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider lang={lang}>
        <WorkbookProvider workbook={wb}>
          <ClientsView />
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
}

/**
 * The view's buttons, found once: role queries are slow over Fluent's styles in jsdom
 * (each checks computed styles), and React keeps these elements across re-renders.
 */
function buttons() {
  return {
    useClients: screen.getByRole("button", { name: "Use selection as client list" }),
    useVisits: screen.getByRole("button", { name: "Use selection as visit log" }),
    write: screen.getByRole("button", { name: "Write to workbook" }),
  };
}

type User = ReturnType<typeof userEvent.setup>;

/** Picks both lists the way a user does: select a cell in each, press its button. */
async function pickBoth(user: User, wb: MemoryWorkbook) {
  const b = buttons();
  await waitFor(() => expect(b.useClients).toBeEnabled());
  wb.active = { sheet: "客户", address: "B3" };
  await user.click(b.useClients);
  await screen.findByText("tblCustomers on 客户!A1:F8 · 7 rows");
  wb.active = { sheet: "拜访", address: "A2" };
  await user.click(b.useVisits);
  await screen.findByText("拜访!A1:D10 · 9 rows");
  return b;
}

async function setAsOf(user: User, iso: string) {
  const input = screen.getByLabelText("As of");
  await user.clear(input);
  await user.type(input, iso);
}

async function write(user: User, button: HTMLElement) {
  await waitFor(() => expect(button).toBeEnabled());
  await user.click(button);
}

/** tblClients as the memory workbook holds it: a record per row, keyed by header. */
async function clientsTable(wb: MemoryWorkbook) {
  const t = await wb.readTable(CLIENTS_TABLE);
  if (!t) throw new Error("tblClients was not written");
  return {
    region: t,
    rows: t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]]))),
  };
}

describe("the Clients view", () => {
  it("writes tblClients from the picked client list and visit log, then lists who is due this week", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb);
    const b = await pickBoth(user, wb);
    await setAsOf(user, AS_OF);

    // The columns were matched by their headers.
    const clientCols = screen.getByRole("group", { name: "Client list columns" });
    expect(within(clientCols).getByRole("combobox", { name: /^Client/ })).toHaveValue("0");
    expect(within(clientCols).getByRole("combobox", { name: /^Revenue/ })).toHaveValue("2");

    await write(user, b.write);
    expect(await screen.findByText("Clients!A1:J8 written; 1 table updated.")).toBeInTheDocument();

    const { rows } = await clientsTable(wb);
    const byName = new Map(rows.map((r) => [String(r.Client), r]));
    expect(rows.map((r) => r.Client)).toEqual(CLIENT_LIST.slice(1).map((r) => r[0]));
    expect(rows.map((r) => r.Tier)).toEqual(["A", "A", "A", "B", "B", "A", "New"]);
    // Three visits under three spellings, all continuations: late, stalled, third visit.
    const hualian = byName.get("杭州华联科技有限公司")!;
    expect(hualian).toMatchObject({
      "Visits this year": 3,
      "Last visit": serial("2025-03-01"),
      "Next visit": serial("2025-03-15"),
      "Days overdue": 5,
      "Last outcome": "Continuation",
    });
    expect(String(hualian.Flags)).toContain("3+ visits, no order");
    // The full-width name in the list meets the half-width name with a suffix in the log.
    expect(byName.get("ＡＣＭＥ Robotics")).toMatchObject({
      "Visits this year": 1,
      "Days overdue": 44,
    });
    expect(String(byName.get("上海明德医疗器械有限公司")!.Flags)).toContain("Never visited");
    // Overdue and third-visit rows are highlighted in the sheet.
    expect(wb.tables.get(CLIENTS_TABLE)!.rowHighlights).toHaveLength(2);

    // Due by 27 March: tier A first, the most overdue first; Northwind was just visited.
    const due = screen.getByRole("list", { name: "Due this week" });
    const items = within(due).getAllByRole("button");
    const order = [
      "杭州华联科技有限公司",
      "广州恒达物流有限公司",
      "深圳海川电子股份有限公司",
      "ＡＣＭＥ Robotics",
      "上海明德医疗器械有限公司",
      "成都蜀光食品",
    ];
    expect(items).toHaveLength(order.length);
    items.forEach((item, i) => expect(item.textContent).toMatch(new RegExp(`^${order[i]}`)));
    expect(within(items[0]).getByText("5 days overdue")).toBeInTheDocument();
    expect(within(items[0]).getByText("3+ visits, no order")).toBeInTheDocument();

    await user.click(items[2]);
    expect(wb.active).toEqual({ sheet: "Clients", address: "A3:J3" });

    // The name the list does not know is shown with the matching rule, not dropped.
    expect(screen.getByText("Names in the visit log that match no client: 1")).toBeInTheDocument();
    expect(screen.getByText("苏州新思软件: 2 visit(s)")).toBeInTheDocument();
    expect(
      screen.getByText(/Client names match when they agree after ignoring/)
    ).toBeInTheDocument();
    const tiers = screen.getByRole("list", { name: "Clients per tier" });
    expect(
      within(tiers)
        .getAllByRole("listitem")
        .map((i) => i.textContent)
    ).toEqual(["A4", "B2", "C0", "New1"]);
  });

  it("updates tblClients in place on a re-run and keeps the column the user added, row by row", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb);
    const b = await pickBoth(user, wb);
    await setAsOf(user, AS_OF);
    await write(user, b.write);
    await screen.findByText("Clients!A1:J8 written; 1 table updated.");

    // The user adds a column to tblClients and writes a note for two clients.
    const first = await clientsTable(wb);
    const table = wb.tables.get(CLIENTS_TABLE)!;
    wb.set("Clients", 0, 10, "下次约见");
    const noteFor = new Map([
      ["深圳海川电子股份有限公司", "3月25日 试点评审"],
      ["成都蜀光食品", "带样品"],
    ]);
    first.rows.forEach((r, i) =>
      wb.set("Clients", i + 1, 10, noteFor.get(String(r.Client)) ?? null)
    );
    table.box = { ...table.box, right: 10 };

    // The client list changes order (sorted by region), and the user writes again.
    const [head, ...body] = CLIENT_LIST;
    const sorted = [...body].sort((a, b) => String(a[1]).localeCompare(String(b[1])));
    wb.load("客户", [head, ...sorted], { row: 0, col: 0 }, "tblCustomers");
    await user.click(b.write);
    await screen.findByText("Clients!A1:K8 written; 1 table updated.");

    const again = await clientsTable(wb);
    expect(again.rows.map((r) => r.Client)).toEqual(sorted.map((r) => r[0]));
    for (const r of again.rows) expect(r["下次约见"]).toBe(noteFor.get(String(r.Client)) ?? "");
    expect(screen.queryByText(/Replace those cells/)).not.toBeInTheDocument();
  });

  it("asks before writing over the user's cells, and writes nothing until the user agrees", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    wb.load("Clients", [["我的笔记"], ["别删"]]);
    renderView(wb);
    const b = await pickBoth(user, wb);
    await setAsOf(user, AS_OF);
    await write(user, b.write);

    expect(
      await screen.findByText("Replace those cells? Excel cannot undo this.")
    ).toBeInTheDocument();
    expect(wb.tables.has(CLIENTS_TABLE)).toBe(false);
    expect(wb.get("Clients", 0, 0)?.value).toBe("我的笔记");

    await user.click(screen.getByRole("button", { name: "Replace them" }));
    await screen.findByText("Clients!A1:J8 written; 1 table updated.");
    expect(wb.tables.has(CLIENTS_TABLE)).toBe(true);
  });

  it("keeps Write to workbook disabled, saying why, while the shares are wrong", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb);
    const { write: button } = buttons();
    await waitFor(() => expect(button).toHaveAccessibleDescription("Choose a client list first."));
    expect(button).toBeDisabled();
    await pickBoth(user, wb);
    await waitFor(() => expect(button).toBeEnabled());

    const b = screen.getByRole("spinbutton", { name: "Tier B up to (% of value)" });
    await user.clear(b);
    await user.type(b, "70");
    expect(screen.getByText("B must be above A (80%).")).toBeInTheDocument();
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription("Correct the options marked above.");

    await user.clear(b);
    await user.type(b, "97");
    expect(screen.queryByText("B must be above A (80%).")).not.toBeInTheDocument();
    expect(button).toBeEnabled();
  });

  it("re-reads the lists of the last run when it opens again, and shows the due list without writing", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    const first = renderView(wb);
    const b = await pickBoth(user, wb);
    await write(user, b.write);
    await screen.findByText(/Clients!A1:J8 written/);
    first.unmount();

    // Next session: the user is on the visit log's sheet; the client list is a table anywhere.
    wb.active = { sheet: "拜访", address: "C5" };
    renderView(wb);
    expect(await screen.findByText("tblCustomers on 客户!A1:F8 · 7 rows")).toBeInTheDocument();
    expect(screen.getByText("拜访!A1:D10 · 9 rows")).toBeInTheDocument();
    expect(await screen.findByRole("list", { name: "Due this week" })).toBeInTheDocument();
  });

  it("asks for a remembered plain range it cannot read again, with a link that shows it", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    const first = renderView(wb);
    await pickBoth(user, wb);
    first.unmount();

    // The visit log's remembered range is gone (its sheet was renamed, say).
    const readRange = wb.readRange.bind(wb);
    wb.readRange = async (sheet, address) =>
      sheet === "拜访" ? undefined : readRange(sheet, address);
    wb.active = { sheet: "客户", address: "A1" };
    renderView(wb);
    const note = await screen.findByText(/Last time: 拜访!A1:D10\. It could not be read again/);
    await user.click(within(note).getByRole("button", { name: "Show it" }));
    expect(wb.active).toEqual({ sheet: "拜访", address: "A1:D10" });
  });

  it("will not take its own tblClients as the client list", async () => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb);
    const b = await pickBoth(user, wb);
    await write(user, b.write);
    await screen.findByText(/Clients!A1:J8 written/);
    wb.active = { sheet: "Clients", address: "B2" };
    await user.click(b.useClients);
    expect(
      await screen.findByText(
        "tblClients is the table Advance writes. Select your own list instead; Advance reads from it."
      )
    ).toBeInTheDocument();
    // The list chosen before stays chosen.
    expect(screen.getByText("tblCustomers on 客户!A1:F8 · 7 rows")).toBeInTheDocument();
  });

  it.each([
    ["zh-Hans", "写入工作簿", "将所选区域用作客户列表", "客户列表的列", "请先选择客户列表。"],
    ["zh-Hant", "寫入活頁簿", "將所選範圍用作客戶清單", "客戶清單的欄", "請先選擇客戶清單。"],
  ] as const)("speaks %s", async (lang, writeLabel, useClients, columns, reason) => {
    const user = userEvent.setup({ delay: null });
    const wb = workbook();
    renderView(wb, lang);
    const button = screen.getByRole("button", { name: writeLabel });
    await waitFor(() => expect(button).toHaveAccessibleDescription(reason));
    wb.active = { sheet: "客户", address: "A2" };
    await user.click(screen.getByRole("button", { name: useClients }));
    expect(await screen.findByRole("group", { name: columns })).toBeInTheDocument();
    await waitFor(() => expect(button).toBeEnabled());
  });
});

describe("the as-of default", () => {
  it("is today on the user's calendar", async () => {
    renderView(workbook());
    const d = new Date();
    const two = (n: number) => String(n).padStart(2, "0");
    const today = `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
    await waitFor(() => expect(screen.getByLabelText("As of")).toHaveValue(today));
  });
});
