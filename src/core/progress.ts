// Blank inputs while typing are progress, not faults: how far each page is filled ("đã nhập 120/321 ô").
// An explicit full check (and sign-off) raises them as form.incomplete warnings instead.
import { createContext } from "./checks/context";
import { summarize, type CheckResult } from "./findings";
import { isBlank, type WorkbookSnapshot } from "./snapshot";

export interface PageProgress {
  form: string;
  page: string;
  filled: number;
  total: number;
}

export interface FillProgress {
  filled: number;
  total: number;
  pages: PageProgress[];
}

/** Input cells typed (a zero counts) against input cells present, per page and in all. */
export function fillProgress(snapshot: WorkbookSnapshot): FillProgress {
  const ctx = createContext(snapshot);
  const pages = new Map<string, PageProgress>();
  for (const def of ctx.model.cells.values()) {
    if (def.kind !== "input") continue;
    const cell = ctx.cell(def.name);
    if (!cell?.address) continue;
    const key = `${def.form.id}.${def.page.id}`;
    let page = pages.get(key);
    if (!page)
      pages.set(key, (page = { form: def.form.id, page: def.page.id, filled: 0, total: 0 }));
    page.total++;
    if (!isBlank(cell.value) || cell.formula) page.filled++;
  }
  const all = [...pages.values()];
  return {
    filled: all.reduce((n, p) => n + p.filled, 0),
    total: all.reduce((n, p) => n + p.total, 0),
    pages: all,
  };
}

/** What is blank rather than wrong: inputs not typed yet, header fields not filled yet. */
const BLANK_RULES = new Set(["form.incomplete", "header.incomplete"]);

/**
 * The result without blank warnings (blank inputs and header fields are progress while typing; a full check
 * and the sign-off raise them); counts follow.
 */
export function withoutBlanks(result: CheckResult): CheckResult {
  const kept = result.findings.filter((f) => !BLANK_RULES.has(f.rule));
  if (kept.length === result.findings.length) return result;
  return { ...result, ...summarize(result.forms, kept) };
}
