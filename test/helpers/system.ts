// Suites that need a system program (LibreOffice, Chromium, xmllint) skip with a visible notice when it is
// absent on a developer's machine, and fail in CI (CI is set), where .ci/run installs them.
import { existsSync } from "fs";
import { execFileSync } from "child_process";

export function findProgram(candidates: string[]): string | undefined {
  for (const c of candidates) {
    if (c.includes("/") ? existsSync(c) : whichOk(c)) return c;
  }
  return undefined;
}

function whichOk(name: string): boolean {
  try {
    execFileSync("which", [name], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** `describe` when the program exists; otherwise a skipped suite and a notice, or a failure in CI. */
export function describeWithProgram(
  label: string,
  candidates: string[],
  debianPackage: string,
  body: (program: string) => void
): void {
  const program = findProgram(candidates);
  if (program) {
    describe(label, () => body(program));
    return;
  }
  if (process.env.CI) {
    describe(label, () => {
      it(`needs ${candidates[0]} (Debian package ${debianPackage})`, () => {
        throw new Error(
          `${candidates[0]} is missing: CI must install the Debian package ${debianPackage}`
        );
      });
    });
    return;
  }

  console.warn(
    `NOTICE: skipping "${label}": ${candidates[0]} not found (apt-get install ${debianPackage}).`
  );
  describe.skip(label, () => body(""));
}
