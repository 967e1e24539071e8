// Builds the preview bundle (production) into a temporary folder and serves it on a free localhost port:
// what the end-to-end tests open in Chromium.
import { createServer, type Server } from "http";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "fs";
import { tmpdir } from "os";
import { extname, join, normalize, resolve } from "path";
import webpack from "webpack";

const config = require("../../webpack.preview.config.js");

export interface PreviewServer {
  url: string;
  buildMs: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css",
};

function build(outDir: string, extra: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    webpack(config({ outDir, ...extra }, { mode: "production" }), (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

export async function startPreview(extraEnv: Record<string, string> = {}): Promise<PreviewServer> {
  // PREVIEW_BUILT=dist/preview reuses a build (`npm start` made it) while iterating on the tests.
  const prebuilt = process.env.PREVIEW_BUILT;
  const dir = prebuilt ? resolve(prebuilt) : mkdtempSync(join(tmpdir(), "thads-preview-"));
  const started = Date.now();
  if (!prebuilt) await build(dir, extraEnv);
  const buildMs = Date.now() - started;
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0])).replace(
      /^(\.\.[/\\])+/,
      ""
    );
    const file = join(dir, path === "/" ? "index.html" : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    buildMs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if (!prebuilt) rmSync(dir, { recursive: true, force: true });
      }),
  };
}
