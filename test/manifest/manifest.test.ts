// The manifest validates offline against Microsoft's schemas, in development and as a production build
// pointing at a central deployment's URL; the production bundle stays within budget and without the preview.
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { describeWithProgram } from "../helpers/system";

const root = join(__dirname, "..", "..");
// Microsoft's schemas, kept in the repository (see schemas/README.md for their origin and patch).
const schema = join(__dirname, "schemas", "OfficeAppManifestV1_1.xsd");

const { manifestFor } = require("../../scripts/manifest-url");

const { bundleSize } = require("../../scripts/bundle-size");

function validate(xmllint: string, file: string) {
  return spawnSync(xmllint, ["--noout", "--schema", schema, file], { encoding: "utf8" });
}

describeWithProgram("manifest.xml", ["xmllint"], "libxml2-utils", (xmllint) => {
  const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

  it("validates against the add-in manifest schema", () => {
    const r = validate(xmllint, join(root, "manifest.xml"));
    expect(r.stderr).toContain("validates");
    expect(r.status).toBe(0);
  });

  it("is a Workbook task pane with ReadWriteDocument, the ExcelApi set the adapter needs, Vietnamese with English", () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(manifest).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(
      /id="Group.Label" DefaultValue="Biểu mẫu THADS">\s*<bt:Override Locale="en-US"/
    );
  });

  it("still validates when rewritten for a hosting URL, with no localhost left", () => {
    const dir = mkdtempSync(join(tmpdir(), "thads-manifest-"));
    const file = join(dir, "manifest.xml");
    writeFileSync(file, manifestFor(manifest, "https://thads.moj.example.vn/addin/"));
    expect(validate(xmllint, file).status).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain("localhost");
    expect(text).toContain("https://thads.moj.example.vn/addin/taskpane.html");
  });

  it("builds for production: dist/manifest.xml at ADDIN_PUBLIC_URL, office.js from the CDN, bundle ≤ 200 KB gzipped", () => {
    execFileSync(
      process.execPath,
      [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production"],
      {
        cwd: root,
        env: { ...process.env, ADDIN_PUBLIC_URL: "https://thads.moj.example.vn/addin" },
        stdio: "pipe",
      }
    );
    const dist = join(root, "dist");
    expect(validate(xmllint, join(dist, "manifest.xml")).status).toBe(0);
    expect(readFileSync(join(dist, "manifest.xml"), "utf8")).toContain(
      "https://thads.moj.example.vn/addin/assets/icon-32.png"
    );
    expect(readFileSync(join(dist, "taskpane.html"), "utf8")).toContain(
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
    const size = bundleSize(dist);

    console.log(`task pane bundle: ${size.gzipKB.toFixed(1)} KB gzipped`);
    expect(size.gzipKB).toBeLessThanOrEqual(200);
    const js = readdirSync(dist)
      .filter((f: string) => f.endsWith(".js"))
      .map((f: string) => readFileSync(join(dist, f), "utf8"))
      .join("");
    expect(js).not.toMatch(/HyperFormula|licenseKey/);
    expect(js).not.toMatch(
      /https?:\/\/(?!appsforoffice\.microsoft\.com|localhost|www\.w3\.org|reactjs\.org|react\.dev)[a-z0-9.-]+\.[a-z]{2,}\/[a-z]/i
    );
  }, 120_000);
});
