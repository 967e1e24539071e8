// The end-to-end files' one set-up: the production preview served (one shared build per source state, see
// preview-server.ts), Chromium headless with the project's flags, one page open on the preview with its
// errors logged; all closed after the file. Skipped with a notice without Chromium, failed in CI.
import { mkdirSync } from "fs";
import { join } from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { describeWithProgram } from "./system";
import { startPreview, type PreviewServer } from "./preview-server";

const { CHROMIUM_FLAGS } = require("../../scripts/chromium-flags.js");

/** The shared production build of the preview: minutes on a loaded 2-core machine. */
const SETUP_MS = 600_000;

export interface PreviewOptions {
  viewport?: { width: number; height: number };
  /** Extra environment for the build (e.g. a pane width). */
  build?: Record<string, string>;
  /** Where `preview.shot(name)` saves its screenshots; created if missing. */
  screenshots?: string;
}

export interface PreviewPage {
  /** The page open on the preview; set before the file's own beforeAll hooks run. */
  readonly page: Page;
  readonly server: PreviewServer;
  /** Screenshot of the whole page, saved as `<name>.png` in the screenshots folder. */
  shot(name: string): Promise<unknown>;
}

/**
 * A suite in Chromium on the preview: `body` gets the preview page, open before its tests (and its own
 * `beforeAll` hooks) run.
 */
export function describeInPreview(
  label: string,
  options: PreviewOptions,
  body: (preview: PreviewPage) => void
): void {
  describeWithProgram(label, ["/usr/bin/chromium", "chromium"], "chromium", (chromiumPath) => {
    let browser: Browser | undefined;
    const state: { page?: Page; server?: PreviewServer } = {};
    const preview: PreviewPage = {
      get page() {
        if (!state.page) throw new Error("the preview page is not open yet");
        return state.page;
      },
      get server() {
        if (!state.server) throw new Error("the preview is not served yet");
        return state.server;
      },
      shot(name) {
        if (!options.screenshots) throw new Error(`${label}: no screenshots folder given`);
        return preview.page.screenshot({ path: join(options.screenshots, `${name}.png`) });
      },
    };

    beforeAll(async () => {
      if (options.screenshots) mkdirSync(options.screenshots, { recursive: true });
      state.server = await startPreview(options.build ?? {});
      console.log(`${label}: preview bundle ready in ${state.server.buildMs} ms`);
      browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_FLAGS });
      const page = await browser.newPage({
        viewport: options.viewport ?? { width: 1440, height: 900 },
      });
      page.on("pageerror", (error) => console.error(`page error: ${error.message}`));
      await page.goto(state.server.url);
      // The pane is usable once its main button shows.
      await page.getByRole("button", { name: "Thêm biểu mẫu", exact: true }).waitFor();
      state.page = page;
    }, SETUP_MS);

    afterAll(async () => {
      await browser?.close();
      await state.server?.close();
    });

    body(preview);
  });
}
