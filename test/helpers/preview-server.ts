// Builds the preview bundle (production) into a temporary folder and serves it on a free localhost port:
// what the end-to-end tests open in Chromium. The e2e files share one build per source state: a production
// build takes minutes on a loaded 2-core machine, and two at once took longer than a test may wait.
import { createHash } from "crypto";
import { createServer, type Server } from "http";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  existsSync,
  statSync,
  writeFileSync,
} from "fs";
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

const ROOT = resolve(__dirname, "../..");

/** A key for what the build reads: every source file's path, size and time, the config, the lockfile. */
function sourceKey(extra: Record<string, string>): string {
  const hash = createHash("sha1").update(JSON.stringify(extra));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  walk(join(ROOT, "src"));
  for (const file of ["webpack.preview.config.js", "package-lock.json"]) {
    const stat = statSync(join(ROOT, file));
    hash.update(`${file}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

/** One build per source state, shared by the test files (and workers) that ask for it. */
async function sharedBuild(extra: Record<string, string>): Promise<string> {
  const dir = join(tmpdir(), `thads-preview-${sourceKey(extra)}`);
  const done = join(dir, ".built");
  if (existsSync(done)) return dir;
  try {
    mkdirSync(dir);
  } catch {
    // Another worker is building it: wait for its marker.
    for (let waited = 0; !existsSync(done); waited += 500) {
      if (waited > 15 * 60_000)
        throw new Error(`the shared preview build in ${dir} never finished`);
      await new Promise((r) => setTimeout(r, 500));
    }
    return dir;
  }
  try {
    await build(dir, extra);
    writeFileSync(done, "");
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return dir;
}

export async function startPreview(extraEnv: Record<string, string> = {}): Promise<PreviewServer> {
  // PREVIEW_BUILT=dist/preview reuses a build (`npm start` made it) while iterating on the tests.
  const prebuilt = process.env.PREVIEW_BUILT;
  const started = Date.now();
  const dir = prebuilt ? resolve(prebuilt) : await sharedBuild(extraEnv);
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
      }),
  };
}
