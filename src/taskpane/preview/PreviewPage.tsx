import {
  Button,
  Caption1,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useLayoutEffect, useRef, useState } from "react";
import { LANGS, resolveLang, type Lang } from "../../core/i18n/lang";
import { App } from "../App";
import { Grid } from "./Grid";
import { pt } from "./messages";
import type { PreviewModel } from "./model";

/** Excel's task pane is 320–450 px wide; the preview shows it at a common width. */
const PANE_WIDTH = 400;

const useStyles = makeStyles({
  page: {
    display: "flex",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
    "@media (max-width: 900px)": { flexDirection: "column", height: "auto" },
  },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 900px)": { width: "100%", borderRight: "none" },
  },
  workbook: {
    flex: 1,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    "@media (max-width: 900px)": { height: "80vh" },
  },
  head: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  download: { flexShrink: 0, whiteSpace: "nowrap" },
  about: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    maxWidth: "900px",
  },
  howto: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    maxHeight: "30vh",
    overflowY: "auto",
  },
  steps: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/** The pane's language, read from the lang attribute its FluentProvider sets (it changes with the pane's setting). */
function usePaneLang(pane: React.RefObject<HTMLElement>): Lang {
  const [lang, setLang] = useState<Lang>(() => resolveLang(globalThis.navigator?.language));
  useLayoutEffect(() => {
    const root = pane.current;
    if (!root) return;
    const read = () => {
      const tag = root.querySelector("[lang]")?.getAttribute("lang") ?? "";
      const found = LANGS.find((l) => l === tag);
      if (found) {
        setLang(found);
        // The page's language picks CJK glyph shapes (简体 vs 繁體) for the whole page.
        document.documentElement.lang = found;
      }
    };
    read();
    const observer = new MutationObserver(read);
    // The pane's provider is rendered by the time this runs; only its lang attribute changes.
    observer.observe(root, { attributes: true, attributeFilter: ["lang"], subtree: true });
    return () => observer.disconnect();
  }, [pane]);
  return lang;
}

async function downloadXlsx(model: PreviewModel, fileName: string): Promise<void> {
  // ExcelJS is large; it loads only when someone downloads.
  const { memoryToXlsx } = await import(/* webpackChunkName: "xlsx" */ "../../excel/xlsx");
  const bytes = await memoryToXlsx(model.wb);
  const blob = new Blob([bytes], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The browser has started reading the blob by now; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The preview: the real task pane beside a grid of the sample workbook it works on. */
export function PreviewPage({ model }: { model: PreviewModel }) {
  const s = useStyles();
  const paneRef = useRef<HTMLElement>(null);
  const lang = usePaneLang(paneRef);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const onDownload = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await downloadXlsx(model, pt(lang, "preview.fileName"));
    } catch (e) {
      setFailure(
        pt(lang, "preview.downloadFailed", { detail: e instanceof Error ? e.message : String(e) })
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <div className={s.page}>
        <aside className={s.pane} ref={paneRef} aria-label={pt(lang, "preview.pane")}>
          <App workbook={model.wb} preview />
        </aside>
        <section className={s.workbook} aria-label={pt(lang, "preview.workbook")}>
          <div className={s.head}>
            <div className={s.about}>
              <Subtitle2 as="h2">{pt(lang, "preview.workbook")}</Subtitle2>
              <Caption1>{pt(lang, "preview.about")}</Caption1>
            </div>
            <Button
              className={s.download}
              appearance="primary"
              onClick={onDownload}
              disabled={busy}
              icon={busy ? <Spinner size="tiny" /> : undefined}
            >
              {busy ? pt(lang, "preview.downloading") : pt(lang, "preview.download")}
            </Button>
          </div>
          {failure && (
            <MessageBar intent="error">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
          <Grid model={model} lang={lang} />
          <div className={s.howto} role="note" aria-label={pt(lang, "preview.sideload.title")}>
            <Text weight="semibold">{pt(lang, "preview.sideload.title")}</Text>
            <ol className={s.steps}>
              <li>
                <Caption1>{pt(lang, "preview.sideload.desktop")}</Caption1>
              </li>
              <li>
                <Caption1>{pt(lang, "preview.sideload.web")}</Caption1>
              </li>
              <li>
                <Caption1>{pt(lang, "preview.sideload.file")}</Caption1>
              </li>
            </ol>
            <Caption1>
              <Link href="help.html">{pt(lang, "preview.help")}</Link>
            </Caption1>
          </div>
        </section>
      </div>
    </FluentProvider>
  );
}
