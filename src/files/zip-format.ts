// What the snapshot parser needs of a zip, and the refusals every zip reader gives, in one place: the Node
// reader (zip.ts, zlib) and the browser reader (browser-zip.ts, DecompressionStream) read the same directory
// under the same limits and refuse with the same words.
import { LIMITS, MB } from "./limits";
import { ReportReadError } from "./read-error";

/** A part's bytes, as far as the parser needs them: its text. */
export interface ZipPart {
  toString(encoding: "utf8" | "latin1"): string;
}

export interface Zip {
  names(): string[];
  has(name: string): boolean;
  /** The part's bytes, or undefined when absent. Refuses parts (and totals) beyond the limits. */
  read(name: string): ZipPart | undefined;
}

/** One entry of the zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export const ZIP_SIGNATURE = { end: 0x06054b50, central: 0x02014b50, local: 0x04034b50 };

/** A received file over the size a report may have, refused before it is read or unzipped. */
export const fileTooLarge = (bytes: number) =>
  new ReportReadError(
    `tệp nặng ${MB(bytes)}, quá giới hạn ${MB(LIMITS.fileBytes)} cho một báo cáo`
  );

export const damagedZip = () =>
  new ReportReadError("tệp .xlsx bị hỏng hoặc không đọc được (có thể tệp chưa được lưu trọn vẹn)");

export const zip64 = () =>
  new ReportReadError(
    `tệp quá lớn (định dạng zip64); giới hạn là ${MB(LIMITS.fileBytes)} cho một báo cáo`
  );

export const tooManyEntries = (count: number) =>
  new ReportReadError(`tệp chứa ${count} phần, quá giới hạn ${LIMITS.entries} phần`);

export const encryptedPart = () =>
  new ReportReadError("tệp được đặt mật khẩu; hãy lưu lại thành .xlsx không đặt mật khẩu");

export const partTooBig = (partName: string) =>
  new ReportReadError(
    `phần «${partName}» của tệp khi giải nén vượt quá giới hạn ${MB(LIMITS.partBytes)} (tổng ${MB(LIMITS.totalBytes)} cho một tệp); đây không phải một báo cáo bình thường`
  );

/** What may still be inflated for one part, given what the file's earlier parts took. */
export const partBudget = (inflatedSoFar: number) =>
  Math.min(LIMITS.partBytes, LIMITS.totalBytes - inflatedSoFar);
