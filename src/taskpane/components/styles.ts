// The pane's styles with Fluent's makeStyles, so they ship inside the bundle with no CSS loader.
// Laid out for 270 px (Excel on Mac), the narrowest task pane Microsoft lists.
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useStyles = makeStyles({
  // The tabs and the summary stay in view; only the body scrolls.
  app: { height: "100vh", display: "flex", flexDirection: "column", minWidth: 0 },
  header: {
    flex: "none",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  tabs: { flexWrap: "wrap" },
  body: {
    flex: "1 1 auto",
    overflowY: "auto",
    padding: "8px 12px 16px",
    display: "flex",
    flexDirection: "column",
    rowGap: "10px",
  },
  column: { display: "flex", flexDirection: "column", rowGap: "10px" },
  summary: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    alignItems: "center",
    columnGap: "8px",
    rowGap: "4px",
    padding: "4px 12px 8px",
  },
  // Radio options wrap as whole phrases ("Chủ động", never "Chủ / động").
  options: { flexWrap: "wrap" },
  option: { whiteSpace: "nowrap" },
  group: { display: "flex", flexDirection: "column", rowGap: "6px", margin: 0, padding: 0 },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase300 },
  finding: {
    ...shorthands.border("1px", "solid", tokens.colorNeutralStroke2),
    borderLeft: `4px solid ${tokens.colorPaletteRedBorderActive}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: "4px 8px 6px",
    display: "flex",
    flexDirection: "column",
    rowGap: "4px",
    backgroundColor: tokens.colorNeutralBackground1,
    listStyleType: "none",
  },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorderActive}` },
  selectButton: {
    justifyContent: "flex-start",
    textAlign: "start",
    padding: "4px 0",
    minWidth: 0,
    height: "auto",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: "2px",
  },
  place: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  meta: { display: "flex", flexWrap: "wrap", columnGap: "6px", alignItems: "center" },
  muted: { color: tokens.colorNeutralForeground3 },
  details: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    "& summary": { cursor: "pointer" },
    "& summary:focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  folded: { margin: "4px 0 0", paddingLeft: "16px" },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  notice: { ":focus": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
