// The office head's tab in real Chromium: a filled report signed in Duyệt & ký (Web Crypto), then one input
// typed into the grid turns it into "Đã thay đổi sau khi ký" naming that cell. Screenshots go to screenshots/.
import { resolve } from "path";
import type { Page } from "playwright-core";
import { a1, planWorkbook } from "../../src/core";
import { formInstance } from "../../src/forms";
import { describeInPreview } from "../helpers/chromium";
import { consistentInputs, headerEntries } from "../helpers/workbooks";

const SCREENSHOTS = resolve(__dirname, "../../screenshots");
// The plan the pane makes for "Cả hai" + "Tổng hợp" in an empty workbook: where each name lands.
const plan = planWorkbook({ forms: [formInstance("05", "TH"), formInstance("06", "TH")] });
const EDITED = "TK05TH.P2.hoan_cq_a.ds";

describeInPreview(
  "sign-off e2e",
  { viewport: { width: 1440, height: 900 }, screenshots: SCREENSHOTS },
  (preview) => {
    let page: Page;
    beforeAll(() => void (page = preview.page));
    const shot = (name: string) => preview.shot(name);

    it("signs a filled report, then names the one input edited after signing", async () => {
      await page.getByRole("radio", { name: "Cả hai", exact: true }).check();
      await page.getByRole("radio", { name: "Tổng hợp", exact: true }).check();
      await page.getByRole("button", { name: "Thêm biểu mẫu", exact: true }).click();
      await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
      const inputs = consistentInputs(plan, () => 0.41);
      // A report ready to sign: every figure, and the header filled (a blank one is a warning to justify).
      const header = headerEntries(plan.model.forms.map((f) => f.form.id));
      await page.evaluate((values) => window.__preview!.setValues(values), {
        ...(inputs as Record<string, number>),
        ...header,
      });
      await page.getByTestId("all-ok").waitFor();

      await page.getByRole("tab", { name: "Duyệt & ký", exact: true }).click();
      await page.locator('[data-testid="signoff-state"][data-state="unsigned"]').waitFor();
      await page.getByLabel("Họ tên người ký duyệt").fill("Nguyễn Văn A");
      await page.getByLabel("Chức vụ", { exact: true }).fill("Chi cục trưởng");
      await shot("signoff-01-review");
      await page.getByRole("button", { name: "Ký duyệt", exact: true }).click();
      const signed = page.locator('[data-testid="signoff-state"][data-state="signed"]');
      await signed.waitFor();
      await expect(signed.textContent()).resolves.toMatch(/Đã ký.*Nguyễn Văn A \(Chi cục trưởng\)/);
      await signed.scrollIntoViewIfNeeded();
      await shot("signoff-02-signed");

      // One input typed in the grid, as an officer would.
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
      await expect(items.first().textContent()).resolves.toContain(
        `nay ${(inputs[EDITED] ?? 0) + 9}`
      );
      await expect(page.getByRole("button", { name: "Ký lại", exact: true }).count()).resolves.toBe(
        1
      );
      await changed.scrollIntoViewIfNeeded();
      await shot("signoff-03-changed");
    }, 120_000);
  }
);
