import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { PyarenaError } from "../../core/pyarena-error.js";
import { hashFilePrefix } from "./hash-file.js";
import { resolveHfEndpoint } from "./hf-endpoint.js";
import { MODEL_ALTERNATIVES, MODEL_ALTERNATIVES_SHORT } from "./model-alternatives.js";
import { type CatalogueEntry, catalogueNames, catalogueUrl, findCatalogueEntry } from "./model-catalogue.js";
import { resolveModelsDir } from "./models-dir.js";
import { describeNetworkError } from "./network-error.js";

/** One progress report; `bytes` only grows, so a bar can be drawn from any one report. */
export interface PullProgress {
  /** Bytes of the file on disk so far, including what an earlier attempt left in `.part`. */
  readonly bytes: number;
  /** Size of the whole file, when the server says it. */
  readonly total: number | null;
  /** Average rate of this attempt (resumed bytes excluded). */
  readonly bytesPerSecond: number;
  readonly resumedFrom: number;
}

/** Everything is injectable so tests can download from a local server into a temporary folder. */
export interface PullOptions {
  readonly cacheDir?: string;
  /** Read for `PYARENA_MODELS_DIR`, `PYARENA_HF_ENDPOINT`, `HF_ENDPOINT`; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: PullProgress) => void;
  /** Defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** A Hugging Face endpoint; overrides the environment. */
  readonly baseUrl?: string;
  /** A download that receives nothing for this long fails (default 60 s), instead of hanging. */
  readonly stallTimeoutMs?: number;
}

/** What was downloaded and how it was verified, for the CLI to report. */
export interface PullResult {
  readonly name: string;
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Where the expected digest came from; `existing` when the file was already there. */
  readonly verifiedAgainst: "catalogue" | "x-linked-etag" | "existing";
  readonly resumedFrom: number;
  readonly wallMs: number;
}

const MAX_REDIRECTS = 10;
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Downloads a catalogue model into the models folder. Multi-gigabyte files over home connections
 * get interrupted, so bytes go to `<file>.part`, a later pull resumes it with a Range request, the
 * SHA-256 is computed while streaming, and only a verified file is renamed (atomically) to its
 * final name: a model file in the folder is always complete and the one the catalogue means.
 */
export async function pullModel(name: string, options: PullOptions = {}): Promise<PullResult> {
  const started = performance.now();
  const entry = findCatalogueEntry(name);
  if (entry === undefined) {
    throw new PyarenaError("USAGE", `unknown model "${name}"; known models: ${catalogueNames().join(", ")}`);
  }
  const dir = resolveModelsDir(options);
  const target = join(dir, entry.file);
  const existing = await sizeOf(target);
  if (existing !== null && (!entry.exactSize || existing === entry.bytes)) {
    return {
      name,
      path: target,
      bytes: existing,
      sha256: entry.sha256 ?? "",
      verifiedAgainst: "existing",
      resumedFrom: 0,
      wallMs: performance.now() - started,
    };
  }
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new PyarenaError(
      "DOWNLOAD_FAILED",
      `cannot create the models folder ${dir}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  });
  const endpoint = options.baseUrl ?? resolveHfEndpoint(options.env ?? process.env);
  const url = catalogueUrl(entry, endpoint);
  const part = `${target}.part`;
  try {
    const outcome = await download(entry, url, part, options);
    await rename(part, target);
    return { name, path: target, ...outcome, wallMs: performance.now() - started };
  } catch (error) {
    const partial = await sizeOf(part).catch(() => null);
    throw explain(error, url, partial ? part : null, options.signal);
  }
}

type Outcome = Pick<PullResult, "bytes" | "sha256" | "verifiedAgainst" | "resumedFrom">;

async function download(
  entry: CatalogueEntry,
  url: string,
  part: string,
  options: PullOptions,
): Promise<Outcome> {
  const fetchImpl = options.fetch ?? fetch;
  const stall = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stall.signal]) : stall.signal;
  const stallMs = options.stallTimeoutMs ?? 60_000;
  let timer = setTimeout(() => stall.abort(new StallError(stallMs)), stallMs);
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stall.abort(new StallError(stallMs)), stallMs);
  };
  try {
    let offset = (await sizeOf(part)) ?? 0;
    let response = await follow(fetchImpl, url, offset, signal, entry);
    if (response.status === 416 && offset > 0) {
      // The server has nothing after our offset: the .part is complete or bigger than the file.
      const done = await finishIfComplete(entry, part, offset, response.linkedSha256);
      if (done) return done;
      await rm(part, { force: true });
      offset = 0;
      response = await follow(fetchImpl, url, 0, signal, entry);
    }
    const expected = expectedDigest(entry, response.linkedSha256);
    if (response.status === 200 && offset > 0) offset = 0; // the server ignored Range: start over
    if (response.status !== 200 && response.status !== 206) {
      await response.body?.cancel();
      throw new PyarenaError("DOWNLOAD_FAILED", `${url} answered HTTP ${response.status}`);
    }
    const total = totalSize(response, offset);
    const hash = await hashFilePrefix(part, offset);
    const file = await open(part, offset > 0 ? "a" : "w");
    let bytes = offset;
    const since = performance.now();
    try {
      if (response.body === null) throw new PyarenaError("DOWNLOAD_FAILED", `${url} sent no body`);
      for await (const chunk of response.body) {
        alive();
        hash.update(chunk);
        await file.write(chunk);
        bytes += chunk.byteLength;
        const seconds = (performance.now() - since) / 1000;
        options.onProgress?.({
          bytes,
          total,
          bytesPerSecond: seconds > 0 ? (bytes - offset) / seconds : 0,
          resumedFrom: offset,
        });
      }
      await file.sync();
    } finally {
      await file.close();
    }
    if (total !== null && bytes !== total) {
      throw new PyarenaError("DOWNLOAD_FAILED", `the download ended at ${bytes} of ${total} bytes`);
    }
    const sha256 = hash.digest("hex");
    if (sha256 !== expected.sha256) {
      await rm(part, { force: true }); // corrupt: resuming it could never succeed
      throw new PyarenaError(
        "DOWNLOAD_FAILED",
        `checksum mismatch for ${entry.file}: got sha256 ${sha256}, expected ${expected.sha256} ` +
          `(from the ${expected.source === "catalogue" ? "catalogue" : "server's X-Linked-ETag"}); the download was deleted`,
      );
    }
    return { bytes, sha256, verifiedAgainst: expected.source, resumedFrom: offset };
  } finally {
    clearTimeout(timer);
  }
}

interface Followed {
  readonly status: number;
  readonly headers: Headers;
  readonly body: ReadableStream<Uint8Array> | null;
  /** Hugging Face's `X-Linked-ETag` (the LFS object's SHA-256), from whichever hop sent it. */
  readonly linkedSha256: string | null;
}

/**
 * Follows redirects by hand: the hub's `X-Linked-ETag` is on the 302 it answers before the CDN,
 * and an automatic redirect would throw those headers away.
 */
async function follow(
  fetchImpl: typeof fetch,
  start: string,
  offset: number,
  signal: AbortSignal,
  entry: CatalogueEntry,
): Promise<Followed> {
  let url = start;
  let linked: string | null = null;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const headers: Record<string, string> = { "user-agent": "pyarena" };
    if (offset > 0) headers.range = `bytes=${offset}-`;
    const response = await fetchImpl(url, { headers, redirect: "manual", signal });
    const announced = parseLinkedEtag(response.headers.get("x-linked-etag"));
    if (announced !== null) {
      linked = announced;
      // A file replaced upstream is refused here, before a single byte of it is fetched.
      if (entry.sha256 !== null && announced !== entry.sha256) await response.body?.cancel();
      expectedDigest(entry, announced);
    }
    const location = response.headers.get("location");
    if (response.status >= 300 && response.status < 400 && location !== null) {
      await response.body?.cancel();
      url = new URL(location, url).toString();
      continue;
    }
    return { status: response.status, headers: response.headers, body: response.body, linkedSha256: linked };
  }
  throw new PyarenaError("DOWNLOAD_FAILED", `more than ${MAX_REDIRECTS} redirects from ${start}`);
}

function parseLinkedEtag(value: string | null): string | null {
  if (value === null) return null;
  const digest = value.replace(/^W\//, "").replaceAll('"', "").trim().toLowerCase();
  return SHA256.test(digest) ? digest : null;
}

function expectedDigest(
  entry: CatalogueEntry,
  linked: string | null,
): { sha256: string; source: "catalogue" | "x-linked-etag" } {
  if (entry.sha256 !== null) {
    if (linked !== null && linked !== entry.sha256) {
      throw new PyarenaError(
        "DOWNLOAD_FAILED",
        `the server's ${entry.file} has sha256 ${linked}, but the catalogue expects ${entry.sha256}; ` +
          "the file was replaced upstream, so pyarena will not use it under this name",
      );
    }
    return { sha256: entry.sha256, source: "catalogue" };
  }
  if (linked === null) {
    throw new PyarenaError(
      "DOWNLOAD_FAILED",
      `the server sent no X-Linked-ETag for ${entry.file}, so the download cannot be verified`,
      { details: ["use the Hugging Face hub or a mirror that passes its headers through"] },
    );
  }
  return { sha256: linked, source: "x-linked-etag" };
}

function totalSize(response: Followed, offset: number): number | null {
  if (response.status === 206) {
    const match = /^bytes (\d+)-\d+\/(\d+)$/.exec(response.headers.get("content-range") ?? "");
    if (match === null || Number(match[1]) !== offset) {
      throw new PyarenaError("DOWNLOAD_FAILED", "the server resumed at a different offset than asked");
    }
    return Number(match[2]);
  }
  const length = response.headers.get("content-length");
  return length === null ? null : Number(length);
}

async function finishIfComplete(
  entry: CatalogueEntry,
  part: string,
  size: number,
  linked: string | null,
): Promise<Outcome | null> {
  const expected = expectedDigest(entry, linked);
  const sha256 = (await hashFilePrefix(part, size)).digest("hex");
  if (sha256 !== expected.sha256) return null;
  return { bytes: size, sha256, verifiedAgainst: expected.source, resumedFrom: size };
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new PyarenaError("DOWNLOAD_FAILED", `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

class StallError extends Error {
  constructor(ms: number) {
    super(`no data for ${Math.round(ms / 1000)} s`);
  }
}

/** Every failure as a PyarenaError that says what happened and what the user can do next. */
function explain(
  error: unknown,
  url: string,
  part: string | null,
  signal: AbortSignal | undefined,
): PyarenaError {
  const keep =
    part === null
      ? "nothing was written"
      : `the partial download stays in ${part} and the next pull resumes it`;
  if (signal?.aborted) {
    return new PyarenaError("ABORTED", `download interrupted; ${keep}`, { cause: error });
  }
  if (error instanceof PyarenaError) return error;
  if (error instanceof StallError || (error as Error).cause instanceof StallError) {
    return new PyarenaError("DOWNLOAD_FAILED", `download stalled (${(error as Error).message}); ${keep}`, {
      cause: error,
    });
  }
  const failure = describeNetworkError(error);
  const host = new URL(url).host;
  if (failure.offline) {
    return new PyarenaError(
      "DOWNLOAD_FAILED",
      `cannot reach ${host} (${failure.code}): this machine looks offline or cannot resolve the name. ` +
        `Set PYARENA_HF_ENDPOINT (or HF_ENDPOINT) to use a mirror, or copy the file into the models folder. ` +
        MODEL_ALTERNATIVES_SHORT,
      { cause: error, details: [keep, "or use instead:", ...MODEL_ALTERNATIVES.map((line) => `- ${line}`)] },
    );
  }
  return new PyarenaError(
    "DOWNLOAD_FAILED",
    `download from ${host} failed: ${failure.text}; ${keep}. ${MODEL_ALTERNATIVES_SHORT}`,
    { cause: error, details: ["or use instead:", ...MODEL_ALTERNATIVES.map((line) => `- ${line}`)] },
  );
}
