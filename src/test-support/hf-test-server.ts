import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A file the server offers under `/<repo>/resolve/<revision>/<file>`. */
export interface ServedFile {
  /** The bytes the server announces (their SHA-256 goes into X-Linked-ETag). */
  readonly bytes: Buffer;
  /** Bytes actually sent instead, to simulate corruption in transit. */
  readonly sent?: Buffer;
  /** Replaces the announced digest; null sends no X-Linked-ETag at all. */
  readonly linkedEtag?: string | null;
}

/** A running server: its base URL (use as the HF endpoint), what it was asked, and how to stop it. */
export interface HfTestServer {
  readonly url: string;
  /** Every request: its path and Range header, in order. */
  readonly requests: { path: string; range: string | undefined }[];
  close(): Promise<void>;
}

/** Behaviours of real servers that pyarena must cope with. */
export interface HfTestServerOptions {
  /** Answer 200 with the whole file even when a Range is asked for, as some servers do. */
  readonly ignoreRange?: boolean;
  /** Bytes per write; with `delayMs`, makes the download last long enough to interrupt. */
  readonly chunkBytes?: number;
  readonly delayMs?: number;
}

/** The digest a test expects, computed the way the hub computes X-Linked-ETag. */
export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * A local stand-in for huggingface.co that behaves like it where pyarena depends on it: the
 * `resolve` URL answers 302 with `X-Linked-ETag` (the SHA-256) and the CDN honours Range.
 */
export async function startHfTestServer(
  files: Readonly<Record<string, ServedFile>>,
  options: HfTestServerOptions = {},
): Promise<HfTestServer> {
  const requests: { path: string; range: string | undefined }[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push({ path, range: request.headers.range });
    const resolved = files[path];
    if (resolved !== undefined) {
      const linked = resolved.linkedEtag === undefined ? sha256(resolved.bytes) : resolved.linkedEtag;
      response.writeHead(302, {
        location: `/cdn${path}`,
        ...(linked === null
          ? {}
          : { "x-linked-etag": `"${linked}"`, "x-linked-size": String(resolved.bytes.length) }),
      });
      response.end();
      return;
    }
    const served = path.startsWith("/cdn/") ? files[path.slice(4)] : undefined;
    if (served === undefined) {
      response.writeHead(404).end("not found");
      return;
    }
    void sendBytes(request, response, served.sent ?? served.bytes, options);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function sendBytes(
  request: IncomingMessage,
  response: ServerResponse,
  bytes: Buffer,
  options: HfTestServerOptions,
): Promise<void> {
  const range = /^bytes=(\d+)-$/.exec(request.headers.range ?? "");
  let start = 0;
  if (range !== null && !options.ignoreRange) {
    start = Number(range[1]);
    if (start >= bytes.length) {
      response.writeHead(416, { "content-range": `bytes */${bytes.length}` }).end();
      return;
    }
    response.writeHead(206, {
      "content-length": String(bytes.length - start),
      "content-range": `bytes ${start}-${bytes.length - 1}/${bytes.length}`,
    });
  } else {
    response.writeHead(200, { "content-length": String(bytes.length) });
  }
  const step = options.chunkBytes ?? 64 * 1024;
  for (let at = start; at < bytes.length; at += step) {
    if (response.destroyed) return;
    response.write(bytes.subarray(at, Math.min(at + step, bytes.length)));
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
  }
  response.end();
}
