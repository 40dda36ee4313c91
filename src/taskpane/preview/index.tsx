import { createRoot } from "react-dom/client";
import { PreviewModel } from "./model";
import { PreviewPage } from "./PreviewPage";
import { REGISTRY } from "./registry";
import { loadSample } from "./sample";
import "../../core/i18n/all";

/**
 * Entry of preview.html: the task pane in a browser, without Excel and without Office.js,
 * on a sample workbook held in the page. Same App, same views, same core; only the
 * workbook behind WorkbookAccess is the in-memory one.
 */
function start(): void {
  const model = new PreviewModel(REGISTRY);
  loadSample(model.wb);
  model.refresh();
  createRoot(document.getElementById("root")!).render(<PreviewPage model={model} />);
}

start();
