/** @jest-environment jsdom */
// The task pane as an officer uses it: add templates, see findings errors first, select cells by click or
// keyboard, the all-well state, English, and a failed insertion that loses nothing.
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook, formatNumber } from "../../src/core";
import { App } from "../../src/taskpane/components/App";
import { STRINGS } from "../../src/taskpane/i18n";
import { consistentInputs, planFor, snapshotOf } from "../helpers/workbooks";
import { FakePort } from "./fake-port";

const today = new Date(2026, 10, 22);

function reportWith(changes: Record<string, unknown> = {}) {
  const plan = planFor(["05", "06"], ["TH"]);
  const inputs = consistentInputs(plan);
  // Numbers go through the formulas (as Excel would recompute); text and blanks are set as typed.
  for (const [name, value] of Object.entries(changes))
    inputs[name] = typeof value === "number" ? value : undefined;
  const snapshot = snapshotOf(plan, inputs);
  for (const [name, value] of Object.entries(changes))
    if (typeof value !== "number") snapshot.cells[name].value = value as never;
  return snapshot;
}

describe("App", () => {
  it("adds the chosen forms with the header typed in, then shows the findings", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    render(<App port={port} today={today} />);
    expect(await screen.findByRole("tab", { name: "Thêm biểu mẫu", selected: true })).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "06 (tính bằng giá trị)" }));
    await user.click(screen.getByRole("radio", { name: "Cả ba" }));
    expect((screen.getByLabelText("Kỳ báo cáo") as HTMLInputElement).value).toBe(
      "2 tháng/năm 2027"
    );
    await user.type(screen.getByLabelText("Đơn vị báo cáo"), "Chi cục THADS quận Ba Đình");
    await user.click(screen.getByRole("button", { name: "Thêm biểu mẫu" }));
    await screen.findByRole("tab", { name: "Kiểm tra", selected: true });
    expect(port.added).toHaveLength(1);
    const plan = port.added[0];
    expect(plan.model.forms.map((f) => f.form.id)).toEqual(["TK06CD", "TK06TD", "TK06TH"]);
    expect(plan.model.forms.find((f) => f.form.id === "TK06TH")!.linked).toBe(true);
    const header = plan.sheets[0].cells.filter((c) => c.role === "field").map((c) => c.text);
    expect(header).toEqual(
      expect.arrayContaining(["2 tháng/năm 2027", "Chi cục THADS quận Ba Đình"])
    );
    expect(plan.sheets.map((s) => s.sheetName)).not.toContain("Sheet1");
  });

  it("opens on the findings of a workbook that already holds forms, errors before warnings, with values", async () => {
    const port = new FakePort();
    port.snapshot = reportWith({ "TK05TH.P2.hoan_cq_a.kt": 40, "TK06TH.P1.tra_don.tien": null });
    const expected = checkWorkbook(port.snapshot);
    render(<App port={port} today={today} />);
    await screen.findByRole("tab", { name: "Kiểm tra", selected: true });
    const items = await screen.findAllByTestId("finding");
    expect(items.map((i) => i.getAttribute("data-rule"))).toEqual(
      expected.findings.map((f) => f.rule)
    );
    const severities = expected.findings.map((f) => f.severity);
    expect(severities.indexOf("warning")).toBeGreaterThan(severities.lastIndexOf("error"));
    expect(screen.getByText(`${expected.errors} lỗi · ${expected.warnings} cảnh báo`)).toBeTruthy();
    const hoan = expected.findings.find((f) => f.rule === "05.P2.hoan")!;
    const item = items[expected.findings.indexOf(hoan)];
    expect(item.textContent).toContain(hoan.message);
    for (const [label, value] of [
      ["Bên trái", hoan.left],
      ["Bên phải", hoan.right],
      ["Chênh lệch", hoan.difference],
    ] as const) {
      expect(item.textContent).toContain(`${label}: ${formatNumber(value)}`);
    }
    expect(screen.getByRole("status").textContent).toBe(
      `${expected.errors} lỗi, ${expected.warnings} cảnh báo`
    );
  });

  it("selects a finding's cells on click, Enter and Space", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    port.snapshot = reportWith({ "TK05TH.P1.uy_thac.kt": -3 });
    render(<App port={port} today={today} />);
    const item = (await screen.findAllByTestId("finding")).find(
      (i) => i.getAttribute("data-rule") === "cell.negative"
    )!;
    const cells = checkWorkbook(port.snapshot).findings.find(
      (f) => f.rule === "cell.negative"
    )!.cells;
    await user.click(item);
    item.focus();
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(port.selected).toEqual([cells, cells, cells]);
  });

  it("says everything reconciles when there is no error and no warning", async () => {
    const port = new FakePort();
    port.snapshot = reportWith();
    render(<App port={port} today={today} />);
    const ok = await screen.findByTestId("all-ok");
    expect(ok.textContent).toContain("Tất cả đều khớp");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
  });

  it("re-checks after an edit and updates the list", async () => {
    const port = new FakePort();
    port.snapshot = reportWith();
    render(<App port={port} today={today} />);
    await screen.findByTestId("all-ok");
    port.snapshot = reportWith({ "TK05TH.P1.thu_ly_moi.ds": "abc" });
    act(() => port.edit());
    await waitFor(() =>
      expect(screen.queryAllByTestId("finding").map((i) => i.getAttribute("data-rule"))).toContain(
        "cell.not_a_number"
      )
    );
    expect(screen.queryByTestId("all-ok")).toBeNull();
  });

  it("speaks English when Office does", async () => {
    const port = new FakePort();
    port.snapshot = reportWith({ "TK05TH.P2.hoan_cq_a.kt": 40 });
    render(<App port={port} today={today} language="en" />);
    const items = await screen.findAllByTestId("finding");
    const finding = checkWorkbook(port.snapshot).findings[0];
    expect(items[0].textContent).toContain(finding.messageEn);
    expect(items[0].textContent).toContain(`Difference: ${formatNumber(finding.difference, "en")}`);
    expect(screen.getByRole("tab", { name: "Add templates" })).toBeTruthy();
  });

  it("shows why adding failed and keeps what the officer typed", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    port.failAdd = new Error("Sổ tính đang được bảo vệ cấu trúc");
    render(<App port={port} today={today} />);
    await user.type(await screen.findByLabelText("Đơn vị nhận báo cáo"), "Cục THADS Hà Nội");
    await user.click(screen.getByRole("button", { name: "Thêm biểu mẫu" }));
    const alert = await screen.findByText(
      /Không thêm được biểu mẫu: Sổ tính đang được bảo vệ cấu trúc/
    );
    expect(alert).toBeTruthy();
    expect((screen.getByLabelText("Đơn vị nhận báo cáo") as HTMLInputElement).value).toBe(
      "Cục THADS Hà Nội"
    );
    expect(screen.getByRole("tab", { name: "Thêm biểu mẫu", selected: true })).toBeTruthy();
  });

  it("warns when a requested form is already in the workbook", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    port.snapshot = reportWith();
    render(<App port={port} today={today} />);
    await screen.findByTestId("all-ok");
    await user.click(screen.getByRole("tab", { name: "Thêm biểu mẫu" }));
    expect(await screen.findByText(/Sổ tính đã có 05 tổng hợp, 06 tổng hợp/)).toBeTruthy();
  });
});

describe("strings", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
    expect(within).toBeDefined();
  });
});
