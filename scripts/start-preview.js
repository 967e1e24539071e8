// npm start: the preview in a browser over plain http on localhost (no certificates). It serves the production
// build, built once (again only when a source file is newer), every file compressed once in memory, hashed
// bundles cached for good: the pane shows at once. `npm run dev` (--watch) keeps the live-rebuilding server.
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");
const webpack = require("webpack");
const config = require("../webpack.preview.config.js");

const root = path.resolve(__dirname, "..");
const outDir = path.join(root, "dist", "preview");
const port = Number(process.env.PORT) || 3000;
const watch = process.argv.includes("--watch");

function newest(dir) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }
  return latest;
}

function upToDate() {
  const index = path.join(outDir, "index.html");
  if (!fs.existsSync(index)) return false;
  const sources = Math.max(
    newest(path.join(root, "src")),
    fs.statSync(path.join(root, "webpack.preview.config.js")).mtimeMs,
    fs.statSync(path.join(root, "package-lock.json")).mtimeMs
  );
  return fs.statSync(index).mtimeMs > sources;
}

function build() {
  return new Promise((resolve, reject) => {
    webpack(config({}, { mode: "production" }), (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    });
  });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/** Every file of the build, read and compressed once: brotli and gzip beside the plain bytes. */
function loadFiles() {
  const files = new Map();
  for (const name of fs.readdirSync(outDir)) {
    const full = path.join(outDir, name);
    if (!fs.statSync(full).isFile()) continue;
    const body = fs.readFileSync(full);
    const type = TYPES[path.extname(name)] ?? "application/octet-stream";
    const compressible = /text|javascript|svg/.test(type);
    files.set(`/${name}`, {
      type,
      body,
      br: compressible
        ? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9 } })
        : undefined,
      gzip: compressible ? zlib.gzipSync(body, { level: 9 }) : undefined,
      // Bundles carry a content hash in their name; index.html does not and is revalidated.
      cache: name === "index.html" ? "no-cache" : "public, max-age=31536000, immutable",
    });
  }
  return files;
}

function serve(files) {
  const server = http.createServer((req, res) => {
    const url = (req.url ?? "/").split("?")[0];
    const file = files.get(url === "/" ? "/index.html" : url);
    if (!file) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Không tìm thấy");
      return;
    }
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const encoding =
      file.br && /\bbr\b/.test(accepts)
        ? "br"
        : file.gzip && /gzip/.test(accepts)
          ? "gzip"
          : undefined;
    const body = encoding ? file[encoding] : file.body;
    res.writeHead(200, {
      "content-type": file.type,
      "cache-control": file.cache,
      "content-length": body.length,
      vary: "accept-encoding",
      ...(encoding ? { "content-encoding": encoding } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });
  server.on("error", (error) => {
    console.error(`Không khởi động được máy chủ xem trước trên cổng ${port}: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, "localhost", () =>
    console.log(`\nXem trước biểu mẫu THADS (preview): http://localhost:${port}/\n`)
  );
}

function serveWatching() {
  const WebpackDevServer = require("webpack-dev-server");
  const compiler = webpack(config({}, { mode: "development" }));
  const server = new WebpackDevServer(
    {
      host: "localhost",
      port,
      hot: false,
      liveReload: true,
      open: false,
      static: false,
      client: { overlay: { warnings: false } },
    },
    compiler
  );
  server.start().then(
    () => console.log(`\nXem trước (dev, tự dựng lại khi sửa mã): http://localhost:${port}/\n`),
    (error) => {
      console.error(`Không khởi động được máy chủ xem trước trên cổng ${port}: ${error.message}`);
      process.exit(1);
    }
  );
}

async function main() {
  if (watch) return serveWatching();
  if (upToDate()) console.log("Bản dựng xem trước đã có sẵn (dist/preview).");
  else {
    console.log("Đang dựng bản xem trước (một lần)…");
    const started = Date.now();
    await build();
    console.log(`Đã dựng trong ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
  serve(loadFiles());
}

main().catch((error) => {
  console.error(`Không dựng được bản xem trước: ${error.message}`);
  process.exit(1);
});
