// The file edge: templates written with ExcelJS; received reports read by a bounded reader of our own, in a
// pool of worker threads, for the command line and tests.
export * from "./check-file";
export * from "./digest-file";
export * from "./jobs";
export * from "./limits";
export * from "./pool";
export * from "./read-snapshot";
export * from "./report-file";
export * from "./sha256";
export * from "./write-template";
export * from "./sign-file";
