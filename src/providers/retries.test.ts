import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StreamEvent } from "../core/language-model.js";
import { isPyarenaError, PyarenaError } from "../core/pyarena-error.js";
import { FakeVendorServer } from "../test-support/fake-vendor-server.js";
import { modelFor, PROVIDER_CASES } from "../test-support/provider-cases.js";
import { describeSlow } from "../test-support/slow.js";
import { collectResponse } from "./collect-response.js";

const ask = { messages: [{ role: "user" as const, content: "Write add()." }] };
const TEXT = "def add(a, b):\n    return a + b\n";

async function failure(promise: Promise<unknown>): Promise<PyarenaError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PyarenaError)) throw new Error(`expected a PyarenaError, got ${String(error)}`);
  return error;
}

describe.each(PROVIDER_CASES)("$spec retries", (providerCase) => {
  let server: FakeVendorServer;
  beforeAll(async () => {
    server = await FakeVendorServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it("honours retry-after-ms on 429, then succeeds, and records the attempt", async () => {
    server.enqueue({ kind: "error", status: 429, retryAfterMs: 250 }, { kind: "reply", text: TEXT });
    const events: StreamEvent[] = [];
    const model = modelFor(server, providerCase);
    const started = performance.now();
    const response = await collectResponse(
      {
        ...model,
        stream: async function* (request) {
          for await (const event of model.stream(request)) {
            events.push(event);
            yield event;
          }
        },
      },
      ask,
    );
    expect(response.text).toBe(TEXT);
    expect(response.attempts).toHaveLength(1);
    expect(response.attempts[0]).toMatchObject({ attempt: 1, status: 429 });
    expect(response.attempts[0]?.waitMs).toBeGreaterThanOrEqual(250);
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    const gap = (server.requests.at(-1)?.receivedAt ?? 0) - (server.requests.at(-2)?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(250);
    expect(events.map((e) => e.type).slice(0, 3)).toEqual(["attempt", "retry", "attempt"]);
  });

  it("retries a 500 and a 503, then succeeds", async () => {
    server.enqueue(
      { kind: "error", status: 500 },
      { kind: "error", status: 503 },
      { kind: "reply", text: TEXT },
    );
    const response = await collectResponse(modelFor(server, providerCase), ask);
    expect(response.text).toBe(TEXT);
    expect(response.attempts.map((a) => a.status)).toEqual([500, 503]);
    expect(response.attempts[0]?.error).toContain("HTTP 500");
  });

  it("gives up after the last try with PROVIDER_HTTP listing every attempt", async () => {
    server.enqueue(...Array.from({ length: 3 }, () => ({ kind: "error" as const, status: 502 })));
    const before = server.requests.length;
    const error = await failure(collectResponse(modelFor(server, providerCase), ask));
    expect(error.code).toBe("PROVIDER_HTTP");
    expect(error.details).toHaveLength(3);
    expect(error.details[2]).toContain("attempt 3: HTTP 502");
    expect(server.requests.length - before).toBe(3);
  });

  it("does not retry a 400", async () => {
    server.enqueue({ kind: "error", status: 400, message: "bad parameter" }, { kind: "reply" });
    const before = server.requests.length;
    const error = await failure(collectResponse(modelFor(server, providerCase), ask));
    expect(error.code).toBe("PROVIDER_HTTP");
    expect(error.message).toContain("400");
    expect(error.details).toHaveLength(1);
    expect(server.requests.length - before).toBe(1);
  });

  it("reports an unknown model (404) as MODEL_NOT_AVAILABLE without retrying", async () => {
    server.enqueue({ kind: "error", status: 404, message: "model not found" });
    const error = await failure(collectResponse(modelFor(server, providerCase), ask));
    expect(error.code).toBe("MODEL_NOT_AVAILABLE");
  });

  it("retries a connection reset mid-stream and keeps only the successful attempt's text", async () => {
    server.enqueue(
      { kind: "reset", text: "partial answer that must vanish", afterChunks: 2 },
      { kind: "reply", text: TEXT },
    );
    const response = await collectResponse(modelFor(server, providerCase), ask);
    expect(response.text).toBe(TEXT);
    expect(response.attempts).toHaveLength(1);
    expect(response.attempts[0]?.status).toBeUndefined();
    expect(response.attempts[0]?.error).toMatch(/ECONNRESET|terminated|connection/i);
  });

  it("aborts a stalled stream and retries it", async () => {
    server.enqueue({ kind: "stall", text: "never finished", afterChunks: 1 }, { kind: "reply", text: TEXT });
    const started = performance.now();
    const response = await collectResponse(modelFor(server, providerCase), ask);
    expect(response.text).toBe(TEXT);
    expect(response.attempts).toHaveLength(1);
    expect(response.attempts[0]?.error).toContain("stalled");
    expect(response.attempts[0]?.durationMs).toBeGreaterThanOrEqual(300);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("fails with PROVIDER_STALL when every try stalls", async () => {
    server.enqueue(...Array.from({ length: 2 }, () => ({ kind: "stall" as const, afterChunks: 1 })));
    const error = await failure(
      collectResponse(
        modelFor(server, providerCase, { retry: { maxAttempts: 2, stallTimeoutMs: 150 } }),
        ask,
      ),
    );
    expect(error.code).toBe("PROVIDER_STALL");
    expect(error.details).toHaveLength(2);
  });

  it("applies the first-chunk timeout before any content", async () => {
    server.enqueue({ kind: "stall", afterChunks: 0 });
    const retry = { maxAttempts: 1, firstChunkTimeoutMs: 200, stallTimeoutMs: 10 };
    const started = performance.now();
    const error = await failure(collectResponse(modelFor(server, providerCase, { retry }), ask));
    expect(error.code).toBe("PROVIDER_STALL");
    expect(error.message).toContain("before the first chunk");
    expect(performance.now() - started).toBeGreaterThanOrEqual(200);
  });

  it("stops quickly when the request is aborted mid-stream", async () => {
    server.enqueue({ kind: "reply", text: "a b c d e f g h", chunks: 8, chunkDelayMs: 200 });
    const controller = new AbortController();
    const model = modelFor(server, providerCase);
    const pending = collectResponse(model, { ...ask, signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const abortedAt = performance.now();
    controller.abort();
    const error = await failure(pending);
    const took = performance.now() - abortedAt;
    expect(error.code).toBe("ABORTED");
    expect(took).toBeLessThan(100);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.active).toBe(0);
  });

  it("stops quickly when aborted during a backoff wait", async () => {
    server.enqueue({ kind: "error", status: 429, retryAfterMs: 5000 });
    const controller = new AbortController();
    const pending = collectResponse(modelFor(server, providerCase), { ...ask, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const started = performance.now();
    const error = await failure(pending);
    expect(isPyarenaError(error, "ABORTED")).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describeSlow("Retry-After in seconds and as an HTTP date", () => {
  const openai = PROVIDER_CASES[0];
  if (openai === undefined) throw new Error("no provider cases");

  it("waits at least the seconds given", async () => {
    await using server = await FakeVendorServer.start();
    server.enqueue({ kind: "error", status: 429, retryAfter: "1" }, { kind: "reply", text: TEXT });
    const response = await collectResponse(modelFor(server, openai), ask);
    const [first, second] = server.requests;
    expect(response.attempts[0]?.waitMs).toBeGreaterThanOrEqual(1000);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it("waits until the date given", async () => {
    await using server = await FakeVendorServer.start();
    const date = new Date(Date.now() + 2000);
    server.enqueue(
      { kind: "error", status: 503, retryAfter: date.toUTCString() },
      { kind: "reply", text: TEXT },
    );
    await collectResponse(modelFor(server, openai), ask);
    // HTTP dates have whole seconds: the wait reaches the (truncated) date.
    const truncated = Math.floor(date.getTime() / 1000) * 1000;
    expect(Date.now()).toBeGreaterThanOrEqual(truncated);
    expect(server.requests).toHaveLength(2);
  });

  it("refuses a Retry-After beyond the limit instead of waiting it out", async () => {
    await using server = await FakeVendorServer.start();
    server.enqueue({ kind: "error", status: 429, retryAfter: "3600" });
    const error = await failure(collectResponse(modelFor(server, openai), ask));
    expect(error.code).toBe("PROVIDER_HTTP");
    expect(error.message).toContain("exceeds the limit");
  });
});
