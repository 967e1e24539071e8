// The wording of findings, in Vietnamese and English, built from the labels the forms carry.
import { VARIANT_LABELS, type Text } from "../forms";
import type { CellDef } from "./model";

const SEPARATORS = { vi: { thousands: ".", decimal: "," }, en: { thousands: ",", decimal: "." } };

function group(digits: string, separator: string): string {
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

/** 1234.5 → "1.234,5" (vi) or "1,234.5" (en), at most 4 decimals. Hand-made: Intl was the check's hot spot. */
export function formatNumber(value: number | null | undefined, lang: "vi" | "en" = "vi"): string {
  if (value === null || value === undefined) return lang === "vi" ? "(trống)" : "(blank)";
  if (!Number.isFinite(value)) return String(value);
  const { thousands, decimal } = SEPARATORS[lang];
  const scaled = Math.round(Math.abs(value) * 1e4);
  const whole = Math.floor(scaled / 1e4);
  const fraction = scaled - whole * 1e4;
  const decimals = fraction === 0 ? "" : String(fraction).padStart(4, "0").replace(/0+$/, "");
  const sign = value < 0 && scaled !== 0 ? "-" : "";
  return `${sign}${whole < 1000 ? String(whole) : group(String(whole), thousands)}${decimals ? decimal + decimals : ""}`;
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
