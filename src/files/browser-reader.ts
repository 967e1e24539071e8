// A received .xlsx read in the browser (the task pane's Tổng hợp): the bytes the officer chose → the same
// snapshot the command line reads from the same file (parse-snapshot.ts), under the same limits. Loaded only
// when the officer chooses files, in a chunk of its own.
import type { WorkbookSnapshot } from "../core";
import { openBrowserZip, MissingPart, streamInflate, type Inflate } from "./browser-zip";
import { damagedZip } from "./zip-format";
import { refuseNonReport, reportSnapshot } from "./parse-snapshot";

export { ReportReadError } from "./read-error";
export { canInflate } from "./browser-zip";

/** Where Excel, ExcelJS and LibreOffice put the parts a report's snapshot reads: inflated ahead. */
const USUAL_PARTS =
  /^(?:_rels\/\.rels|mimetype|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/worksheets\/[^/]+\.xml|xl\/sharedStrings\.xml|xl\/styles\.xml)$/;

/** At most this many parse runs for parts found elsewhere (a zip has at most LIMITS.entries parts). */
const MAX_RUNS = 64;

export async function readReportBytes(
  bytes: Uint8Array,
  inflate: Inflate = streamInflate
): Promise<WorkbookSnapshot> {
  refuseNonReport(bytes);
  const zip = openBrowserZip(bytes, inflate);
  await zip.prefetch(zip.names().filter((n) => USUAL_PARTS.test(n)));
  for (let run = 1; ; run++) {
    zip.restart();
    try {
      return reportSnapshot(zip);
    } catch (error) {
      if (!(error instanceof MissingPart)) throw error;
      if (run >= MAX_RUNS) throw damagedZip();
      await zip.prefetch([error.part], true);
    }
  }
}
