// The Tổng hợp tab's file reading, in a chunk loaded only when the officer chooses files: each file read in
// the browser into what consolidation needs (its digest), one at a time, each with its own result; nothing
// in one file may stop or falsify the reading of another.
import { digestReport, type ReportDigest } from "../../../core";
import { canInflate, readReportBytes, ReportReadError } from "../../../files/browser-reader";
import { LIMITS } from "../../../files/limits";
import { fileTooLarge } from "../../../files/zip-format";
import { webSha256 } from "../signoff/sha256";

export type ReadOutcome = { file: string; digest: ReportDigest } | { file: string; error: string };

/** The file's bytes (FileReader where Blob.arrayBuffer is missing, as in older webviews). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function")
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the pane paint its progress between files. */
const yieldToPaint = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readOne(file: File, unreadable: string): Promise<ReadOutcome> {
  if (file.size > LIMITS.fileBytes)
    return { file: file.name, error: fileTooLarge(file.size).message };
  try {
    const bytes = await bytesOf(file);
    const snapshot = await readReportBytes(bytes);
    const sha256 = await webSha256(bytes);
    return { file: file.name, digest: digestReport({ file: file.name, snapshot, sha256 }) };
  } catch (error) {
    if (error instanceof ReportReadError) return { file: file.name, error: error.message };
    return { file: file.name, error: unreadable };
  }
}

/**
 * Reads the chosen files in order, calling `onProgress` before each; `noInflate` is every file's result
 * where this webview cannot inflate (no DecompressionStream for raw deflate).
 */
export async function readReports(
  files: File[],
  onProgress: (done: number, file: string) => void,
  words: { noInflate: string; unreadable: string }
): Promise<ReadOutcome[]> {
  if (!canInflate()) return files.map((f) => ({ file: f.name, error: words.noInflate }));
  const outcomes: ReadOutcome[] = [];
  for (const [i, file] of files.entries()) {
    onProgress(i, file.name);
    await yieldToPaint();
    outcomes.push(await readOne(file, words.unreadable));
  }
  onProgress(files.length, "");
  return outcomes;
}
