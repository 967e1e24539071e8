/** @jest-environment jsdom */
// The pane offers whatever forms are registered: a made-up third form appears among the choices with its
// own label, "Cả hai" becomes "Tất cả", and adding it plans its sheets, with no code written for it.
import * as React from "react";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { registerForm } from "../../src/forms";
import { App } from "../../src/taskpane/components/App";
import { TK07A } from "../fixtures/third-form";
import { FakePort } from "./fake-port";

let unregister: () => void;
beforeAll(() => {
  unregister = registerForm(TK07A);
});
afterAll(() => unregister());

it("offers a registered third form and adds it", async () => {
  const user = userEvent.setup();
  const port = new FakePort();
  render(<App port={port} today={new Date(2026, 10, 22)} />);
  const group = await screen.findByRole("radiogroup", { name: "Biểu mẫu" });
  expect(screen.getByRole("radio", { name: "05 (tính bằng việc)" })).toBeTruthy();
  expect(screen.getByRole("radio", { name: "Tất cả" })).toBeTruthy();
  expect(screen.queryByRole("radio", { name: "Cả hai" })).toBeNull();
  expect(
    within(group)
      .getAllByRole("radio")
      .map((r) => r.getAttribute("value"))
  ).toEqual(["05", "06", "07A", "all"]);
  await user.click(screen.getByRole("radio", { name: "07A (tính bằng người)" }));
  await user.click(screen.getByRole("radio", { name: "Tổng hợp" }));
  await user.click(screen.getByRole("button", { name: "Thêm biểu mẫu" }));
  await screen.findByRole("tab", { name: "Kiểm tra", selected: true });
  expect(port.added[0].sheets.map((s) => s.sheetName)).toEqual([
    "07A-TH Trang 1",
    "07A-TH Trang 2",
  ]);
});
