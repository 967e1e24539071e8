/** A file that cannot be read as a report; `message` is one Vietnamese line for the officer. */
export class ReportReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportReadError";
  }
}
