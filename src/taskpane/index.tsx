import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../excel/office";
import { App } from "./App";

/** Starts the pane once Office is ready; the theme and language come from the host. */
function start(): void {
  const root = createRoot(document.getElementById("root")!);
  Office.onReady(() => {
    const ctx = Office.context;
    root.render(
      <App
        workbook={new OfficeWorkbook()}
        displayLanguage={ctx?.displayLanguage}
        officeTheme={ctx?.officeTheme}
      />
    );
  });
}

start();
