import { FluentProvider } from "@fluentui/react-components";
import { useState } from "react";
import { resolveLang } from "../core/i18n";
import type { WorkbookAccess } from "../excel/types";
import { I18nProvider } from "./i18n";
import { Shell, type LangChoice } from "./shell/Shell";
import { themeFor } from "./theme";
import { WorkbookProvider } from "./workbook";

const LANG_KEY = "advance.language";

function storedChoice(): LangChoice {
  try {
    const v = globalThis.localStorage?.getItem(LANG_KEY);
    return v === "en" || v === "zh-Hans" || v === "zh-Hant" ? v : "auto";
  } catch {
    return "auto"; // storage can be blocked in some hosts
  }
}

export interface AppProps {
  readonly workbook: WorkbookAccess;
  /** Office's display language, e.g. "zh-CN"; undefined outside Office. */
  readonly displayLanguage?: string;
  readonly officeTheme?: { bodyBackgroundColor?: string };
  readonly preview?: boolean;
  readonly initialView?: string;
}

/** The task pane: Office's language and theme unless the user picked a language in the pane. */
export function App({ workbook, displayLanguage, officeTheme, preview, initialView }: AppProps) {
  const [choice, setChoice] = useState<LangChoice>(storedChoice);
  const lang =
    choice === "auto" ? resolveLang(displayLanguage ?? globalThis.navigator?.language) : choice;
  const onChoice = (c: LangChoice) => {
    setChoice(c);
    try {
      globalThis.localStorage?.setItem(LANG_KEY, c);
    } catch {
      /* the choice still holds for this session */
    }
  };
  return (
    <FluentProvider theme={themeFor(officeTheme)} lang={lang}>
      <I18nProvider lang={lang}>
        <WorkbookProvider workbook={workbook}>
          <Shell
            langChoice={choice}
            onLangChoice={onChoice}
            preview={preview}
            initialView={initialView}
          />
        </WorkbookProvider>
      </I18nProvider>
    </FluentProvider>
  );
}
