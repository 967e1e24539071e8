// The forms of the standard, registered once: every list of forms (the pane's choices, the command line's
// help, the forms a workbook holds, the docs) is read from here, so a new form is a new FormSpec and one
// `registerForm` call, with no change to the code.
import { tk05 } from "./tk05";
import { tk06 } from "./tk06";
import type { FormFamily, FormInstance, FormSpec, Guidance, PageId, Variant } from "./types";

export const VARIANTS: Variant[] = ["CD", "TD", "TH"];

/** Form ids and data point names are Excel defined names: letters and digits only in a family. */
const FAMILY_PATTERN = /^[0-9A-Z]+$/;
const CODE_PATTERN = /^[a-z0-9_]+$/;

const registered: FormSpec[] = [];

function validate(spec: FormSpec): void {
  const fail = (why: string) => {
    throw new Error(`form ${spec.family}: ${why}`);
  };
  if (!FAMILY_PATTERN.test(spec.family)) fail("a family is upper-case letters and digits");
  if (registered.some((f) => f.family === spec.family)) fail("already registered");
  if (spec.pages.length === 0 || spec.pages[0].id !== "P1") fail("the first page is P1");
  const rows = new Set<string>();
  spec.pages.forEach((page, i) => {
    if (page.id !== `P${i + 1}`) fail(`page ${i + 1} is P${i + 1}, not ${page.id}`);
    for (const block of page.blocks) {
      for (const column of block.columns)
        if (!CODE_PATTERN.test(column.code)) fail(`column code ${column.code}`);
      for (const row of block.rows) {
        if (!CODE_PATTERN.test(row.code) || row.code === "hdr") fail(`row code ${row.code}`);
        rows.add(`${page.id}.${row.code}`);
      }
    }
  });
  for (const rule of spec.rules) {
    if (!rule.id.startsWith(`${spec.family}.`)) fail(`rule ${rule.id} starts with ${spec.family}.`);
    const refs =
      rule.kind === "equal"
        ? [rule.left, ...rule.right, ...(rule.alternatives ?? []).flat()]
        : [rule.target];
    for (const ref of refs)
      if (!rows.has(`${ref.page}.${ref.row}`)) fail(`rule ${rule.id} names ${ref.page}.${ref.row}`);
  }
}

/**
 * Adds a form to the standard; returns the function that takes it out again (tests register a made-up form
 * and remove it when done, so no other test sees it).
 */
export function registerForm(spec: FormSpec): () => void {
  validate(spec);
  registered.push(spec);
  parsedIds.clear();
  return () => {
    const at = registered.indexOf(spec);
    if (at >= 0) registered.splice(at, 1);
    parsedIds.clear();
  };
}

/** Every registered form, in the order officers see them (05, 06, then any added). */
export function registeredForms(): readonly FormSpec[] {
  return registered;
}

export function families(): FormFamily[] {
  return registered.map((f) => f.family);
}

export function formSpec(family: FormFamily): FormSpec | undefined {
  return registered.find((f) => f.family === family);
}

export function formId(family: FormFamily, variant: Variant): string {
  return `TK${family}${variant}`;
}

export function formInstance(family: FormFamily, variant: Variant): FormInstance {
  return { id: formId(family, variant), family, variant };
}

// Readers parse the form id of every defined name of every file: remembered until the registry changes.
const parsedIds = new Map<string, FormInstance | null>();

/** TK05CD → form 05, variant CD; undefined for anything that is not a registered form in a variant. */
export function parseFormId(id: string): FormInstance | undefined {
  let parsed = parsedIds.get(id);
  if (parsed === undefined) {
    const variant = id.startsWith("TK") ? VARIANTS.find((v) => id.endsWith(v)) : undefined;
    const family = variant && id.slice(2, id.length - variant.length);
    parsed = family && formSpec(family) ? formInstance(family, variant) : null;
    if (parsedIds.size > 10_000) parsedIds.clear();
    parsedIds.set(id, parsed);
  }
  return parsed ?? undefined;
}

/** The standard of a form instance, by its id (TK05CD → form 05). */
export function formSpecOf(id: string): FormSpec {
  const form = parseFormId(id);
  if (!form) throw new Error(`not a form of the standard: ${id}`);
  return formSpec(form.family)!;
}

/** Every form instance, in the order officers see them: family by family, CD, TD, TH. */
export function allFormIds(): string[] {
  return registered.flatMap((spec) => VARIANTS.map((variant) => formId(spec.family, variant)));
}

/** The rule of a registered form, by its id ("05.P1.can_doi"). */
export function formRule(id: string) {
  for (const spec of registered) {
    const rule = spec.rules.find((r) => r.id === id);
    if (rule) return rule;
  }
  return undefined;
}

/** The article's guidance for a row of a form's page. */
export function guidanceFor(family: FormFamily, page: PageId, row: string): Guidance | undefined {
  return formSpec(family)?.guidance?.rows[`${page}.${row}`];
}

// The standard's own forms, through the same door as any other.
registerForm(tk05);
registerForm(tk06);
