/** @jest-environment jsdom */
// The Tổng hợp tab as a provincial officer uses it: choose the received reports (read in the browser by the
// lazily loaded reader), see each file's result and the refusals named with their files, override them with
// the recorded checkbox, add the consolidated report; a workbook that already holds forms is refused.
import { webcrypto } from "node:crypto";
import { DecompressionStream } from "node:stream/web";
import { TextDecoder } from "node:util";
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { sourcesOf, META_AGGREGATED_FORCED } from "../../src/core";
import { App } from "../../src/taskpane/components/App";
import { reportFile, PLANTED_FAULT, type ReportFile } from "../helpers/report-files";
import { FakePort } from "./fake-port";

// What a browser has and jsdom lacks: the reader's inflate, UTF-8 decoding, Web Crypto.
Object.assign(globalThis, { DecompressionStream });
if (!globalThis.TextDecoder) Object.assign(globalThis, { TextDecoder });
if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto });

let a: ReportFile;
let b: ReportFile;
let broken: ReportFile;

beforeAll(async () => {
  a = await reportFile("chi-cuc-a.xlsx", 11, { unit: "Chi cục THADS huyện A", code: "A" });
  b = await reportFile("chi-cuc-b.xlsx", 12, { unit: "Chi cục THADS huyện B", code: "B" });
  broken = await reportFile("chi-cuc-c.xlsx", 13, {
    unit: "Chi cục THADS huyện C",
    code: "C",
    fault: PLANTED_FAULT,
  });
}, 120_000);

const fileOf = (r: { name: string; data: Buffer }) =>
  new File([new Uint8Array(r.data)], r.name, {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });

async function openTab() {
  const user = userEvent.setup();
  const port = new FakePort();
  render(<App port={port} />);
  await user.click(await screen.findByRole("tab", { name: "Tổng hợp" }));
  await screen.findByTestId("rollup-files"); // the tab's code is a chunk of its own, loaded on demand
  return { user, port };
}

async function choose(files: File[]) {
  await act(async () => {
    fireEvent.change(screen.getByTestId("rollup-files"), { target: { files } });
  });
  return screen.findByTestId("rollup-verdict", {}, { timeout: 20_000 });
}

describe("Tổng hợp", () => {
  it("refuses a report with errors, naming its file; the recorded override consolidates, adding the sums", async () => {
    const { user, port } = await openTab();
    // One name per control: the tab, the chooser and the add button are distinct.
    expect(screen.getAllByRole("button", { name: "Chọn các báo cáo (.xlsx)…" })).toHaveLength(1);
    const addButton = screen.getByRole("button", { name: "Thêm báo cáo tổng hợp" });
    expect(addButton).toHaveProperty("disabled", true);

    const verdict = await choose([a, b, broken].map(fileOf));
    // Focus moves to the verdict, and the live region says it.
    await waitFor(() => expect(document.activeElement).toBe(verdict));
    expect(verdict.textContent).toContain("Không tổng hợp: 1 lý do");
    const refusals = within(screen.getByTestId("rollup-refusals")).getAllByRole("listitem");
    expect(refusals.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^chi-cuc-c\.xlsx: báo cáo có \d+ lỗi \(lỗi đầu tiên: /),
    ]);
    expect(screen.getByTestId("announce").textContent).toContain("Đã đọc 3 tệp.");
    const files = within(screen.getByRole("list", { name: "Các báo cáo đã chọn" }));
    expect(files.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "chi-cuc-a.xlsx — Chi cục THADS huyện A · 3 tháng/năm 2027 · đọc được, không có lỗi",
      "chi-cuc-b.xlsx — Chi cục THADS huyện B · 3 tháng/năm 2027 · đọc được, không có lỗi",
      expect.stringMatching(
        /^chi-cuc-c\.xlsx — Chi cục THADS huyện C · 3 tháng\/năm 2027 · \d+ lỗi$/
      ),
    ]);
    expect(addButton).toHaveProperty("disabled", true);

    await user.click(screen.getByRole("checkbox", { name: "Tổng hợp dù có lỗi" }));
    expect(screen.getByTestId("rollup-verdict").textContent).toContain(
      "Sẽ tổng hợp dù có 1 lý do từ chối"
    );
    await user.type(screen.getByLabelText("Đơn vị báo cáo (của bản tổng hợp)"), "Cục THADS tỉnh X");
    await user.type(screen.getByLabelText("Mã đơn vị (của bản tổng hợp)"), "X");
    await user.click(addButton);

    await screen.findByRole("tab", { name: "Kiểm tra", selected: true });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("added")));
    expect(screen.getByTestId("added").textContent).toContain(
      "Đã thêm báo cáo tổng hợp của 3 báo cáo"
    );
    expect(port.added).toHaveLength(1);
    const plan = port.added[0];
    // Every input is the sum over the three files (the broken one as it was typed).
    const name = "TK06TH.P1.thu_ly_moi.tien";
    const cell = plan.sheets.flatMap((s) => s.cells).find((c) => c.def?.name === name)!;
    const typed = (r: ReportFile) => r.inputs[name] ?? 0;
    expect(cell.value).toBeCloseTo(typed(a) + typed(b) + typed(broken), 6);
    const planted = plan.sheets.flatMap((s) => s.cells).find((c) => c.def?.name === PLANTED_FAULT)!;
    expect(planted.value).toBe(
      (a.inputs[PLANTED_FAULT] ?? 0) +
        (b.inputs[PLANTED_FAULT] ?? 0) +
        (broken.inputs[PLANTED_FAULT] ?? 0) +
        3
    );
    // The header, the unit code, the sources and the override are recorded as the CLI records them.
    const header = plan.sheets[0].cells.filter((c) => c.role === "field").map((c) => c.text);
    expect(header).toEqual(expect.arrayContaining(["Cục THADS tỉnh X", "3 tháng/năm 2027"]));
    const meta = Object.fromEntries(plan.meta.rows);
    expect(meta.unit_code).toBe("X");
    expect(meta[META_AGGREGATED_FORCED]).toMatch(/^chi-cuc-c\.xlsx: báo cáo có/);
    const sources = sourcesOf({ cells: {}, meta });
    expect(sources.map((s) => [s.file, s.unitCode, s.unit])).toEqual([
      ["chi-cuc-a.xlsx", "A", "Chi cục THADS huyện A"],
      ["chi-cuc-b.xlsx", "B", "Chi cục THADS huyện B"],
      ["chi-cuc-c.xlsx", "C", "Chi cục THADS huyện C"],
    ]);
    expect(sources[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);

  it("gives an unreadable file its own result and adds nothing until it is left out", async () => {
    await openTab();
    const junk = new File([new Uint8Array([1, 2, 3, 4, 5])], "hong.xlsx");
    const verdict = await choose([fileOf(a), junk, fileOf(b)]);
    expect(verdict.textContent).toContain("1 tệp không đọc được");
    const items = within(screen.getByRole("list", { name: "Các báo cáo đã chọn" })).getAllByRole(
      "listitem"
    );
    expect(items[1].textContent).toBe(
      "hong.xlsx — không đọc được: tệp không phải là sổ tính Excel (.xlsx)"
    );
    expect(items[2].textContent).toContain("đọc được, không có lỗi");
    expect(screen.getByRole("button", { name: "Thêm báo cáo tổng hợp" })).toHaveProperty(
      "disabled",
      true
    );
  }, 60_000);

  it("refuses, before writing, a workbook that already holds forms", async () => {
    const { user, port } = await openTab();
    port.snapshot = { cells: { "TK05TH.P1.thu_ly_moi.ds": { value: 1 } } };
    await choose([fileOf(a), fileOf(b)]);
    expect(screen.getByTestId("rollup-verdict").textContent).toContain("Sẵn sàng cộng 2 báo cáo");
    await user.click(screen.getByRole("button", { name: "Thêm báo cáo tổng hợp" }));
    expect((await screen.findByTestId("rollup-error")).textContent).toContain(
      "Sổ tính đang mở đã có biểu mẫu (05 tổng hợp)"
    );
    expect(port.added).toHaveLength(0);
  }, 60_000);

  it("says where the webview cannot unzip, file by file, and adds nothing", async () => {
    const saved = globalThis.DecompressionStream;
    Object.assign(globalThis, { DecompressionStream: undefined });
    try {
      await openTab();
      const verdict = await choose([fileOf(a), fileOf(b)]);
      expect(verdict.textContent).toContain("2 tệp không đọc được");
      const items = within(screen.getByRole("list", { name: "Các báo cáo đã chọn" })).getAllByRole(
        "listitem"
      );
      expect(items.map((li) => li.textContent)).toEqual(
        ["chi-cuc-a.xlsx", "chi-cuc-b.xlsx"].map(
          (f) =>
            `${f} — không đọc được: Excel hoặc trình duyệt này chưa giải nén được tệp .xlsx trong ngăn tác vụ; hãy cập nhật Excel, hoặc dùng lệnh «thads-forms aggregate» trên máy tính.`
        )
      );
      expect(screen.getByRole("button", { name: "Thêm báo cáo tổng hợp" })).toHaveProperty(
        "disabled",
        true
      );
    } finally {
      Object.assign(globalThis, { DecompressionStream: saved });
    }
  }, 60_000);

  it("speaks English when Office does", async () => {
    const user = userEvent.setup();
    render(<App port={new FakePort()} language="en" />);
    await user.click(await screen.findByRole("tab", { name: "Consolidate" }));
    expect(await screen.findByRole("button", { name: "Choose reports (.xlsx)…" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "Consolidate despite errors" })).toBeTruthy();
  });
});
