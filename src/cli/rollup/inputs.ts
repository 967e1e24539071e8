// The files a command is given: a directory means every .xlsx directly in it (not its subfolders), without
// Excel's "~$" lock files and hidden files; files named one by one are taken as they are.
import { promises as fs } from "fs";
import { basename, join, resolve } from "path";

const skipped = (name: string) => name.startsWith("~$") || name.startsWith(".");

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
      .sort((a, b) => a.localeCompare(b, "vi", { numeric: true }));
    for (const name of names) {
      const path = join(arg, name);
      if (!excluded.has(resolve(path))) files.push(path);
    }
  }
  return files;
}

/** Writes a file whole or not at all: a temporary file beside it, then a rename. */
export async function writeWhole(path: string, data: Buffer): Promise<void> {
  const temp = join(resolve(path, ".."), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, path);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

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
