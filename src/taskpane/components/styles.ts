// The pane's styles with Fluent's makeStyles, so they ship inside the bundle with no CSS loader.
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  app: { minHeight: "100vh" },
  body: { padding: "8px 12px 16px", display: "flex", flexDirection: "column", rowGap: "10px" },
  column: { display: "flex", flexDirection: "column", rowGap: "10px" },
  summary: { display: "flex", justifyContent: "space-between", alignItems: "center" },
  group: { display: "flex", flexDirection: "column", rowGap: "6px" },
  finding: {
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "6px 8px",
    cursor: "pointer",
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    backgroundColor: tokens.colorNeutralBackground1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "1px" },
  },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorderActive}` },
  meta: { display: "flex", flexWrap: "wrap", columnGap: "6px", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
