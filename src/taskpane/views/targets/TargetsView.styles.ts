import { makeStyles, tokens } from "@fluentui/react-components";

export const useTargetsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "flex-start",
  },
  grow: { flex: "1 1 120px", minWidth: "100px" },
  narrow: { flex: "0 1 96px", minWidth: "80px" },
  muted: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  days: {
    display: "grid",
    // Four toggles a row fit the pane's narrowest width (320 px) with Chinese or English names.
    gridTemplateColumns: "repeat(4, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalXS,
    border: "none",
    margin: 0,
    padding: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  months: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  shareCol: { width: "84px" },
  removeCol: { width: "36px" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  total: { fontWeight: tokens.fontWeightSemibold },
  stale: { opacity: 0.55 },
  action: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  chart: { width: "100%", height: "auto", display: "block" },
  bar: { fill: tokens.colorBrandBackground },
  axis: { fill: tokens.colorNeutralForeground3, fontSize: "9px" },
  baseline: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
});
