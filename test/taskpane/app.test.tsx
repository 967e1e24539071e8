/** @jest-environment jsdom */
// The task pane as an officer uses it: add templates (focus lands on the result, the count is announced), see
// findings errors first in the form's own words, one finding per wrong entry, select cells by click or keyboard,
// blank cells as progress until a full check, the all-well state, English, and a failed insertion.
import * as React from "react";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook, formatNumber, groupByCause, withoutBlanks } from "../../src/core";
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
  it("adds the chosen forms with the header typed in, then moves focus to what was added", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    render(<App port={port} today={today} />);
    expect(await screen.findByRole("tab", { name: "Biểu mẫu mới", selected: true })).toBeTruthy();
    // The tab and the button inside it have distinct names.
    expect(screen.queryByRole("tab", { name: "Thêm biểu mẫu" })).toBeNull();
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
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("added")));
    expect(screen.getByTestId("added").textContent).toContain(
      `Đã thêm ${plan.sheets.length} trang tính`
    );
    await waitFor(() =>
      expect(screen.getByTestId("announce").textContent).toBe(
        `Đã thêm ${plan.sheets.length} trang tính. 0 lỗi, 0 cảnh báo.`
      )
    );
  });

  it("lets the success message go once the officer edits", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    render(<App port={port} today={today} />);
    await user.click(await screen.findByRole("button", { name: "Thêm biểu mẫu" }));
    await screen.findByTestId("added");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("added")));
    port.snapshot = reportWith({ "TK05TH.P1.thu_ly_moi.ds": "abc" });
    act(() => port.edit());
    await waitFor(() => expect(screen.queryByTestId("added")).toBeNull());
    // Focus that was on the message goes to the summary, not to the page body.
    expect(screen.getByTestId("summary").parentElement).toBe(document.activeElement);
  });

  it("opens on the findings of a workbook that already holds forms, errors first, in the form's words", async () => {
    const port = new FakePort();
    port.snapshot = reportWith({ "TK05TH.P2.hoan_cq_a.kt": 40, "TK06TH.P1.tra_don.tien": null });
    // The blank tra_don cell is progress while typing, not a warning.
    const expected = groupByCause(withoutBlanks(checkWorkbook(port.snapshot)).findings);
    render(<App port={port} today={today} />);
    await screen.findByRole("tab", { name: "Kiểm tra", selected: true });
    const items = await screen.findAllByTestId("finding");
    expect(items.map((i) => i.getAttribute("data-rule"))).toEqual(
      expected.map((g) => g.finding.rule)
    );
    const errors = expected.filter((g) => g.finding.severity === "error").length;
    expect(screen.getByTestId("summary").textContent).toContain(`${errors} lỗi · 0 cảnh báo`);
    const hoan = expected.find((g) => g.finding.rule === "05.P2.hoan")!;
    const item = items[expected.indexOf(hoan)];
    // A short title and the place, then the sentence; the rule id and A1 cells one step away.
    const button = within(item).getByTestId("finding-select");
    expect(button.textContent).toBe(
      "Hoãn thi hành án lệch trang 1Biểu 05 tổng hợp · Trang 2 · dòng B «Hoãn thi hành án» · cột «Kinh tế»"
    );
    expect(item.textContent).toContain(hoan.finding.message);
    for (const [label, value] of [
      ["Vế trái", hoan.finding.left],
      ["Vế phải", hoan.finding.right],
      ["Chênh lệch", hoan.finding.difference],
    ] as const) {
      expect(item.textContent).toContain(`${label}: ${formatNumber(value)}`);
    }
    // One wrong entry, one finding: the Tổng số column is folded into it, reachable.
    expect(item.getAttribute("data-folded")).toBe("1");
    expect(within(item).getByText("Kéo theo cột «Tổng số»")).toBeTruthy();
    expect(within(item).getByText("05.P2.hoan").closest("details")).toBeTruthy();
    expect(screen.getByTestId("announce").textContent).toBe(`${errors} lỗi, 0 cảnh báo`);
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
    const button = within(item).getByTestId("finding-select");
    await user.click(button);
    button.focus();
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(port.selected).toEqual([cells, cells, cells]);
  });

  it("shows blank inputs as progress while typing, and as warnings on a full check", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    port.snapshot = snapshotOf(planFor(["05", "06"], ["TH"]), {});
    render(<App port={port} today={today} />);
    await screen.findByTestId("all-ok");
    expect(screen.getByTestId("progress").textContent).toBe("đã nhập 0/366 ô");
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Kiểm tra đầy đủ" }));
    await waitFor(() => expect(screen.queryAllByTestId("finding")).toHaveLength(5));
    expect(screen.getByTestId("summary").textContent).toContain("0 lỗi · 5 cảnh báo");
    expect(screen.getAllByText("Còn ô để trống")).toHaveLength(5);
    // The next edit is typing again: progress, not warnings.
    act(() => port.edit());
    await waitFor(() => expect(screen.queryAllByTestId("finding")).toHaveLength(0));
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
    const finding = checkWorkbook(port.snapshot).findings.find((f) => !f.causedBy)!;
    expect(items[0].textContent).toContain(finding.messageEn);
    expect(within(items[0]).getByTestId("finding-select").textContent).toBe(
      "Postponed differs from page 1Form 05 consolidated · Page 2 · row B “Postponed” · column “Economic”"
    );
    expect(within(items[0]).getByText("Also causes column “Total”")).toBeTruthy();
    expect(items[0].textContent).toContain(`Difference: ${formatNumber(finding.difference, "en")}`);
    expect(screen.getByRole("tab", { name: "New templates" })).toBeTruthy();
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
    expect(screen.getByRole("tab", { name: "Biểu mẫu mới", selected: true })).toBeTruthy();
  });

  it("warns when a requested form is already in the workbook", async () => {
    const user = userEvent.setup();
    const port = new FakePort();
    port.snapshot = reportWith();
    render(<App port={port} today={today} />);
    await screen.findByTestId("all-ok");
    await user.click(screen.getByRole("tab", { name: "Biểu mẫu mới" }));
    expect(await screen.findByText(/Sổ tính đã có 05 tổng hợp, 06 tổng hợp/)).toBeTruthy();
  });
});

describe("strings", () => {
  it("has the same keys in Vietnamese and English", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.vi).sort());
  });
});
