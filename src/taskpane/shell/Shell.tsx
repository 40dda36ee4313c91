import {
  Select,
  Spinner,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  MessageBar,
  MessageBarBody,
  Caption1,
} from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { Lang } from "../../core/i18n";
import { useWords } from "../i18n";
import { VIEWS } from "./views";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  lang: { minWidth: "120px" },
  tabs: { padding: `0 ${tokens.spacingHorizontalS}`, overflowX: "auto" },
  main: {
    padding: tokens.spacingHorizontalM,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
});

export type LangChoice = Lang | "auto";

export interface ShellProps {
  readonly langChoice: LangChoice;
  readonly onLangChoice: (choice: LangChoice) => void;
  readonly preview?: boolean;
  readonly initialView?: string;
}

/** Header with the language setting, tabs for the views, and the selected view. */
export function Shell({ langChoice, onLangChoice, preview, initialView }: ShellProps) {
  const w = useWords();
  const s = useStyles();
  const [view, setView] = useState(initialView ?? VIEWS[0].id);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0];
  const View = current.component;
  const choices: LangChoice[] = ["auto", "en", "zh-Hans", "zh-Hant"];
  return (
    <div className={s.root}>
      <header className={s.header}>
        <div>
          <Text as="h1" weight="semibold" size={400}>
            {w.t("pane.title")}
          </Text>
          <br />
          <Caption1>{w.t("pane.tagline")}</Caption1>
        </div>
        <Select
          className={s.lang}
          size="small"
          aria-label={w.t("settings.language")}
          value={langChoice}
          onChange={(_, d) => onLangChoice(d.value as LangChoice)}
        >
          {choices.map((c) => (
            <option key={c} value={c}>
              {w.t(`settings.language.${c}`)}
            </option>
          ))}
        </Select>
      </header>
      {preview && (
        <MessageBar intent="info">
          <MessageBarBody>{w.t("common.preview")}</MessageBarBody>
        </MessageBar>
      )}
      <nav className={s.tabs} aria-label={w.t("nav.label")}>
        <TabList
          selectedValue={current.id}
          onTabSelect={(_, d) => setView(String(d.value))}
          size="small"
        >
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id}>
              {w.t(v.label)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main className={s.main} aria-label={w.t(current.label)}>
        <Suspense fallback={<Spinner size="small" label={w.t("common.working")} />}>
          <View />
        </Suspense>
      </main>
    </div>
  );
}
