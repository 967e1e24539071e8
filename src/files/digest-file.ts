// One received file read into what consolidation needs (its digest), or the reason it cannot be read.
import { createHash } from "crypto";
import { promises as fs } from "fs";
import { digestReport, type ReportDigest } from "../../core";
import { ReportReadError, readSnapshotFromBuffer } from "../../files";

/** Reads one received file into what consolidation needs; an unreadable file gives its reason. */
export async function digestFile(
  file: string
): Promise<ReportDigest | { file: string; error: string }> {
  let buffer: Buffer;
  try {
    buffer = await fs.readFile(file);
  } catch {
    return { file, error: "không đọc được tệp" };
  }
  try {
    const snapshot = await readSnapshotFromBuffer(buffer);
    const sha256 = createHash("sha256").update(buffer).digest("hex");
    return digestReport({ file, snapshot, sha256 });
  } catch (error) {
    if (error instanceof ReportReadError) return { file, error: error.message };
    throw error;
  }
}
