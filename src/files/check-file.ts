// One received file → its own result: the findings, or one Vietnamese line saying why it cannot be read.
// Whatever happens inside the reader ends here, as this file's error, never as another file's.
import { checkWorkbook, type Finding } from "../core";
import { ReportReadError } from "./read-error";
import { readFileBounded, readSnapshot } from "./read-snapshot";

export interface FileResult {
  file: string;
  forms?: string[];
  findings?: Finding[];
  /** Why the file cannot be read as a report (Vietnamese, one line). */
  error?: string;
}

export function unexpectedReadError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `tệp .xlsx có nội dung không đọc được (${detail.split("\n")[0].slice(0, 200)})`;
}

/** Any failure while reading or checking a file, as that file's one line. */
export function readFailure(error: unknown): string {
  return error instanceof ReportReadError ? error.message : unexpectedReadError(error);
}

export function checkBuffer(file: string, data: Buffer): FileResult {
  try {
    const result = checkWorkbook(readSnapshot(data));
    return { file, forms: result.forms, findings: result.findings };
  } catch (error) {
    return { file, error: readFailure(error) };
  }
}

export async function checkFile(file: string): Promise<FileResult> {
  let data: Buffer;
  try {
    data = await readFileBounded(file);
  } catch (error) {
    return { file, error: readFailure(error) };
  }
  return checkBuffer(file, data);
}
