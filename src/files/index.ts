// The file edge: templates written and reports read with ExcelJS, for the command line and tests.
export * from "./read-snapshot";
export * from "./write-template";
export * from "./sign-file";
