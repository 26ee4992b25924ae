import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";

/**
 * A SHA-256 already fed with the first `bytes` of `path`. Resuming a download must hash what the
 * earlier attempt wrote, so the final digest covers the whole file without reading it twice.
 */
export async function hashFilePrefix(path: string, bytes: number): Promise<Hash> {
  const hash = createHash("sha256");
  if (bytes === 0) return hash;
  for await (const chunk of createReadStream(path, { start: 0, end: bytes - 1 })) {
    hash.update(chunk as Buffer);
  }
  return hash;
}
