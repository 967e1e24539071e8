// The office head's tab in real Chromium, used as a head would. A filled report with one input left blank
// (a warning to justify) is reviewed and signed in Duyệt & ký with the keyboard alone: the justification, the
// signer's name and title and «Ký duyệt» are tab stops in that order; after signing, focus is on the result
// and a live region says who signed. axe-core finds no serious violation of our own with the findings shown
// and after signing. Then one input typed into the grid turns it into "Đã thay đổi sau khi ký" naming that
// cell, and «Phiếu kiểm tra» adds the printable review as a sheet of its own. Screenshots go to screenshots/.
import { resolve } from "path";
import type { Page } from "playwright-core";
import { REVIEW_MARK, a1, planWorkbook, recordFromMeta } from "../../src/core";
import { formInstance } from "../../src/forms";
import { seriousViolations } from "../helpers/axe";
import { describeInPreview } from "../helpers/chromium";
import { focusOf, pressUntil } from "../helpers/keyboard";
import { consistentInputs, headerEntries } from "../helpers/workbooks";

const SCREENSHOTS = resolve(__dirname, "../../screenshots");
// The plan the pane makes for "Cả hai" + "Tổng hợp" in an empty workbook: where each name lands.
const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "TH")] });
const EDITED = "TK05TH.P2.hoan_cq_a.ds";
// Left blank: its figure is 0 in the consistent report, so only completeness asks about it.
const BLANK = "TK05TH.P1.dinh_chi.ds";
const REASON = "Không phát sinh việc đình chỉ dân sự trong kỳ";

describeInPreview(
  "sign-off e2e",
  { viewport: { width: 1440, height: 900 }, screenshots: SCREENSHOTS },
  (preview) => {
    let page: Page;
    beforeAll(() => void (page = preview.page));
    const shot = (name: string) => preview.shot(name);
    const inputs = consistentInputs(plan, () => 0.41);

    it("reviews and signs a report with the keyboard alone; focus lands on the result; axe is clean", async () => {
      expect(inputs[BLANK]).toBe(0);
      await page.getByRole("radio", { name: "Cả hai", exact: true }).check();
      await page.getByRole("radio", { name: "Tổng hợp", exact: true }).check();
      await page.getByRole("button", { name: "Thêm biểu mẫu", exact: true }).click();
      await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
      // Every figure but one, and the header (a blank header field is a warning too).
      const values: Record<string, number | string> = {
        ...(inputs as Record<string, number>),
        ...headerEntries(plan.model.forms.map((f) => f.form.id)),
      };
      delete values[BLANK];
      await page.evaluate((v) => window.__preview!.setValues(v), values);

      const tab = page.getByRole("tab", { name: "Duyệt & ký", exact: true });
      await tab.click();
      await page.locator('[data-testid="signoff-state"][data-state="unsigned"]').waitFor();
      const justification = page.locator('[data-testid="justification"]');
      await justification.first().waitFor();
      await expect(justification.count()).resolves.toBe(1);
      await expect(justification.getAttribute("data-rule")).resolves.toBe("form.incomplete");
      // The warning's row says which form and page, in the form's own terms.
      const row = page.locator('[data-testid="review-row"][data-rule="form.incomplete"]');
      await expect(row.textContent()).resolves.toContain("Biểu 05 tổng hợp · Còn ô để trống");
      await expect(row.getByTestId("review-place").textContent()).resolves.toBe("Trang 1");
      expect(await seriousViolations(page, "Duyệt & ký, findings shown")).toEqual([]);

      // From the tab, Tab reaches the justification box; then the signer, the title, «Ký duyệt».
      await tab.focus();
      const toBox = await pressUntil(page, "Tab", (f) => f.role === "textarea");
      expect(toBox[toBox.length - 1].name).toContain("Lý do chấp nhận cảnh báo: «Còn ô để trống»");
      await page.keyboard.type(REASON);
      const stops: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press("Tab");
        const f = await focusOf(page);
        stops.push(f.role === "button" ? f.name : f.name.replace(/\s*\*$/, ""));
        if (i === 0) await page.keyboard.type("Nguyễn Văn A");
        if (i === 1) await page.keyboard.type("Chi cục trưởng");
      }
      expect(stops).toEqual(["Họ tên người ký duyệt", "Chức vụ", "Ký duyệt"]);
      await shot("signoff-01-review");

      await page.keyboard.press("Enter");
      const signed = page.locator('[data-testid="signoff-state"][data-state="signed"]');
      await signed.waitFor();
      await expect(signed.textContent()).resolves.toMatch(/Đã ký.*Nguyễn Văn A \(Chi cục trưởng\)/);
      await page.waitForFunction(
        () => (document.activeElement as HTMLElement)?.dataset.testid === "signoff-result"
      );
      await page.waitForFunction(() =>
        /^Đã ký duyệt: Nguyễn Văn A \(Chi cục trưởng\), lúc \d{4}-\d\d-\d\dT/.test(
          document.querySelector("[data-testid=signoff-announce]")?.textContent ?? ""
        )
      );
      expect(await seriousViolations(page, "Duyệt & ký, signed")).toEqual([]);
      const meta = await page.evaluate(() =>
        window.__preview!.wb.readSnapshot().then((s) => s.meta!)
      );
      const record = recordFromMeta(meta);
      expect(record.kind === "record" && record.record.justifications).toEqual({
        "form.incomplete": REASON,
      });
      await signed.scrollIntoViewIfNeeded();
      await shot("signoff-02-signed");
    }, 180_000);

    it("names the one input edited after signing, in the form's own terms", async () => {
      const at = plan.resolve(EDITED)!;
      await page.getByRole("tab", { name: at.sheet, exact: true }).click();
      await page.locator(`[role="grid"] [data-ref="${a1(at.row, at.col)}"]`).click();
      await page.keyboard.type(String((inputs[EDITED] ?? 0) + 9));
      await page.keyboard.press("Enter");

      const changed = page.locator('[data-testid="signoff-state"][data-state="changed"]');
      await changed.waitFor();
      await expect(changed.textContent()).resolves.toContain("Đã thay đổi sau khi ký");
      const items = changed.locator('[data-testid="signoff-change"]');
      await expect(items.count()).resolves.toBe(1);
      await expect(items.first().getAttribute("data-name")).resolves.toBe(EDITED);
      const text = (await items.first().textContent()) ?? "";
      expect(text).toContain(`nay ${(inputs[EDITED] ?? 0) + 9}`);
      expect(text).toContain("trang 2");
      expect(text).not.toContain(`!${a1(at.row, at.col)}`); // the address is in the tooltip
      await expect(items.first().getByRole("button").getAttribute("title")).resolves.toContain(
        `'${at.sheet}'!${a1(at.row, at.col)}`
      );
      await expect(page.getByRole("button", { name: "Ký lại", exact: true }).count()).resolves.toBe(
        1
      );
      await changed.scrollIntoViewIfNeeded();
      await shot("signoff-03-changed");
    }, 120_000);

    it("adds the printable review sheet as a tab of its own, and replaces only it", async () => {
      const sheets = page.getByRole("tablist", { name: "Các trang tính" }).getByRole("tab");
      const before = await sheets.allTextContents();
      const print = page.getByRole("button", { name: "Phiếu kiểm tra", exact: true });
      await print.focus();
      await page.keyboard.press("Enter");
      await page
        .getByRole("tab", { name: "Phiếu kiểm tra", exact: true, selected: true })
        .waitFor();
      await expect(sheets.allTextContents()).resolves.toEqual([...before, "Phiếu kiểm tra"]);
      const grid = page.locator('[role="grid"][aria-label="Trang tính Phiếu kiểm tra"]');
      await expect(grid.locator('[data-ref="A1"]').textContent()).resolves.toBe(REVIEW_MARK);
      await expect(grid.textContent()).resolves.toContain("Trạng thái: Đã thay đổi sau khi ký");
      await expect(grid.textContent()).resolves.toContain(REASON);
      await shot("signoff-04-review-sheet");
      await print.click();
      await page
        .getByTestId("signoff-notice")
        .getByText("Đã thêm trang «Phiếu kiểm tra».")
        .waitFor();
      await expect(sheets.allTextContents()).resolves.toEqual([...before, "Phiếu kiểm tra"]);
    }, 120_000);
  }
);
