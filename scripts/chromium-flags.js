// Chromium's flags for headless runs on this project's Debian machines (notes/toolchain.md), shared by the
// end-to-end tests and `npm run bench:pane`.
module.exports = {
  CHROMIUM_FLAGS: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
