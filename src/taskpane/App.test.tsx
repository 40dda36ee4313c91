import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryWorkbook } from "../excel/memory";
import { App } from "./App";

// The first tab (Targets) is a full view; rendering it in jsdom on a busy machine takes seconds.
jest.setTimeout(30_000);

beforeEach(() => localStorage.clear());

describe("the task pane shell", () => {
  it("shows the views as tabs and switches between them", async () => {
    render(<App workbook={new MemoryWorkbook()} displayLanguage="en-US" />);
    const tabs = screen.getByRole("tablist");
    for (const name of ["Targets", "Clients", "Visits", "Dashboard"])
      expect(within(tabs).getByRole("tab", { name })).toBeInTheDocument();
    await userEvent.click(within(tabs).getByRole("tab", { name: "Dashboard" }));
    expect(within(tabs).getByRole("tab", { name: "Dashboard" })).toHaveAttribute(
      "aria-selected",
      "true"
    );
    expect(screen.getByRole("main", { name: "Dashboard" })).toBeInTheDocument();
    expect(await screen.findByText("SALES.WORKDAYS")).toBeInTheDocument();
  });

  it.each([
    ["zh-CN", ["目标", "客户", "拜访", "看板"]],
    ["zh-TW", ["目標", "客戶", "拜訪", "看板"]],
    ["fr-FR", ["Targets", "Clients", "Visits", "Dashboard"]],
  ])("follows Office's display language %s", (displayLanguage, names) => {
    render(<App workbook={new MemoryWorkbook()} displayLanguage={displayLanguage} />);
    for (const name of names) expect(screen.getByRole("tab", { name })).toBeInTheDocument();
  });

  it("lets the user pick another language, and remembers it", async () => {
    const { unmount } = render(<App workbook={new MemoryWorkbook()} displayLanguage="en-US" />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-Hant");
    expect(screen.getByRole("tab", { name: "目標" })).toBeInTheDocument();
    unmount();
    render(<App workbook={new MemoryWorkbook()} displayLanguage="en-US" />);
    expect(screen.getByRole("tab", { name: "目標" })).toBeInTheDocument();
  });

  it("says plainly when it runs as a preview", () => {
    render(<App workbook={new MemoryWorkbook()} displayLanguage="en-US" preview />);
    expect(screen.getByText(/Preview: this pane runs on a sample workbook/)).toBeInTheDocument();
  });
});
