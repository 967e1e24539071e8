// LibreOffice headless as an independent spreadsheet engine: recalculates .xlsx files on load (a fresh profile
// with OOXMLRecalcMode = 0: LibreOffice does not recalculate xlsx files on load otherwise) and saves them with the computed values.
import { execFileSync } from "child_process";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";

const PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/**
 * Recalculates the given files in one soffice call; returns the recalculated files' contents, in order.
 * `target` converts to another format instead (e.g. "fods" to edit a cell as LibreOffice saves it).
 */
export function recalculate(
  soffice: string,
  files: { name: string; data: Buffer }[],
  target = "xlsx:Calc MS Excel 2007 XML"
): Buffer[] {
  const work = mkdtempSync(join(tmpdir(), "thads-lo-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE);
  const input = join(work, "in");
  const output = join(work, "out");
  mkdirSync(input);
  mkdirSync(output);
  const paths = files.map((f) => {
    const path = join(input, f.name);
    writeFileSync(path, f.data);
    return path;
  });
  execFileSync(
    soffice,
    [
      "--headless",
      "--norestore",
      `-env:UserInstallation=file://${profile}`,
      "--convert-to",
      target,
      "--outdir",
      output,
      ...paths,
    ],
    { stdio: "pipe", timeout: 120_000 }
  );
  const ext = target.split(":")[0];
  return paths.map((p) => readFileSync(join(output, basename(p).replace(/\.[^.]+$/, `.${ext}`))));
}
