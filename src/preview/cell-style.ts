// A template cell's look in the grid: the role's style from the core, then the conditional mark over it.
import type { CSSProperties } from "react";
import { FONT, MARK_STYLES, ROLE_STYLES } from "../core";
import type { CellMeta } from "./sheet-store";

export function cellStyle(
  meta: CellMeta | undefined,
  mark: "error" | "warning" | undefined
): CSSProperties {
  const style: CSSProperties = { fontFamily: FONT };
  if (meta) {
    const role = ROLE_STYLES[meta.role];
    if (role.bold || meta.emphasis) style.fontWeight = "bold";
    if (role.italic) style.fontStyle = "italic";
    if (role.size) style.fontSize = `${role.size}pt`;
    if (role.fill) style.background = `#${role.fill}`;
    if (role.color) style.color = `#${role.color}`;
    if (role.horizontal) style.textAlign = role.horizontal;
    style.whiteSpace = role.wrap ? "normal" : "nowrap";
    if (role.border) style.border = "1px solid #8a8a8a";
  }
  if (mark) {
    style.background = `#${MARK_STYLES[mark].fill}`;
    style.color = `#${MARK_STYLES[mark].color}`;
  }
  return style;
}

/** Excel's column width (characters) in pixels, roughly. */
export const columnPixels = (chars: number | undefined) => Math.round((chars ?? 9) * 7 + 12);
