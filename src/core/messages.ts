// The wording of findings, in Vietnamese and English, built from the labels the forms carry.
import { VARIANT_LABELS, type Text } from "../forms";
import type { CellDef } from "./model";

const vi = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 4 });
const en = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

export function formatNumber(value: number | null | undefined, lang: "vi" | "en" = "vi"): string {
  if (value === null || value === undefined) return lang === "vi" ? "(trống)" : "(blank)";
  return (lang === "vi" ? vi : en).format(value);
}

export function formLabel(family: string, variant: keyof typeof VARIANT_LABELS): Text {
  return {
    vi: `biểu ${family} ${VARIANT_LABELS[variant].vi.toLowerCase()}`,
    en: `form ${family} ${VARIANT_LABELS[variant].en.toLowerCase()}`,
  };
}

/** "trang 2, «Hoãn thi hành án», cột «Kinh tế»" */
export function cellLabel(def: CellDef): Text {
  const page = def.page.id.slice(1);
  return {
    vi: `trang ${page}, ${def.row.no} «${def.row.label.vi}», cột «${def.column.label.vi}»`,
    en: `page ${page}, ${def.row.no} “${def.row.label.en}”, column “${def.column.label.en}”`,
  };
}

export function rowLabel(def: CellDef): Text {
  const page = def.page.id.slice(1);
  return { vi: `trang ${page} «${def.row.label.vi}»`, en: `page ${page} “${def.row.label.en}”` };
}

export function text(viText: string, enText: string): Text {
  return { vi: viText, en: enText };
}
