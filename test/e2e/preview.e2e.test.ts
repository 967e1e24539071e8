// The preview in real Chromium, used as an officer would: add the 05 and 06 tổng hợp templates through the
// task pane, type figures into the grid, break a reconciliation and see the pane report it within 300 ms,
// follow the finding to its cells, fix it, and see bad typing marked. Screenshots go to screenshots/.
import { resolve } from "path";
import type { Page } from "playwright-core";
import {
  a1,
  checkWorkbook,
  evaluate,
  formatNumber,
  parseQualified,
  planWorkbook,
  type Inputs,
  type WorkbookSnapshot,
} from "../../src/core";
import { formInstance, guidanceFor } from "../../src/forms";
import { displayValue } from "../../src/preview/format";
import { LOCKED_NOTICE } from "../../src/preview/preview-workbook";
import { describeInPreview } from "../helpers/chromium";
import { consistentInputs, headerEntries } from "../helpers/workbooks";

const SCREENSHOTS = resolve(__dirname, "../../screenshots");
// The same plan the pane makes for "Cả hai" + "Tổng hợp" in an empty workbook: where each name lands.
const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "TH")] });

describeInPreview(
  "preview e2e",
  {
    viewport: { width: 1440, height: 900 },
    build: process.env.PREVIEW_PANE ? { pane: process.env.PREVIEW_PANE } : {},
    screenshots: SCREENSHOTS,
  },
  (preview) => {
    let page: Page;
    beforeAll(() => void (page = preview.page));
    const shot = (name: string) => preview.shot(name);
    const address = (name: string) => plan.resolve(name)!;
    const gridCell = (name: string) =>
      page.locator(`[role="grid"] [data-ref="${a1(address(name).row, address(name).col)}"]`);
    const findings = (rule: string) => page.locator(`[data-testid="finding"][data-rule="${rule}"]`);

    async function openSheet(sheet: string) {
      await page.getByRole("tab", { name: sheet, exact: true }).click();
      await page.locator(`[role="grid"][aria-label="Trang tính ${sheet}"]`).waitFor();
    }

    /** Clicks a data point's cell and types into it as an officer would, Enter to commit. */
    async function typeInto(name: string, text: string) {
      await openSheet(address(name).sheet);
      await gridCell(name).click();
      if (text === "") await page.keyboard.press("Delete");
      else {
        await page.keyboard.type(text);
        await page.keyboard.press("Enter");
      }
    }

    /** Picks an option of a labelled control, whichever Fluent control the pane chose for it. */
    async function choose(label: string, option: string) {
      const control = page.getByLabel(label, { exact: true }).first();
      const kind = await control.evaluate(
        (el) => el.getAttribute("role") ?? el.tagName.toLowerCase()
      );
      if (kind === "select") await control.selectOption({ label: option });
      else if (kind === "radiogroup")
        await control.getByRole("radio", { name: option, exact: true }).check();
      else if (kind === "combobox" || kind === "button") {
        await control.click();
        await page.getByRole("option", { name: option, exact: true }).click();
      } else await control.getByRole("button", { name: option, exact: true }).click();
    }

    const snapshot = () =>
      page.evaluate(() => window.__preview!.wb.readSnapshot()) as Promise<WorkbookSnapshot>;

    it("starts empty and adds the 05 and 06 tổng hợp templates through the pane", async () => {
      await page.getByText("Sổ tính chưa có biểu mẫu").waitFor();
      await choose("Biểu mẫu", "Cả hai");
      await choose("Loại biểu", "Tổng hợp");
      await page.getByRole("button", { name: "Thêm biểu mẫu", exact: true }).click();
      await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
      const tabs = await page
        .getByRole("tablist", { name: "Các trang tính" })
        .getByRole("tab")
        .allTextContents();
      expect(tabs).toEqual(plan.sheets.map((s) => s.sheetName));
      await shot("01-templates-added");
    });

    it("shows the article's guidance for the cell the officer selects", async () => {
      const name = "TK05TH.P3.xong_mien.kt";
      await openSheet(address(name).sheet);
      await gridCell(name).click();
      const panel = page.getByTestId("cell-guidance");
      await expect(panel.textContent({ timeout: 5000 })).resolves.toBeTruthy();
      await page
        .getByTestId("cell-guidance")
        .getByText(guidanceFor("05", "P3", "xong_mien")!.vi)
        .waitFor({ timeout: 5000 });
      const text = (await panel.textContent()) ?? "";
      expect(text).toContain("D2. Xong do miễn nghĩa vụ thi hành án");
      expect(text).toContain("Trang 3, cột «Kinh tế»");
      await shot("01b-guidance");
    });

    it("computes totals and ratios in the grid as the officer types", async () => {
      const typed: Inputs = {
        "TK05TH.P1.nam_truoc.ds": 12,
        "TK05TH.P1.thu_ly_moi.ds": 8,
        "TK05TH.P1.thu_ly_moi.kt": 4,
        "TK05TH.P1.xong_hoan_toan.ds": 5,
        "TK05TH.P1.do_dang.ds": 3,
      };
      for (const [name, value] of Object.entries(typed)) await typeInto(name, String(value));
      // What the standard says these cells are, by the core's own evaluator; the grid shows HyperFormula's.
      const expected = evaluate(plan.model, typed);
      for (const name of [
        "TK05TH.P1.thu_ly.ds",
        "TK05TH.P1.thu_ly.tong",
        "TK05TH.P1.phai_thi_hanh.tong",
        "TK05TH.P1.co_dieu_kien.ds",
        "TK05TH.P1.ty_le_co_dieu_kien.ds",
        "TK05TH.P1.ty_le_xong.ds",
      ]) {
        const role = plan.sheets.flatMap((s) => s.cells).find((c) => c.name === name)!.role;
        const shown = displayValue(expected.get(name) ?? "", role === "ratio" ? "0.00" : "#,##0");
        expect(shown).not.toBe("");
        await expect(gridCell(name).textContent()).resolves.toBe(shown);
      }
      await shot("02-typed-totals-ratios");
    });

    it("reports a hoãn on page 2 that disagrees with page 1 within 300 ms, with both values and the difference", async () => {
      const name = "TK05TH.P2.hoan_cq_a.ds";
      await openSheet(address(name).sheet);
      await gridCell(name).click();
      await page.keyboard.type("3");
      await page.evaluate(() => {
        const t: Record<string, number> = {};
        (window as unknown as { __timing: Record<string, number> }).__timing = t;
        document.addEventListener(
          "keydown",
          (e) => e.key === "Enter" && (t.key ??= performance.now()),
          { capture: true, once: true }
        );
        const seen = () =>
          document.querySelector('[data-testid="finding"][data-rule="05.P2.hoan"]') &&
          (t.found ??= performance.now());
        new MutationObserver(seen).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      });
      await page.keyboard.press("Enter");
      await findings("05.P2.hoan").first().waitFor();
      const ms = await page.evaluate(() => {
        const t = (window as unknown as { __timing: Record<string, number> }).__timing;
        return t.found - t.key;
      });
      console.log(`keystroke → 05.P2.hoan finding in the pane: ${ms.toFixed(1)} ms`);
      expect(ms).toBeLessThan(300);

      const finding = checkWorkbook(await snapshot()).findings.find(
        (f) => f.rule === "05.P2.hoan" && !f.causedBy // the cause; the pane folds Tổng số under it
      )!;
      const text = await findings("05.P2.hoan").first().textContent();
      for (const label of ["Vế trái", "Vế phải", "Chênh lệch"]) expect(text).toContain(label);
      for (const value of [finding.left, finding.right, finding.difference])
        expect(text).toContain(formatNumber(value));
      expect(text).toContain("05.P2.hoan");
      // The template's own conditional formatting marks both sides.
      for (const ref of finding.cells) {
        const at = parseQualified(ref)!;
        await openSheet(at.sheet);
        await expect(
          page.locator(`[role="grid"] [data-ref="${a1(at.row, at.col)}"]`).getAttribute("data-mark")
        ).resolves.toBe("error");
      }
      await shot("03-hoan-finding");
    });

    it("selects the finding's cells in the grid on click and on Enter", async () => {
      const finding = checkWorkbook(await snapshot()).findings.find(
        (f) => f.rule === "05.P2.hoan" && !f.causedBy // the cause; the pane folds Tổng số under it
      )!;
      for (const activate of [
        (l: ReturnType<typeof findings>) => l.getByTestId("finding-select").click(),
        async (l: ReturnType<typeof findings>) => (
          await l.getByTestId("finding-select").focus(),
          page.keyboard.press("Enter")
        ),
      ]) {
        await openSheet(plan.sheets[plan.sheets.length - 1].sheetName);
        await activate(findings("05.P2.hoan").first());
        const first = parseQualified(finding.cells[0])!;
        await page.getByRole("tab", { name: first.sheet, exact: true, selected: true }).waitFor();
        const onSheet = finding.cells
          .map((c) => parseQualified(c)!)
          .filter((c) => c.sheet === first.sheet);
        for (const c of onSheet)
          await expect(
            page
              .locator(`[role="grid"] [data-ref="${a1(c.row, c.col)}"]`)
              .getAttribute("aria-selected")
          ).resolves.toBe("true");
      }
      await shot("04-finding-selected");
    });

    it("drops the finding once page 2 agrees again", async () => {
      await typeInto("TK05TH.P2.hoan_cq_a.ds", "");
      await findings("05.P2.hoan").first().waitFor({ state: "detached" });
    });

    it("says everything reconciles when every input is filled consistently", async () => {
      const inputs = consistentInputs(plan, () => 0.37);
      await page.evaluate(
        (values) => window.__preview!.setValues(values),
        // The header as the article asks for it too: a blank one is a warning (header.incomplete).
        { ...headerEntries(["TK05TH", "TK06TH"]), ...inputs } as Record<string, number | string>
      );
      await page.getByTestId("all-ok").waitFor();
      await expect(page.getByTestId("all-ok").textContent()).resolves.toContain("Tất cả đều khớp");
      await expect(page.getByTestId("finding").count()).resolves.toBe(0);
      await expect(page.locator("[role=grid] [data-mark]").count()).resolves.toBe(0);
      await shot("05-all-ok");
    });

    it("flags text and a negative number typed into inputs, in the pane and in the grid", async () => {
      await typeInto("TK05TH.P1.thu_ly_moi.ds", "mười");
      await typeInto("TK06TH.P1.thi_hanh_xong.tien", "-3");
      await findings("cell.not_a_number").first().waitFor();
      await findings("cell.negative").first().waitFor();
      await expect(
        gridCell("TK06TH.P1.thi_hanh_xong.tien").getAttribute("data-mark")
      ).resolves.toBe("error");
      await openSheet(address("TK05TH.P1.thu_ly_moi.ds").sheet);
      await expect(gridCell("TK05TH.P1.thu_ly_moi.ds").getAttribute("data-mark")).resolves.toBe(
        "error"
      );
      await shot("06-text-and-negative");
    });

    it("moves and edits with the keyboard: arrows, typing, Escape, Enter, Delete", async () => {
      const [from, below] = ["TK06TH.P1.nam_truoc.tien", "TK06TH.P1.thu_ly_moi.tien"];
      expect(address(below)).toMatchObject({ row: address(from).row + 1, col: address(from).col });
      await openSheet(address(from).sheet);
      await gridCell(from).click();
      await page.keyboard.press("ArrowDown");
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-ref"))
      ).resolves.toBe(a1(address(below).row, address(below).col));
      await page.keyboard.type("77");
      await page.keyboard.press("Escape");
      const kept = await gridCell(below).textContent();
      expect(kept).not.toContain("77");
      await page.keyboard.type("2,5");
      await page.keyboard.press("Enter");
      await expect(gridCell(below).textContent()).resolves.toBe(displayValue(2.5, "#,##0.000"));
      await page.keyboard.press("ArrowUp"); // Enter moved one down, as in Excel
      await page.keyboard.press("ArrowUp");
      await page.keyboard.press("Delete");
      await expect(gridCell(below).textContent()).resolves.toBe(displayValue(2.5, "#,##0.000"));
      await expect(gridCell(from).textContent()).resolves.toBe("");
    });

    it("refuses typing over a computed total, as a protected sheet does", async () => {
      await openSheet(address("TK05TH.P1.thu_ly.tong").sheet);
      const before = await gridCell("TK05TH.P1.thu_ly.tong").textContent();
      await typeInto("TK05TH.P1.thu_ly.tong", "999");
      await expect(
        page.getByRole("status").filter({ hasText: LOCKED_NOTICE }).count()
      ).resolves.toBe(1);
      await expect(gridCell("TK05TH.P1.thu_ly.tong").textContent()).resolves.toBe(before);
    });
  }
);
