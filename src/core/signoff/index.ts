// Review and sign-off, a workflow of its own over the same snapshot: the review sheet, the canonical text
// and its fingerprint, the record kept in the workbook, and verification (unsigned, signed, changed).
export * from "./canonical";
export * from "./messages";
export * from "./record";
export * from "./review";
export * from "./sign";
export * from "./verify";
export * from "./print";
export * from "./rules";
