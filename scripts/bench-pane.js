// npm run bench:pane: the preview as an officer meets it, measured in Chromium (figures printed, nothing
// asserted). Navigation → «Thêm biểu mẫu» usable, a committed edit → its finding shown or removed (p95), and
// how many reads a paste and a burst of edits cost; each at normal speed and with the CPU slowed 4× (CDP).
// Targets (issue 13): ≤ 1.5 s / ≤ 4 s; ≤ 50 ms / ≤ 120 ms p95; one read per paste or burst.
/* global document, performance, MutationObserver */ // page functions run in Chromium
const { spawn } = require("child_process");
const os = require("os");
const path = require("path");
const { chromium } = require("playwright-core");

const PORT = Number(process.env.BENCH_PORT) || 3987;
const URL = `http://localhost:${PORT}/`;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const { CHROMIUM_FLAGS: FLAGS } = require("./chromium-flags");

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
  return { median: at(0.5), p95: at(0.95), n: samples.length };
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "start-preview.js")], {
      env: { ...process.env, PORT: String(PORT) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk) => {
      process.stdout.write(chunk);
      if (String(chunk).includes("http://localhost")) resolve(child);
    });
    child.on("exit", (code) => reject(new Error(`the preview server stopped (${code})`)));
  });
}

async function throttled(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

/** A fresh context (cold cache, as a first visit), navigation start → the button shown and enabled. */
async function timeToUsable(browser, rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await throttled(page, rate);
  await cdp.send("Performance.enable");
  await page.goto(URL, { waitUntil: "commit" });
  const ms = await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll("button")].find(
        (b) => b.textContent === "Thêm biểu mẫu"
      );
      return button && !button.disabled && button.offsetParent !== null && performance.now();
    },
    undefined,
    { polling: "raf", timeout: 60_000 }
  );
  const value = await ms.jsonValue();
  // The renderer's main-thread busy time so far: what a loaded machine cannot inflate by making it wait.
  const { metrics } = await cdp.send("Performance.getMetrics");
  const busy = 1000 * metrics.find((m) => m.name === "TaskDuration").value;
  await context.close();
  return { wall: value, busy };
}

/** Keydown of Enter (or Delete) → the 05.P2.hoan finding present (or gone) in the pane, in the page's clock. */
async function editToFinding(page, key, present) {
  await page.evaluate(
    ({ key, present }) => {
      const t = {};
      window.__bench = t;
      document.addEventListener("keydown", (e) => e.key === key && (t.key ??= performance.now()), {
        capture: true,
        once: true,
      });
      const done = () =>
        !!document.querySelector('[data-testid="finding"][data-rule="05.P2.hoan"]') === present &&
        t.key !== undefined &&
        (t.found ??= performance.now());
      const observer = new MutationObserver(() => done() && observer.disconnect());
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    },
    { key, present }
  );
  await page.keyboard.press(key);
  await page.waitForFunction(() => window.__bench.found !== undefined, undefined, {
    timeout: 10_000,
  });
  return page.evaluate(() => window.__bench.found - window.__bench.key);
}

async function editLoop(browser, rate, rounds) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(URL);
  await page.getByRole("button", { name: "Thêm biểu mẫu", exact: true }).click();
  await page.getByRole("tab", { name: "Kiểm tra", selected: true }).waitFor();
  await throttled(page, rate);
  const at = await page.evaluate(() => {
    const wb = window.__preview.wb;
    return wb.readSnapshot().then((s) => s.cells["TK05TH.P2.hoan_cq_a.ds"].address);
  });
  await page.getByRole("tab", { name: at.sheet, exact: true }).click();
  const letters = (col) =>
    (col > 26 ? letters(Math.floor((col - 1) / 26)) : "") +
    String.fromCharCode(65 + ((col - 1) % 26));
  await page.locator(`[role="grid"] [data-ref="${letters(at.col)}${at.row}"]`).click();
  const samples = [];
  for (let i = 0; i < rounds; i++) {
    await page.keyboard.type(String(1 + (i % 9)));
    samples.push(await editToFinding(page, "Enter", true)); // shown
    await page.keyboard.press("ArrowUp");
    samples.push(await editToFinding(page, "Delete", false)); // removed
  }
  // Reads per paste (one setValues of 60 cells) and per burst (20 cell edits in one task).
  const reads = await page.evaluate(async () => {
    const wb = window.__preview.wb;
    let count = 0;
    const read = wb.readSnapshot.bind(wb);
    wb.readSnapshot = () => (count++, read());
    const settle = () => new Promise((r) => setTimeout(r, 400));
    const names = Object.keys((await read()).cells).filter(
      (n) => n.startsWith("TK06TH.P1.") && !n.includes(".hdr.")
    );
    await settle();
    count = 0;
    window.__preview.setValues(Object.fromEntries(names.slice(0, 60).map((n, i) => [n, i % 7])));
    await settle();
    const paste = count;
    count = 0;
    const at = (await read()).cells["TK05TH.P1.thu_ly_moi.ds"].address;
    for (let i = 0; i < 20; i++) wb.setCell(at.sheet, at.row, at.col, String(i));
    await settle();
    const burst = count;
    wb.readSnapshot = read;
    return { paste, burst };
  });
  await context.close();
  return { ...stats(samples), reads };
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  try {
    const load = () =>
      os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" ");
    console.log(
      `pane benchmark (Chromium, production preview; ${os.cpus().length} cores, load average ${load()})`
    );
    for (const rate of [1, 4]) {
      const label = rate === 1 ? "normal" : `CPU ${rate}× slower`;
      const loads = [];
      for (let i = 0; i < 5; i++) loads.push(await timeToUsable(browser, rate));
      const wall = stats(loads.map((l) => l.wall));
      const busy = stats(loads.map((l) => l.busy));
      console.log(
        `  [${label}] navigation → «Thêm biểu mẫu» usable: median ${wall.median.toFixed(0)} ms, worst ${Math.max(...loads.map((l) => l.wall)).toFixed(0)} ms (target ${rate === 1 ? 1500 : 4000} ms); main-thread busy ${busy.median.toFixed(0)} ms of it`
      );
      const edit = await editLoop(browser, rate, rate === 1 ? 30 : 15);
      console.log(
        `  [${label}] committed edit → finding shown/removed: median ${edit.median.toFixed(1)} ms, p95 ${edit.p95.toFixed(1)} ms over ${edit.n} edits (target p95 ${rate === 1 ? 50 : 120} ms)`
      );
      console.log(
        `  [${label}] reads: a paste of 60 cells → ${edit.reads.paste}, a burst of 20 edits → ${edit.reads.burst} (load average now ${load()})`
      );
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
