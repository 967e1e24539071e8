// npm run start:excel — Windows or Mac with Excel installed: serve the add-in over https on localhost:3000
// and sideload manifest.xml into Excel. Office's own tools do the sideloading; they cannot be installed or run
// on Linux (see README), so this script explains the steps where they are missing.
const { spawn, spawnSync } = require("child_process");

const steps = [
  "1. npx office-addin-dev-certs install      (once: a trusted localhost certificate)",
  "2. npx webpack serve --mode development    (serves https://localhost:3000/)",
  "3. npx office-addin-debugging start manifest.xml desktop   (opens Excel with the add-in sideloaded)",
  "   Excel on the web: Home › Add-ins › More add-ins › Upload My Add-in › manifest.xml",
];

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.log(
    "Excel runs on Windows, Mac and the web, not here. To sideload on a machine with Excel:"
  );
  steps.forEach((s) => console.log(s));
  console.log("\nWithout Excel, `npm start` opens the same task pane in the browser preview.");
  process.exit(0);
}

const have =
  spawnSync("npx", ["--no-install", "office-addin-debugging", "--version"], { shell: true })
    .status === 0;
if (!have) {
  console.log(
    "office-addin-debugging is not installed. Install it once with: npm install --no-save office-addin-debugging"
  );
  steps.forEach((s) => console.log(s));
  process.exit(1);
}
const child = spawn("npx", ["office-addin-debugging", "start", "manifest.xml", "desktop"], {
  stdio: "inherit",
  shell: true,
});
child.on("exit", (code) => process.exit(code ?? 0));
