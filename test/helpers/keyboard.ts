// Where keyboard focus is in a Chromium page, and pressing keys until it gets somewhere: what the keyboard
// tests assert at each step of a flow done with the keyboard alone.
import type { Page } from "playwright-core";

export interface Focus {
  role: string;
  name: string;
  testid?: string;
  ref?: string;
  inGrid: boolean;
  inPane: boolean;
}

export const focusOf = (page: Page): Promise<Focus> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const labelled = el.getAttribute("aria-labelledby");
    const byId = labelled ? document.getElementById(labelled)?.textContent : undefined;
    return {
      role: el.getAttribute("role") ?? el.tagName.toLowerCase(),
      name: (
        el.getAttribute("aria-label") ||
        byId ||
        (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
        el.textContent ||
        ""
      ).trim(),
      testid: el.dataset.testid,
      ref: el.dataset.ref,
      inGrid: !!el.closest("[role=grid]"),
      inPane: !!el.closest("aside"),
    };
  });

export async function press(page: Page, key: string): Promise<Focus> {
  await page.keyboard.press(key);
  return focusOf(page);
}

/** Presses `key` until `done` holds, returning every focus on the way (at most `max` presses). */
export async function pressUntil(
  page: Page,
  key: string,
  done: (f: Focus) => boolean,
  max = 30
): Promise<Focus[]> {
  const seen: Focus[] = [];
  for (let i = 0; i < max; i++) {
    const f = await press(page, key);
    seen.push(f);
    if (done(f)) return seen;
  }
  throw new Error(`focus never got there: ${JSON.stringify(seen.map((f) => f.name))}`);
}
