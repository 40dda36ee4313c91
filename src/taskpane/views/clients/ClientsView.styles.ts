import { makeStyles, tokens } from "@fluentui/react-components";

export const useClientsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
  },
  narrow: { flex: "1 1 90px", minWidth: "80px" },
  source: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  action: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reason: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  dueButton: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  dueLine: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  dueName: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  late: { color: tokens.colorPaletteRedForeground1 },
  bars: {
    display: "grid",
    gridTemplateColumns: "auto 1fr auto",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    alignItems: "center",
  },
  // Each tier's label, bar and count sit in the grid's three columns.
  barRow: { display: "contents" },
  track: {
    height: "8px",
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    overflow: "hidden",
  },
  bar: {
    height: "100%",
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  number: { fontVariantNumeric: "tabular-nums" },
});
