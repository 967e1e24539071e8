// One received file → its own result: the findings, or one Vietnamese line saying why it cannot be read.
// Whatever happens inside the reader ends here, as this file's error, never as another file's.
import { checkWorkbook, type Finding, type WorkbookSnapshot } from "../core";
import { ReportReadError } from "./read-error";
import { readFileBounded, readSnapshot } from "./read-snapshot";

export interface FileResult {
  file: string;
  forms?: string[];
  findings?: Finding[];
  /** Why the file cannot be read as a report (Vietnamese, one line). */
  error?: string;
  /** The snapshot read, when asked for (aggregation, sign-off). */
  snapshot?: WorkbookSnapshot;
}

export interface CheckFileOptions {
  /** Also return the snapshot read. */
  snapshot?: boolean;
}

export function unexpectedReadError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `tệp .xlsx có nội dung không đọc được (${detail.split("\n")[0].slice(0, 200)})`;
}

export function checkBuffer(
  file: string,
  data: Buffer,
  options: CheckFileOptions = {}
): FileResult {
  try {
    const snapshot = readSnapshot(data);
    const result = checkWorkbook(snapshot);
    return {
      file,
      forms: result.forms,
      findings: result.findings,
      ...(options.snapshot ? { snapshot } : {}),
    };
  } catch (error) {
    return {
      file,
      error: error instanceof ReportReadError ? error.message : unexpectedReadError(error),
    };
  }
}

export async function checkFile(file: string, options: CheckFileOptions = {}): Promise<FileResult> {
  let data: Buffer;
  try {
    data = await readFileBounded(file);
  } catch (error) {
    return {
      file,
      error: error instanceof ReportReadError ? error.message : unexpectedReadError(error),
    };
  }
  return checkBuffer(file, data, options);
}
