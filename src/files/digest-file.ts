// One received report read into what consolidation needs (its digest: input figures, identity, errors and
// the fingerprint of its bytes), in the worker that read it.
import { digestReport, type ReportDigest, type WorkbookSnapshot } from "../core";
import { fileSha256 } from "./sha256";

export type DigestResult = ReportDigest | { file: string; error: string };

export function digestOf(file: string, data: Buffer, snapshot: WorkbookSnapshot): ReportDigest {
  return digestReport({ file, snapshot, sha256: fileSha256(data) });
}
