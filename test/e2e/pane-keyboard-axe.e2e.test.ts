// The officer's flow in real Chromium with the keyboard alone, asserting where focus is at each step: add the
// templates, land on the result, into the grid to type a wrong figure, out to its finding (one finding, the
// Tổng số folded into it), select its cells, back into the grid (one tab stop, arrows inside) and out again.
// axe-core (injected) checks the page at load, after adding and with findings shown; serious or critical
// violations of our own fail. The pane is also laid out at 270 px (Excel on Mac) and 350 px (the web):
// screenshots go to docs/screenshots/ for the README.
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { a1, planWorkbook } from "../../src/core";
import { formInstance } from "../../src/forms";
import { seriousViolations } from "../helpers/axe";
import { describeInPreview } from "../helpers/chromium";

const SCREENSHOTS = resolve(__dirname, "../../docs/screenshots");
const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "TH")] });

interface Focus {
  role: string;
  name: string;
  testid?: string;
  ref?: string;
  inGrid: boolean;
  inPane: boolean;
}

describeInPreview(
  "pane: keyboard alone, axe-core, 270 px",
  { viewport: { width: 1280, height: 800 } },
  (preview) => {
    let page: Page;
    beforeAll(() => void (page = preview.page));

    const focus = (): Promise<Focus> =>
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

    async function press(key: string): Promise<Focus> {
      await page.keyboard.press(key);
      return focus();
    }

    /** Presses `key` until `done` holds, returning every focus on the way (at most `max` presses). */
    async function pressUntil(key: string, done: (f: Focus) => boolean, max = 30) {
      const seen: Focus[] = [];
      for (let i = 0; i < max; i++) {
        const f = await press(key);
        seen.push(f);
        if (done(f)) return seen;
      }
      throw new Error(`focus never got there: ${JSON.stringify(seen.map((f) => f.name))}`);
    }

    const axe = (label: string) => seriousViolations(page, label);

    async function paneShot(width: number, name: string) {
      await page.evaluate(
        (w) => document.documentElement.style.setProperty("--pane-width", `${w}px`),
        width
      );
      await page.locator("aside").screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    }

    /** The pane at a width: nothing wider than the pane, no option label broken over two lines. */
    async function layoutAt(width: number) {
      await page.evaluate(
        (w) => document.documentElement.style.setProperty("--pane-width", `${w}px`),
        width
      );
      return page.evaluate(() => {
        const pane = document.querySelector("aside")!;
        const body = pane.querySelector<HTMLElement>("[data-testid=pane-body]")!;
        // A label broken over lines has text line boxes at more than one height.
        const lines = (el: HTMLElement) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        };
        const labels = [...pane.querySelectorAll<HTMLElement>("[role=radiogroup] label")];
        const broken = labels.filter((l) => lines(l) > 1).map((l) => l.textContent);
        return { overflow: body.scrollWidth - body.clientWidth, broken };
      });
    }

    it("has no serious axe violation at load, and lays the add form out at 270 and 350 px", async () => {
      expect(await axe("at load")).toEqual([]);
      for (const width of [270, 350]) {
        const layout = await layoutAt(width);
        expect(layout).toEqual({ overflow: 0, broken: [] });
        await paneShot(width, `pane-${width}-add`);
      }
    });

    it("adds the templates with the keyboard alone and lands on the result", async () => {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const steps = await pressUntil(
        "Tab",
        (f) => f.name === "Thêm biểu mẫu" && f.role === "button"
      );
      // Into the pane: its tabs, the three choices, the three fields, then the button; nothing else.
      expect(steps.map((f) => f.name)).toEqual([
        "Biểu mẫu mới",
        "Cả hai",
        "Tổng hợp",
        "Cơ quan thi hành án",
        "Kỳ báo cáo",
        "Đơn vị báo cáo",
        "Đơn vị nhận báo cáo",
        "Thêm biểu mẫu",
      ]);
      expect(steps.every((f) => f.inPane)).toBe(true);
      await page.keyboard.press("Enter");
      await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement)?.dataset.testid === "added"
      );
      expect((await focus()).name).toContain(`Đã thêm ${plan.sheets.length} trang tính`);
      await page.waitForFunction(
        (n) =>
          document.querySelector("[data-testid=announce]")?.textContent ===
          `Đã thêm ${n} trang tính. 0 lỗi, 0 cảnh báo.`,
        plan.sheets.length
      );
      expect(await axe("after adding")).toEqual([]);
    });

    it("types a wrong figure in the grid, reaches its one finding, selects its cells, and leaves the grid", async () => {
      // From the result, back (Shift+Tab) through the pane's header and the sheet tabs into the grid.
      const back = await pressUntil("Shift+Tab", (f) => f.inGrid);
      expect(back.slice(0, -1).every((f) => !f.inGrid && (f.inPane || f.role === "tab"))).toBe(
        true
      );
      const gridStop = back[back.length - 1];
      expect(gridStop.role).toBe("gridcell");
      // One tab stop: only the active cell is in the tab order.
      await expect(page.locator("[role=grid] [tabindex='0']").count()).resolves.toBe(1);

      // Arrows to «Dân sự» of row 1.1 (nam_truoc) on page 1 of 05 tổng hợp, as the officer would.
      const target = plan.resolve("TK05TH.P1.nam_truoc.ds")!;
      await page.getByRole("tab", { name: target.sheet, exact: true, selected: true }).waitFor();
      for (let i = 0; i < 60; i++) {
        const f = await focus();
        const [col, row] = [f.ref!.replace(/\d+/g, ""), Number(f.ref!.replace(/\D+/g, ""))];
        if (f.ref === a1(target.row, target.col)) break;
        if (row < target.row) await press("ArrowDown");
        else if (row > target.row) await press("ArrowUp");
        else if (col < a1(1, target.col).replace(/\d+/g, "")) await press("ArrowRight");
        else await press("ArrowLeft");
      }
      expect((await focus()).ref).toBe(a1(target.row, target.col));
      await page.keyboard.type("5");
      const afterEnter = await press("Enter");
      expect(afterEnter).toMatchObject({ inGrid: true, ref: a1(target.row + 1, target.col) });

      // One wrong entry, one finding: the Tổng số column folded into it.
      const finding = page.locator('[data-testid="finding"][data-rule="05.P1.can_doi"]');
      await finding.waitFor();
      await expect(finding.count()).resolves.toBe(1);
      await expect(finding.getAttribute("data-folded")).resolves.toBe("1");
      await expect(finding.textContent()).resolves.toContain("Kéo theo cột «Tổng số»");
      await expect(page.getByTestId("summary").textContent()).resolves.toContain(
        "1 lỗi · 0 cảnh báo"
      );
      await page.waitForFunction(
        () => document.querySelector("[data-testid=announce]")?.textContent === "1 lỗi, 0 cảnh báo"
      );
      await finding
        .locator("details")
        .first()
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
      await paneShot(350, "pane-350-finding");
      await paneShot(270, "pane-270-finding");

      // Tab leaves the grid at once (sheet tabs, the pane), and reaches the finding.
      const out = await pressUntil("Tab", (f) => f.testid === "finding-select");
      expect(out[0].inGrid).toBe(false);
      expect(out.every((f) => !f.inGrid)).toBe(true);
      expect(out[out.length - 1].name).toBe(
        "Trang 1 không cân đốiBiểu 05 tổng hợp · Trang 1 · dòng 3 «Tổng số phải thi hành» · cột «Dân sự»"
      );
      expect(await axe("with findings shown")).toEqual([]);

      // Enter selects its cells on their sheet; focus stays on the finding.
      await page.keyboard.press("Enter");
      const left = plan.resolve("TK05TH.P1.phai_thi_hanh.ds")!;
      await expect(
        page
          .locator(`[role="grid"] [data-ref="${a1(left.row, left.col)}"]`)
          .getAttribute("aria-selected")
      ).resolves.toBe("true");
      expect((await focus()).testid).toBe("finding-select");

      // Back into the grid: one Shift+Tab per stop, landing on the active cell; arrows move inside.
      const again = await pressUntil("Shift+Tab", (f) => f.inGrid);
      const cell = again[again.length - 1];
      expect(cell.role).toBe("gridcell");
      const moved = await press("ArrowRight");
      expect(moved.inGrid).toBe(true);
      expect(moved.ref).not.toBe(cell.ref);
      // Tab leaves the grid; Shift+Tab comes back to the same cell, never to the page body.
      const leave = await press("Tab");
      expect(leave.inGrid).toBe(false);
      expect(leave.role).not.toBe("body");
      const back2 = await press("Shift+Tab");
      expect(back2).toMatchObject({ inGrid: true, ref: moved.ref });
    });

    it("keeps the tabs and the summary in view while the list scrolls; 270 and 350 px screenshots", async () => {
      // Many findings: text typed into thirty inputs.
      const names = [...plan.model.cells.values()]
        .filter((d) => d.kind === "input" && d.form.id === "TK05TH")
        .slice(0, 30)
        .map((d) => d.name);
      await page.evaluate(
        (values) => window.__preview!.setValues(values),
        Object.fromEntries(names.map((n) => [n, "x"]))
      );
      await page.waitForFunction(
        () =>
          document.querySelectorAll('[data-testid="finding"][data-rule="cell.not_a_number"]')
            .length >= 30
      );
      for (const width of [270, 350]) {
        const layout = await layoutAt(width);
        expect(layout.overflow).toBe(0);
        await page.evaluate(() => {
          const body = document.querySelector<HTMLElement>("aside [data-testid=pane-body]")!;
          body.scrollTop = 0;
        });
        await paneShot(width, `pane-${width}-findings`);
      }
      const before = await page.getByTestId("summary").boundingBox();
      await page.evaluate(() => {
        const body = document.querySelector<HTMLElement>("aside [data-testid=pane-body]")!;
        body.scrollTop = body.scrollHeight;
      });
      const after = await page.getByTestId("summary").boundingBox();
      const scrolled = await page.evaluate(
        () => document.querySelector<HTMLElement>("aside [data-testid=pane-body]")!.scrollTop
      );
      expect(scrolled).toBeGreaterThan(200);
      expect(after).toEqual(before);
      await expect(
        page.getByRole("tab", { name: "Kiểm tra", selected: true }).isVisible()
      ).resolves.toBe(true);
    });
  }
);
