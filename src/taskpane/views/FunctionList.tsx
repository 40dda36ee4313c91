import { Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { FUNCTION_TEXTS } from "../../core/i18n/functions";
import { useWords } from "../i18n";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-word",
  },
});

/** The SALES functions a view offers, with their description and one example, in the pane's language. */
export function FunctionList({ ids }: { ids?: readonly string[] }) {
  const w = useWords();
  const s = useStyles();
  const entries = Object.entries(FUNCTION_TEXTS).filter(([id]) => !ids || ids.includes(id));
  return (
    <section aria-label={w.t("functions.title")} className={s.list}>
      <Text weight="semibold">{w.t("functions.title")}</Text>
      <Caption1>{w.t("functions.intro")}</Caption1>
      {entries.map(([id, f]) => (
        <Card key={id} size="small">
          <CardHeader
            header={<Text weight="semibold" className={s.code}>{`SALES.${id}`}</Text>}
            description={<Caption1>{f.description[w.lang]}</Caption1>}
          />
          <Text className={s.code}>
            {w.t("functions.example")}: {f.example}
          </Text>
        </Card>
      ))}
    </section>
  );
}
