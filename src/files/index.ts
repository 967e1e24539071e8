// The file edge: templates written with ExcelJS; received reports read by a bounded reader of our own, one
// file per worker, for the command line and tests.
export * from "./check-file";
export * from "./limits";
export * from "./pool";
export * from "./read-snapshot";
export * from "./write-template";
export * from "./sign-file";
