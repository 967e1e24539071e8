// axe-core (the npm package) injected into a page: the serious and critical violations of our own. Fluent's
// focus guards (tabster's hidden dummy elements) trip aria-hidden-focus: known upstream (microsoft/fluentui,
// tabster) and by design, they only bounce focus; everything else counts.
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export interface Violation {
  id: string;
  impact: string;
  nodes: { html: string; target: string[] }[];
}

/** Runs axe on the whole page (or `within`), logs every violation of our own, returns the serious ones. */
export async function seriousViolations(
  page: Page,
  label: string,
  within?: string
): Promise<Violation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: { run: (c: unknown) => Promise<unknown> } }).axe;
    const r = (await run.run(selector ? document.querySelector(selector) : document)) as {
      violations: Violation[];
    };
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ html: n.html.slice(0, 160), target: n.target })),
    }));
  }, within)) as Violation[];
  const ours = violations
    .map((v) => ({
      ...v,
      nodes: v.nodes.filter(
        (n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))
      ),
    }))
    .filter((v) => v.nodes.length > 0);
  console.log(
    `axe ${label}: ${violations.length} rule(s) violated, ${ours.length} of our own` +
      (ours.length
        ? `: ${ours.map((v) => `${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`).join("; ")}`
        : "")
  );
  return ours.filter((v) => v.impact === "serious" || v.impact === "critical");
}
