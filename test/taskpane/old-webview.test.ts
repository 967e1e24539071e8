/** @jest-environment jsdom */
// In IE11 and Edge Legacy (Office 2016/2019 without WebView2) the bundle cannot parse: the small ES5 script
// the pane loads first must parse there and say why the pane cannot run, in Vietnamese and English.
import { readFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "..", "..");
const script = readFileSync(join(root, "src", "taskpane", "old-webview.js"), "utf8");
const html = readFileSync(join(root, "src", "taskpane", "taskpane.html"), "utf8");

const UA = {
  ie11: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko",
  edgeLegacy:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
  webview2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
};

function runIn(userAgent: string): HTMLElement {
  document.body.innerHTML = '<div id="container"></div>';
  Object.defineProperty(window.navigator, "userAgent", { value: userAgent, configurable: true });
  delete (window as { thadsOldWebview?: boolean }).thadsOldWebview;
  // The script runs as a classic script does, in the page's global scope.
  new Function(script)();
  return document.getElementById("container")!;
}

describe("the old-webview message", () => {
  it("is ES5: it parses where the bundle cannot", () => {
    // acorn is webpack's own parser; ecmaVersion 5 refuses let, const, arrows, classes, template literals.
    const acorn = require("acorn") as typeof import("acorn");
    expect(() => acorn.parse(script, { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse("var f = () => 1;", { ecmaVersion: 5 })).toThrow();
  });

  it("is loaded by the pane's page, before the bundle, from the add-in's own origin", () => {
    expect(html).toMatch(/<script[^>]+src="old-webview.js"/);
    expect(html.indexOf("old-webview.js")).toBeGreaterThan(html.indexOf('id="container"'));
  });

  it.each([
    ["IE11 (Trident)", UA.ie11],
    ["Edge Legacy (EdgeHTML)", UA.edgeLegacy],
  ])("in %s says, in Vietnamese and English, what works instead", (_label, ua) => {
    const container = runIn(ua);
    expect(container.textContent).toMatch(/Phiên bản Office này quá cũ/);
    expect(container.textContent).toMatch(/thads-forms template/);
    expect(container.textContent).toMatch(/too old for the THADS forms pane/);
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    expect((window as { thadsOldWebview?: boolean }).thadsOldWebview).toBe(true);
  });

  it("stays silent in WebView2 and modern browsers", () => {
    const container = runIn(UA.webview2);
    expect(container.innerHTML).toBe("");
    expect((window as { thadsOldWebview?: boolean }).thadsOldWebview).toBeUndefined();
  });
});
