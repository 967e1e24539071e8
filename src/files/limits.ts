// What reading one received file may cost, and the refusal a file gets beyond it. A real report is well
// far under these (a sheet of a filled template: ~60 KB of XML, ~700 cells); the limits keep a hostile file
// from costing more than a second or two and a few hundred MB (figures: README, `npm run bench`).
export const LIMITS = {
  /** The file itself, as received. */
  fileBytes: 50 * 1024 * 1024,
  /** One part (a sheet, the shared strings) once inflated. */
  partBytes: 16 * 1024 * 1024,
  /** All parts read from one file, once inflated. */
  totalBytes: 48 * 1024 * 1024,
  /** Entries in the zip's directory. */
  entries: 10_000,
  /** Cells scanned in the sheets that hold the template. */
  cells: 500_000,
  /** Defined names. */
  names: 100_000,
  /** Checking one file in a worker, all included. */
  timeMs: 30_000,
  /** A worker's JavaScript heap. */
  heapMb: 512,
};

export const MB = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
