/** @jest-environment jsdom */
// Outside Excel, or without office.js, the pane says so instead of staying blank.
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { StartupMessage } from "../../src/taskpane/components/StartupMessage";
import { languageOf } from "../../src/taskpane/i18n";
import { detectStartup } from "../../src/taskpane/startup";

const HostType = { Excel: "Excel", Word: "Word" };

describe("startup", () => {
  it("knows Excel, another host, a plain browser and a missing office.js", async () => {
    await expect(
      detectStartup({
        onReady: async () => ({ host: "Excel" }),
        HostType,
        context: { displayLanguage: "en-US" },
      })
    ).resolves.toEqual({
      kind: "excel",
      displayLanguage: "en-US",
    });
    await expect(
      detectStartup({ onReady: async () => ({ host: "Word" }), HostType })
    ).resolves.toEqual({ kind: "not-excel", host: "Word" });
    await expect(
      detectStartup({ onReady: async () => ({ host: null }), HostType })
    ).resolves.toMatchObject({ kind: "not-excel" });
    await expect(detectStartup(undefined)).resolves.toEqual({ kind: "no-office" });
    await expect(
      detectStartup({ onReady: () => new Promise(() => undefined), HostType }, 20)
    ).resolves.toEqual({ kind: "no-office" });
  });

  it("shows a message in Vietnamese and English, never a blank pane", () => {
    render(<StartupMessage startup={{ kind: "no-office" }} />);
    expect(screen.getByText(/Không tải được Office/)).toBeTruthy();
    expect(screen.getByText(/Office could not be loaded/)).toBeTruthy();
    render(<StartupMessage startup={{ kind: "not-excel", host: null }} />);
    expect(screen.getByText(/Trang này chạy trong Excel/)).toBeTruthy();
  });

  it("speaks English only when Office runs in English", () => {
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("vi-VN")).toBe("vi");
    expect(languageOf("fr-FR")).toBe("vi");
    expect(languageOf(undefined)).toBe("vi");
  });
});
