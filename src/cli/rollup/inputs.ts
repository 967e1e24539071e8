// The files a command is given: a directory means every .xlsx directly in it (not its subfolders), without
// Excel's "~$" lock files and hidden files; files named one by one are taken as they are.
import { promises as fs } from "fs";
import { join, resolve } from "path";
import { writeFileAtomic } from "../write-file";

const skipped = (name: string) => name.startsWith("~$") || name.startsWith(".");
/** Vietnamese order, numbers by value (u2 before u10); one collator for the whole list. */
const byName = new Intl.Collator("vi", { numeric: true }).compare;

export async function expandInputs(args: string[], exclude: string[] = []): Promise<string[]> {
  const excluded = new Set(exclude.map((f) => resolve(f)));
  const files: string[] = [];
  for (const arg of args) {
    const stat = await fs.stat(arg).catch(() => undefined);
    if (!stat?.isDirectory()) {
      files.push(arg); // a missing file is reported as unreadable with the others
      continue;
    }
    const names = (await fs.readdir(arg, { withFileTypes: true }))
      .filter((e) => e.isFile() && /\.xlsx$/i.test(e.name) && !skipped(e.name))
      .map((e) => e.name)
      .sort(byName);
    for (const name of names) {
      const path = join(arg, name);
      if (!excluded.has(resolve(path))) files.push(path);
    }
  }
  return files;
}

/** Writes a file whole or not at all (see ../write-file.ts), failures in a plain sentence. */
export const writeWhole = (path: string, data: Buffer): Promise<void> =>
  writeFileAtomic(path, data);

/** A progress line on a terminal ("Đang kiểm tra 12/700 tệp…"), silent elsewhere and for a few files. */
export function progressLine(total: number, enabled: boolean, verb = "Đang kiểm tra") {
  const stream = process.stderr;
  const on = enabled && total > 5 && stream.isTTY === true;
  let last = 0;
  return {
    tick(done: number) {
      if (!on) return;
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      stream.write(`\r${verb} ${done}/${total} tệp…`);
    },
    end() {
      if (on) stream.write("\r\x1b[K");
    },
  };
}
