// SHA-256 on the command line's side: node:crypto over the same bytes Web Crypto hashes in the pane. Its
// own module, so the readers in worker threads get it without loading ExcelJS.
import { createHash } from "node:crypto";
import type { Sha256 } from "../core";

export const nodeSha256: Sha256 = async (bytes) => createHash("sha256").update(bytes).digest("hex");

/** The hex SHA-256 of a file's bytes (its fingerprint as received). */
export const fileSha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
