import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isPyarenaError, type PyarenaError } from "../../core/pyarena-error.js";
import {
  type HfTestServer,
  type ServedFile,
  sha256,
  startHfTestServer,
} from "../../test-support/hf-test-server.js";
import { type CatalogueEntry, findCatalogueEntry } from "./model-catalogue.js";
import { type PullProgress, pullModel } from "./pull-model.js";

function entry(name: string): CatalogueEntry {
  const found = findCatalogueEntry(name);
  if (found === undefined) throw new Error(`catalogue lost ${name}`);
  return found;
}

/** The 1.5b entry has no recorded digest, so it is verified against X-Linked-ETag. */
const UNPINNED = entry("qwen2.5-coder-1.5b");
/** The 0.5b entry has its SHA-256 in the catalogue. */
const PINNED = entry("qwen2.5-coder-0.5b");
const resolvePath = (e: CatalogueEntry) => `/${e.repo}/resolve/${e.revision}/${e.file}`;

const servers: HfTestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function serve(files: Record<string, ServedFile>, options = {}): Promise<HfTestServer> {
  const server = await startHfTestServer(files, options);
  servers.push(server);
  return server;
}

async function rejection(promise: Promise<unknown>): Promise<PyarenaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPyarenaError(error)) throw new Error(`expected a PyarenaError, got ${String(error)}`);
  return error;
}

const folder = () => mkdtempSync(join(tmpdir(), "pyarena-pull-"));

describe("pullModel", () => {
  const model = randomBytes(300_000);

  it("downloads with progress, verifies the X-Linked-ETag digest and renames the file into place", async () => {
    const server = await serve({ [resolvePath(UNPINNED)]: { bytes: model } });
    const dir = folder();
    const progress: PullProgress[] = [];
    const result = await pullModel(UNPINNED.name, {
      cacheDir: dir,
      env: { PYARENA_HF_ENDPOINT: server.url },
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({
      bytes: model.length,
      sha256: sha256(model),
      verifiedAgainst: "x-linked-etag",
    });
    expect(readFileSync(join(dir, UNPINNED.file)).equals(model)).toBe(true);
    expect(existsSync(join(dir, `${UNPINNED.file}.part`))).toBe(false);
    expect(progress.length).toBeGreaterThan(1);
    for (let i = 1; i < progress.length; i++)
      expect(progress[i]?.bytes).toBeGreaterThan(progress[i - 1]?.bytes ?? 0);
    expect(progress.at(-1)).toMatchObject({ bytes: model.length, total: model.length, resumedFrom: 0 });
    expect(progress.at(-1)?.bytesPerSecond).toBeGreaterThan(0);

    const again = await pullModel(UNPINNED.name, { cacheDir: dir, baseUrl: server.url });
    expect(again.verifiedAgainst).toBe("existing");
  });

  it("honours HF_ENDPOINT when PYARENA_HF_ENDPOINT is not set", async () => {
    const server = await serve({ [resolvePath(UNPINNED)]: { bytes: model } });
    const result = await pullModel(UNPINNED.name, { cacheDir: folder(), env: { HF_ENDPOINT: server.url } });
    expect(result.sha256).toBe(sha256(model));
    expect(server.requests[0]?.path).toBe(resolvePath(UNPINNED));
  });

  it("rejects a corrupt download and deletes it", async () => {
    const corrupt = Buffer.from(model);
    corrupt[1234] = (corrupt[1234] ?? 0) ^ 0xff;
    const server = await serve({ [resolvePath(UNPINNED)]: { bytes: model, sent: corrupt } });
    const dir = folder();
    const error = await rejection(pullModel(UNPINNED.name, { cacheDir: dir, baseUrl: server.url }));
    expect(error.code).toBe("DOWNLOAD_FAILED");
    expect(error.message).toContain("checksum mismatch");
    expect(existsSync(join(dir, UNPINNED.file))).toBe(false);
    expect(existsSync(join(dir, `${UNPINNED.file}.part`))).toBe(false);
  });

  it("refuses a file whose server digest differs from the catalogue's, before downloading it", async () => {
    const server = await serve({ [resolvePath(PINNED)]: { bytes: model } });
    const error = await rejection(pullModel(PINNED.name, { cacheDir: folder(), baseUrl: server.url }));
    expect(error.code).toBe("DOWNLOAD_FAILED");
    expect(error.message).toContain(PINNED.sha256 ?? "");
    expect(server.requests.some((r) => r.path.startsWith("/cdn/"))).toBe(false);
  });

  it("refuses to keep a download it cannot verify", async () => {
    const server = await serve({ [resolvePath(UNPINNED)]: { bytes: model, linkedEtag: null } });
    const error = await rejection(pullModel(UNPINNED.name, { cacheDir: folder(), baseUrl: server.url }));
    expect(error.message).toMatch(/no X-Linked-ETag/);
  });

  it("resumes from a .part file with a Range request", async () => {
    const server = await serve({ [resolvePath(UNPINNED)]: { bytes: model } });
    const dir = folder();
    writeFileSync(join(dir, `${UNPINNED.file}.part`), model.subarray(0, 100_000));
    const progress: PullProgress[] = [];
    const result = await pullModel(UNPINNED.name, {
      cacheDir: dir,
      baseUrl: server.url,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toMatchObject({ resumedFrom: 100_000, sha256: sha256(model), bytes: model.length });
    expect(server.requests.find((r) => r.path.startsWith("/cdn/"))?.range).toBe("bytes=100000-");
    expect(progress[0]?.bytes).toBeGreaterThan(100_000);
    expect(readFileSync(join(dir, UNPINNED.file)).equals(model)).toBe(true);
  });

  it("starts over when the server ignores Range, and finishes a .part that is already complete", async () => {
    const ignoring = await serve({ [resolvePath(UNPINNED)]: { bytes: model } }, { ignoreRange: true });
    const dir = folder();
    writeFileSync(join(dir, `${UNPINNED.file}.part`), model.subarray(0, 5_000));
    const restarted = await pullModel(UNPINNED.name, { cacheDir: dir, baseUrl: ignoring.url });
    expect(restarted).toMatchObject({ resumedFrom: 0, sha256: sha256(model) });

    const server = await serve({ [resolvePath(UNPINNED)]: { bytes: model } });
    const other = folder();
    writeFileSync(join(other, `${UNPINNED.file}.part`), model);
    const finished = await pullModel(UNPINNED.name, { cacheDir: other, baseUrl: server.url });
    expect(finished).toMatchObject({ resumedFrom: model.length, sha256: sha256(model) });
    expect(readFileSync(join(other, UNPINNED.file)).equals(model)).toBe(true);
  });

  it("keeps the .part when interrupted, so the next pull resumes it", async () => {
    const server = await serve(
      { [resolvePath(UNPINNED)]: { bytes: model } },
      { chunkBytes: 16_384, delayMs: 5 },
    );
    const dir = folder();
    const controller = new AbortController();
    const error = await rejection(
      pullModel(UNPINNED.name, {
        cacheDir: dir,
        baseUrl: server.url,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.bytes >= 50_000) controller.abort();
        },
      }),
    );
    expect(error.code).toBe("ABORTED");
    expect(error.message).toContain(".part");
    const resumed = await pullModel(UNPINNED.name, { cacheDir: dir, baseUrl: server.url });
    expect(resumed.resumedFrom).toBeGreaterThanOrEqual(50_000);
    expect(resumed.sha256).toBe(sha256(model));
  });

  it("gives up on a download that stops sending data", async () => {
    const server = await serve(
      { [resolvePath(UNPINNED)]: { bytes: model } },
      { chunkBytes: 100_000, delayMs: 2_000 },
    );
    const dir = folder();
    const error = await rejection(
      pullModel(UNPINNED.name, { cacheDir: dir, baseUrl: server.url, stallTimeoutMs: 200 }),
    );
    expect(error.code).toBe("DOWNLOAD_FAILED");
    expect(error.message).toMatch(/stalled/);
    expect(existsSync(join(dir, `${UNPINNED.file}.part`))).toBe(true);
  });

  it("explains an offline machine (no DNS) and offers the alternatives", async () => {
    const error = await rejection(
      pullModel(UNPINNED.name, { cacheDir: folder(), baseUrl: "http://pyarena-offline-test.invalid" }),
    );
    expect(error.code).toBe("DOWNLOAD_FAILED");
    expect(error.message).toMatch(/cannot reach pyarena-offline-test\.invalid \((ENOTFOUND|EAI_AGAIN)\)/);
    expect(error.message).toContain("offline");
    for (const alternative of ["OPENAI_API_KEY", "ollama:<model>", "openai-compatible:<url>#<model>"]) {
      expect(error.message).toContain(alternative);
    }
    expect(error.details.join("\n")).toContain("nothing was written");
  });

  it("explains a refused connection the same way", async () => {
    const port = await closedPort();
    const error = await rejection(
      pullModel(UNPINNED.name, { cacheDir: folder(), baseUrl: `http://127.0.0.1:${port}` }),
    );
    expect(error.code).toBe("DOWNLOAD_FAILED");
    expect(error.message).toContain("ECONNREFUSED");
  });

  it("rejects names that are not in the catalogue", async () => {
    const error = await rejection(pullModel("no-such-model", { cacheDir: folder() }));
    expect(error.code).toBe("USAGE");
    expect(error.message).toContain("qwen2.5-coder-0.5b");
  });
});

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}
