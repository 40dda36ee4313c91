import { makeStyles, tokens } from "@fluentui/react-components";

export const useDealsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  source: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  action: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reason: { color: tokens.colorNeutralForeground2 },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  evidence: { color: tokens.colorNeutralForeground2, wordBreak: "break-word" },
  strengths: {
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
    display: "flex",
    flexDirection: "column",
  },
  legend: { padding: 0, color: tokens.colorNeutralForeground2 },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  // Nine equal cells, one per stage: the customer's stage filled, the target outlined.
  strip: {
    display: "grid",
    gridTemplateColumns: "repeat(9, 1fr)",
    gap: tokens.spacingHorizontalXXS,
    height: "8px",
  },
  cell: { backgroundColor: tokens.colorNeutralBackground4, borderRadius: tokens.borderRadiusSmall },
  walked: { backgroundColor: tokens.colorBrandBackground2 },
  current: { backgroundColor: tokens.colorBrandBackground },
  target: {
    backgroundColor: tokens.colorNeutralBackground1,
    outline: `2px solid ${tokens.colorPaletteGreenBorder2}`,
    outlineOffset: "-2px",
  },
});
