/** @jest-environment jsdom */
// The Duyệt & ký tab as an office head uses it: the review, errors blocking, warnings needing a reason, the
// sign-off written once, then "Đã ký", and "Đã thay đổi sau khi ký" naming the changed cell after an edit.
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReviewSheetPlan, WorkbookSnapshot } from "../../src/core";
import { SignoffTab } from "../../src/taskpane/components/signoff/SignoffTab";
import { FakePort } from "../taskpane/fake-port";
import { filledReport, nodeSha256 } from "./helpers";

class SigningPort extends FakePort {
  written: [string, string][][] = [];
  printed: ReviewSheetPlan[] = [];
  async writeSignoff(rows: [string, string][]) {
    this.written.push(rows);
    this.snapshot = {
      ...this.snapshot,
      meta: { ...this.snapshot.meta, ...Object.fromEntries(rows) },
    };
  }
  async writeReviewSheet(plan: ReviewSheetPlan) {
    this.printed.push(plan);
  }
}

const now = () => new Date(Date.UTC(2027, 3, 5, 2, 30));

function setup(snapshot: WorkbookSnapshot) {
  const port = new SigningPort();
  port.snapshot = snapshot;
  const view = (s: WorkbookSnapshot) => (
    <SignoffTab
      port={port}
      snapshot={s}
      language="vi"
      onWritten={() => undefined}
      sha256={nodeSha256}
      now={now}
    />
  );
  const utils = render(view(snapshot));
  return { port, rerender: (s: WorkbookSnapshot) => utils.rerender(view(s)) };
}

describe("Duyệt & ký", () => {
  it("reviews every rule, signs with name and title, then shows who signed and any later change", async () => {
    const user = userEvent.setup();
    const { plan, snapshot } = filledReport(["05"], ["CD"]);
    const { port, rerender } = setup(snapshot);
    expect((await screen.findByTestId("signoff-state")).getAttribute("data-state")).toBe(
      "unsigned"
    );
    const rows = screen.getAllByTestId("review-row");
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((r) => r.getAttribute("data-outcome") === "pass")).toBe(true);

    const sign = screen.getByRole("button", { name: "Ký duyệt" }) as HTMLButtonElement;
    // No signer yet: the button stays a tab stop, described by the reason, and does nothing.
    expect(sign.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(sign.getAttribute("aria-describedby")!)!.textContent).toBe(
      "Cần nhập họ tên người ký duyệt."
    );
    await user.click(sign);
    expect(port.written).toHaveLength(0);
    await user.type(screen.getByLabelText(/Họ tên người ký duyệt/), "Nguyễn Văn A");
    await user.type(screen.getByLabelText("Chức vụ"), "Chi cục trưởng");
    expect(sign.getAttribute("aria-disabled")).toBeNull();
    await user.click(sign);
    await screen.findByText("Đã ký duyệt. Bản ghi được lưu ngay trong sổ tính.");
    // Focus moves to the result, not to the page body.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId("signoff-result")));
    expect(port.written).toHaveLength(1);
    expect(Object.fromEntries(port.written[0])).toMatchObject({
      "signoff.by": "Nguyễn Văn A",
      "signoff.title": "Chi cục trưởng",
      "signoff.at": expect.stringMatching(/^2027-04-05T\d\d:30:00[+-]\d\d:\d\d$/),
    });

    rerender(port.snapshot);
    await waitFor(() =>
      expect(screen.getByTestId("signoff-state").getAttribute("data-state")).toBe("signed")
    );
    expect(screen.getByTestId("signoff-state").textContent).toMatch(
      /Đã ký.*Nguyễn Văn A \(Chi cục trưởng\)/
    );
    // The live region says who signed, when the record reads back.
    await waitFor(() =>
      expect(screen.getByTestId("signoff-announce").textContent).toMatch(
        /^Đã ký duyệt: Nguyễn Văn A \(Chi cục trưởng\), lúc 2027-04-05T\d\d:30:00[+-]\d\d:\d\d\.$/
      )
    );

    const input = [...plan.model.cells.values()].find((d) => d.kind === "input")!.name;
    const edited = JSON.parse(JSON.stringify(port.snapshot)) as WorkbookSnapshot;
    edited.cells[input].value = 777;
    rerender(edited);
    await waitFor(() =>
      expect(screen.getByTestId("signoff-state").getAttribute("data-state")).toBe("changed")
    );
    const state = screen.getByTestId("signoff-state");
    expect(state.textContent).toContain("Đã thay đổi sau khi ký");
    const change = within(state).getByTestId("signoff-change");
    expect(change.getAttribute("data-name")).toBe(input);
    expect(change.textContent).toMatch(/→ nay 777/);
    await user.click(within(change).getByRole("button"));
    expect(port.selected.at(-1)).toEqual([expect.stringContaining("!")]);
    // prefilled from the last sign-off; signing again is offered
    expect((screen.getByLabelText(/Họ tên người ký duyệt/) as HTMLInputElement).value).toBe(
      "Nguyễn Văn A"
    );
    expect(screen.getByRole("button", { name: "Ký lại" })).toBeTruthy();
  });

  it("blocks signing while errors remain, with the reason shown", async () => {
    const { plan, snapshot } = filledReport(["05"], ["CD"]);
    const input = [...plan.model.cells.values()].find((d) => d.kind === "input")!.name;
    snapshot.cells[input].value = -5;
    setup(snapshot);
    expect((await screen.findByTestId("signoff-blocked")).textContent).toMatch(
      /Không ký được: báo cáo còn \d+ lỗi/
    );
    expect(
      screen.getAllByTestId("review-row").some((r) => r.getAttribute("data-outcome") === "fail")
    ).toBe(true);
  });

  it("words each review row in the form's own terms, rule id and A1 cells one step away", async () => {
    const user = userEvent.setup();
    const { plan, snapshot } = filledReport(["05"], ["CD"]);
    const name = "TK05CD.P1.tra_don.ds";
    snapshot.cells[name].value = 2;
    const { port } = setup(snapshot);
    const row = (await screen.findAllByTestId("review-row")).find(
      (r) => r.getAttribute("data-rule") === "05.P1.tra_don_chu_dong"
    )!;
    expect(row.getAttribute("data-outcome")).toBe("warning");
    const place = within(row).getByTestId("review-place");
    expect(place.textContent).toBe(
      "Trang 1 · dòng 5.3 «Trả đơn yêu cầu thi hành án» · cột «Dân sự»"
    );
    expect(row.textContent).toContain("Biểu chủ động có trả đơn");
    // The rule id and the address are in the details, not in the row's words.
    const details = row.querySelector("details")!;
    expect(details.textContent).toContain("05.P1.tra_don_chu_dong");
    const a1 = `'${plan.resolve(name)!.sheet}'!`;
    expect(details.textContent).toContain(a1);
    expect(place.textContent).not.toContain("05.P1");
    expect(place.textContent).not.toContain(a1);
    await user.click(place);
    expect(port.selected.at(-1)).toEqual([expect.stringContaining(a1)]);
    // A passed rule reads as what holds, its id in the tooltip.
    const passed = screen
      .getAllByTestId("review-row")
      .find((r) => r.getAttribute("data-rule") === "cell.negative")!;
    expect(passed.textContent).toContain("Không có «Số âm»");
    expect(passed.querySelector("[title]")!.getAttribute("title")).toBe(
      "Mã quy tắc: cell.negative"
    );
  });

  it("asks a justification for each warning before signing, with a Vietnamese placeholder", async () => {
    const user = userEvent.setup();
    const { plan, snapshot } = filledReport(["05"], ["CD"]);
    const input = [...plan.model.cells.values()].find(
      (d) => d.kind === "input" && snapshot.cells[d.name].value === 0
    )!.name;
    snapshot.cells[input].value = null;
    const { port } = setup(snapshot);
    const reason = await screen.findByPlaceholderText(/Lý do chấp nhận cảnh báo này/);
    await user.type(screen.getByLabelText(/Họ tên người ký duyệt/), "Nguyễn Văn A");
    const sign = screen.getByRole("button", { name: "Ký duyệt" }) as HTMLButtonElement;
    expect(sign.getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByTestId("signoff-reason").textContent).toBe(
      "Cần nhập lý do cho mọi cảnh báo trước khi ký."
    );
    // The box is labelled by the warning's plain title, not its rule id.
    expect(screen.getByLabelText(/Lý do chấp nhận cảnh báo: «Còn ô để trống»/)).toBe(reason);
    await user.type(reason, "Ô không phát sinh");
    expect(sign.getAttribute("aria-disabled")).toBeNull();
    await user.click(sign);
    await waitFor(() => expect(port.written).toHaveLength(1));
    expect(
      JSON.parse(Object.fromEntries(port.written[0])["signoff.justifications"].slice(1))
    ).toEqual({
      "form.incomplete": "Ô không phát sinh",
    });
  });

  it("adds the printable review sheet on request", async () => {
    const user = userEvent.setup();
    const { snapshot } = filledReport(["05"], ["CD"]);
    const { port } = setup(snapshot);
    await user.click(await screen.findByRole("button", { name: "Phiếu kiểm tra" }));
    await waitFor(() => expect(port.printed).toHaveLength(1));
    expect(port.printed[0].rows[1][0]).toContain("Chi cục THADS huyện Đông Anh");
  });
});
