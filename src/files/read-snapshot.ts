// A received .xlsx file → the snapshot the checks take, on Node: the file read within its size limit and
// unzipped with zlib; the parsing itself (parse-snapshot.ts) is shared with the task pane's browser reader.
import { promises as fs, readFileSync, statSync } from "fs";
import type { WorkbookSnapshot } from "../core";
import { LIMITS } from "./limits";
import { refuseNonReport, reportSnapshot } from "./parse-snapshot";
import { ReportReadError } from "./read-error";
import { openZip } from "./zip";
import { fileTooLarge } from "./zip-format";

export { ReportReadError } from "./read-error";
export { readSnapshotFromZip } from "./parse-snapshot";

export async function readSnapshotFromBuffer(buffer: Buffer): Promise<WorkbookSnapshot> {
  return readSnapshot(buffer);
}

/** The synchronous reader (what workers run). */
export function readSnapshot(buffer: Buffer): WorkbookSnapshot {
  refuseNonReport(buffer);
  return reportSnapshot(openZip(buffer));
}

export async function readFileBounded(path: string): Promise<Buffer> {
  try {
    const stat = statSync(path); // does not wait on a pipe
    if (stat.isDirectory()) throw Object.assign(new Error(), { code: "EISDIR" });
    if (stat.size > LIMITS.fileBytes) throw fileTooLarge(stat.size);
    // A regular file is read at once (a worker reading file after file never waits on libuv's threads);
    // anything else (a pipe that may never end) is read asynchronously, so the pool's time limit stops it.
    return stat.isFile() ? readFileSync(path) : await fs.readFile(path);
  } catch (error) {
    if (error instanceof ReportReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportReadError(
      code === "ENOENT"
        ? "không tìm thấy tệp"
        : code === "EISDIR"
          ? "đây là thư mục, không phải tệp"
          : code === "EACCES" || code === "EPERM"
            ? "không có quyền đọc tệp"
            : "không đọc được tệp"
    );
  }
}

export async function readSnapshotFromFile(path: string): Promise<WorkbookSnapshot> {
  return readSnapshot(await readFileBounded(path));
}
