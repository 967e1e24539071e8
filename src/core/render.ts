// Findings are data (a code and its parameters); this renderer words them, like zod's issue codes and its
// locale files. New workflows (sign-off, roll-up, header rules) add their codes with `addMessages`.
import { VARIANT_LABELS, formRule, parseFormId, type Text } from "../forms";
import { buildModel, parseDataPointName, type CellDef, type Model } from "./model";
import { formatNumber } from "./messages";
import { en } from "./locales/en";
import { vi } from "./locales/vi";

export type Lang = "vi" | "en";
export type ParamValue = string | number | null | string[] | number[] | undefined;
export type Params = Record<string, ParamValue>;

/** What a locale's message gets: the finding's parameters and helpers to word names and numbers. */
export interface Words {
  p: Params;
  /** A number in this language's notation. */
  n(value: ParamValue): string;
  /** "trang 2, 4.1 «Hoãn», cột «Kinh tế»" for a data point name. */
  cell(name: ParamValue): string;
  /** "trang 2 «Hoãn»" for a data point name. */
  row(name: ParamValue): string;
  /** A column's label for a data point name. */
  column(name: ParamValue): string;
  /** "biểu 05 chủ động" for a form id. */
  form(id: ParamValue): string;
  /** The description of a rule of the standard (form rules and general rules). */
  rule(id: ParamValue): string;
}

export type Message = (w: Words) => string;
export type Locale = Record<string, Message>;

const LOCALES: Record<Lang, Locale> = { vi: { ...vi }, en: { ...en } };

/** Adds (or replaces) messages of a workflow in both languages. */
export function addMessages(messages: Record<Lang, Locale>): void {
  Object.assign(LOCALES.vi, messages.vi);
  Object.assign(LOCALES.en, messages.en);
}

const models = new Map<string, Model>();
function defOf(name: ParamValue): CellDef | undefined {
  const point = typeof name === "string" ? parseDataPointName(name) : undefined;
  if (!point) return undefined;
  let model = models.get(point.formId);
  if (!model) {
    model = buildModel([point.formId]);
    models.set(point.formId, model);
  }
  return model.cells.get(name as string);
}

function ruleText(id: ParamValue): Text | undefined {
  return typeof id === "string" ? formRule(id)?.description : undefined;
}

function words(lang: Lang, p: Params): Words {
  const label = (name: ParamValue, pick: (d: CellDef) => string) => {
    const def = defOf(name);
    return def ? pick(def) : String(name);
  };
  const q = lang === "vi" ? (s: string) => `«${s}»` : (s: string) => `“${s}”`;
  const page = lang === "vi" ? "trang" : "page";
  const col = lang === "vi" ? "cột" : "column";
  return {
    p,
    n: (value) => formatNumber(typeof value === "number" ? value : null, lang),
    cell: (name) =>
      label(
        name,
        (d) =>
          `${page} ${d.page.id.slice(1)}, ${d.row.no} ${q(d.row.label[lang])}, ${col} ${q(d.column.label[lang])}`
      ),
    row: (name) => label(name, (d) => `${page} ${d.page.id.slice(1)} ${q(d.row.label[lang])}`),
    column: (name) => label(name, (d) => d.column.label[lang]),
    form: (id) => {
      const form = typeof id === "string" ? parseFormId(id) : undefined;
      if (!form) return String(id);
      const variant = VARIANT_LABELS[form.variant][lang].toLowerCase();
      return lang === "vi" ? `biểu ${form.family} ${variant}` : `form ${form.family} ${variant}`;
    },
    rule: (id) => ruleText(id)?.[lang] ?? String(id),
  };
}

/** The message of a code in one language; an unknown code is named, never dropped. */
export function render(code: string, params: Params, lang: Lang): string {
  const message = LOCALES[lang][code];
  return message ? message(words(lang, params)) : `${code} ${JSON.stringify(params)}`;
}

/** Both languages at once, as a finding carries them. */
export function renderBoth(code: string, params: Params): { message: string; messageEn: string } {
  return { message: render(code, params, "vi"), messageEn: render(code, params, "en") };
}
