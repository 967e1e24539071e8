// The Tổng hợp tab's file reading, in a chunk loaded only when the officer chooses files: each file read in
// the browser into what consolidation needs (its digest), one at a time, each with its own result; nothing
// in one file may stop or falsify the reading of another.
import type { WorkbookSnapshot } from "../../../core/snapshot";
import { canInflate, readReportBytes, ReportReadError } from "../../../files/browser-reader";
import { LIMITS } from "../../../files/limits";
import { fileTooLarge } from "../../../files/zip-format";
import { webSha256 } from "../signoff/sha256";

/** A file read: its snapshot and fingerprint (checked and digested by the tab), or why it cannot be read. */
export type FileRead =
  { file: string; snapshot: WorkbookSnapshot; sha256: string } | { file: string; error: string };

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

async function readOne(file: File, unreadable: string): Promise<FileRead> {
  if (file.size > LIMITS.fileBytes)
    return { file: file.name, error: fileTooLarge(file.size).message };
  try {
    const bytes = await bytesOf(file);
    const snapshot = await readReportBytes(bytes);
    const sha256 = await webSha256(bytes);
    return { file: file.name, snapshot, sha256 };
  } catch (error) {
    if (error instanceof ReportReadError) return { file: file.name, error: error.message };
    return { file: file.name, error: unreadable };
  }
}

/**
 * Reads the chosen files in order, calling `onProgress` before each; `noInflate` is every file's result
 * where this webview cannot inflate (no DecompressionStream for raw deflate). Only the reader is here: the
 * checks and the consolidation are the pane's own code, already loaded.
 */
export async function readReports(
  files: File[],
  onProgress: (done: number, file: string) => void,
  words: { noInflate: string; unreadable: string },
  /** Each file's result as soon as it is read, so that no snapshot outlives its digest. */
  onRead: (read: FileRead) => void
): Promise<void> {
  for (const [i, file] of files.entries()) {
    onProgress(i, file.name);
    await yieldToPaint();
    onRead(
      canInflate()
        ? await readOne(file, words.unreadable)
        : { file: file.name, error: words.noInflate }
    );
  }
  onProgress(files.length, "");
}
