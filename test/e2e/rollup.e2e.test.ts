// The provincial office's Tổng hợp in real Chromium, on the preview: three received reports chosen with the
// file input, read in the browser by the reader chunk (fetched only then), consolidated and added as new
// sheets; the workbook's cells (HyperFormula recalculating the template's formulas) hold the sums, the
// sources are recorded, axe finds nothing serious, and the tab is pictured in screenshots/.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Page } from "playwright-core";
import { evaluate, sourcesOf, type Inputs, type WorkbookSnapshot } from "../../src/core";
import { seriousViolations } from "../helpers/axe";
import { describeInPreview } from "../helpers/chromium";
import { reportFile, type ReportFile } from "../helpers/report-files";

const SCREENSHOTS = resolve(__dirname, "../../screenshots");

describeInPreview(
  "Tổng hợp e2e",
  { viewport: { width: 1280, height: 900 }, screenshots: SCREENSHOTS },
  (preview) => {
    let page: Page;
    let reports: ReportFile[];
    const paths: string[] = [];
    const requested: string[] = [];

    beforeAll(async () => {
      page = preview.page;
      page.on("request", (r) => requested.push(r.url()));
      reports = [
        await reportFile("HD01.xlsx", 21, { unit: "Chi cục THADS huyện Một", code: "HD01" }),
        await reportFile("HD02.xlsx", 22, { unit: "Chi cục THADS huyện Hai", code: "HD02" }),
        await reportFile("HD03.xlsx", 23, { unit: "Chi cục THADS huyện Ba", code: "HD03" }),
      ];
      const dir = mkdtempSync(join(tmpdir(), "thads-tonghop-"));
      for (const r of reports) {
        paths.push(join(dir, r.name));
        writeFileSync(paths.at(-1)!, r.data);
      }
    }, 120_000);

    it("reads three reports in the browser, adds the consolidated report, and the workbook holds the sums", async () => {
      await page.getByRole("tab", { name: "Tổng hợp", exact: true }).click();
      await page.getByRole("button", { name: "Chọn các báo cáo (.xlsx)…", exact: true }).waitFor();
      expect(await seriousViolations(page, "Tổng hợp at open", "main, body")).toEqual([]);
      // The reader is not part of the pane's first load.
      expect(requested.filter((u) => /rollup-reader/.test(u))).toEqual([]);

      await page.getByTestId("rollup-files").setInputFiles(paths);
      const verdict = page.getByTestId("rollup-verdict");
      await verdict.waitFor({ timeout: 60_000 });
      expect(requested.filter((u) => /rollup-reader/.test(u))).toHaveLength(1);
      await expect(verdict.textContent()).resolves.toContain(
        "Sẵn sàng cộng 3 báo cáo (05 tổng hợp, 06 tổng hợp), kỳ báo cáo 3 tháng/năm 2027."
      );
      // Focus is on the result, and the live region says it.
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
      ).resolves.toBe("rollup-verdict");
      await expect(page.getByTestId("announce").textContent()).resolves.toContain("Đã đọc 3 tệp.");
      const list = page.getByRole("list", { name: "Các báo cáo đã chọn" }).getByRole("listitem");
      await expect(list.allTextContents()).resolves.toEqual([
        "HD01.xlsx — Chi cục THADS huyện Một · 3 tháng/năm 2027 · đọc được, không có lỗi",
        "HD02.xlsx — Chi cục THADS huyện Hai · 3 tháng/năm 2027 · đọc được, không có lỗi",
        "HD03.xlsx — Chi cục THADS huyện Ba · 3 tháng/năm 2027 · đọc được, không có lỗi",
      ]);
      await page.getByLabel("Đơn vị báo cáo (của bản tổng hợp)").fill("Cục THADS tỉnh Hải Dương");
      await page.getByLabel("Đơn vị nhận báo cáo").fill("Cục Quản lý THADS");
      expect(await seriousViolations(page, "Tổng hợp with files read", "main, body")).toEqual([]);
      await preview.shot("rollup-01-read");

      await page.getByRole("button", { name: "Thêm báo cáo tổng hợp", exact: true }).click();
      await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
      const added = page.getByTestId("added");
      await expect(added.textContent()).resolves.toContain(
        "Đã thêm báo cáo tổng hợp của 3 báo cáo"
      );
      await expect(
        page.evaluate(() => document.activeElement?.getAttribute("data-testid"))
      ).resolves.toBe("added");

      // The workbook's cells, recalculated by HyperFormula from the template's formulas.
      const snapshot = (await page.evaluate(() =>
        window.__preview!.wb.readSnapshot()
      )) as WorkbookSnapshot;
      // Every input is the sum over the three files; every total and ratio the standard's over those sums.
      const plan = reports[0].plan;
      const summed: Inputs = {};
      for (const r of reports)
        for (const [name, v] of Object.entries(r.inputs))
          summed[name] = (summed[name] ?? 0) + (v ?? 0);
      const figures = evaluate(plan.model, summed);
      let computed = 0;
      for (const def of plan.model.cells.values()) {
        if (def.name.includes(".hdr.")) continue;
        const expected =
          def.kind === "input" ? (summed[def.name] ?? 0) : (figures.get(def.name) ?? 0);
        const value = snapshot.cells[def.name]?.value;
        expect({ name: def.name, value: Number(value ?? 0) }).toEqual({
          name: def.name,
          value: expect.closeTo(expected, 5),
        });
        if (def.kind !== "input") computed++;
      }
      expect(computed).toBeGreaterThan(100);
      expect(snapshot.cells["TK05TH.P1.hdr.don_vi_bao_cao"]?.value).toBe(
        "Cục THADS tỉnh Hải Dương"
      );
      expect(sourcesOf(snapshot).map((s) => [s.file, s.unitCode])).toEqual([
        ["HD01.xlsx", "HD01"],
        ["HD02.xlsx", "HD02"],
        ["HD03.xlsx", "HD03"],
      ]);
      await preview.shot("rollup-02-added");
    }, 300_000);
  }
);
