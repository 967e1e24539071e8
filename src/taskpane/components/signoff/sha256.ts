// SHA-256 in the pane: Web Crypto, over the same UTF-8 bytes node:crypto hashes for files.
import type { Sha256 } from "../../../core";

export const webSha256: Sha256 = async (bytes) => {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
};
