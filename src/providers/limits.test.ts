import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { FakeVendorServer } from "../test-support/fake-vendor-server.js";
import { FAST_RETRY, PROVIDER_CASES } from "../test-support/provider-cases.js";
import { collectResponse } from "./collect-response.js";
import { createLanguageModel } from "./create-language-model.js";
import { ProviderLimiters } from "./provider-limiters.js";
import { RateLimiter } from "./rate-limiter.js";

const ask = { messages: [{ role: "user" as const, content: "hi" }] };
const openai = PROVIDER_CASES[0] as (typeof PROVIDER_CASES)[number];

describe("provider limits against the fake vendor", () => {
  let server: FakeVendorServer;
  beforeAll(async () => {
    server = await FakeVendorServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  function models(limiters: ProviderLimiters, ...specs: string[]) {
    return specs.map((spec) =>
      createLanguageModel(spec, {
        env: openai.env,
        baseUrl: server.baseUrlFor("openai"),
        limiters,
        retry: FAST_RETRY,
      }),
    );
  }

  it("never has more requests in flight than the concurrency limit, across models of a provider", async () => {
    server.defaultBehaviour = { kind: "reply", firstChunkDelayMs: 150 };
    const limiters = new ProviderLimiters({ openai: { concurrency: 2 } });
    const [a, b] = models(limiters, "openai:gpt-4o", "openai:gpt-4o-mini");
    const started = performance.now();
    const responses = await Promise.all(
      [a, b, a, b, a, b].map((model) => collectResponse(model as NonNullable<typeof model>, ask)),
    );
    const elapsed = performance.now() - started;
    console.log(
      `6 requests, concurrency 2, 150 ms each: ${elapsed.toFixed(0)} ms, max in flight ${server.maxActive}`,
    );
    expect(server.maxActive).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(3 * 150);
    // Waiting for a slot is not latency: the last pair queued ≥ 300 ms, yet measures about 150 ms.
    const ttfts = responses.map(({ timing }) => timing.ttftMs ?? Number.NaN);
    console.log(`ttft of the 6 responses: ${ttfts.map((t) => t.toFixed(1)).join(", ")} ms`);
    for (const ttft of ttfts) expect(ttft).toBeLessThan(150 + 250);
  });

  it("spaces request starts to the requests-per-minute limit", async () => {
    const limiters = new ProviderLimiters({ openai: { requestsPerMinute: 600 } }); // one per 100 ms
    const [model] = models(limiters, "openai:gpt-4o");
    const sent: number[] = [];
    const t0 = performance.now();
    const run = async (): Promise<void> => {
      for await (const event of (model as NonNullable<typeof model>).stream(ask)) {
        if (event.type === "attempt") sent.push(event.at);
      }
    };
    await Promise.all(Array.from({ length: 5 }, run));
    sent.sort((x, y) => x - y);
    const offsets = sent.map((at) => at - t0);
    console.log(`rpm 600: requests sent at ${offsets.map((g) => g.toFixed(1)).join(", ")} ms`);
    for (const [i, offset] of offsets.entries()) expect(offset).toBeGreaterThanOrEqual(i * 100);
    expect(server.requests).toHaveLength(5);
  });

  it("keeps separate providers apart", async () => {
    server.defaultBehaviour = { kind: "reply", firstChunkDelayMs: 150 };
    const limiters = new ProviderLimiters({ openai: { concurrency: 1 }, deepseek: { concurrency: 1 } });
    const env = { ...openai.env, DEEPSEEK_API_KEY: "k" };
    const [a, b] = ["openai:gpt-4o", "deepseek:deepseek-chat"].map((spec) =>
      createLanguageModel(spec, { env, baseUrl: server.baseUrlFor("openai"), limiters, retry: FAST_RETRY }),
    );
    await Promise.all([a, b].map((model) => collectResponse(model as NonNullable<typeof model>, ask)));
    expect(server.maxActive).toBe(2);
  });
});

describe("RateLimiter", () => {
  it("grants starts no closer than 60000/rpm ms apart", async () => {
    const limiter = new RateLimiter({ requestsPerMinute: 1200 }); // one per 50 ms
    const granted: number[] = [];
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        const release = await limiter.acquire();
        granted.push(performance.now());
        release();
      }),
    );
    const offsets = granted.map((at) => at - t0);
    console.log(`rpm 1200: grants at ${offsets.map((g) => g.toFixed(1)).join(", ")} ms`);
    // The i-th start is due i × 50 ms after the first could start; scheduling noise only delays.
    for (const [i, offset] of offsets.entries()) expect(offset).toBeGreaterThanOrEqual(i * 50);
  });

  it("lets an aborted request leave the rate-limit wait at once", async () => {
    const limiter = new RateLimiter({ requestsPerMinute: 60 });
    (await limiter.acquire())();
    const controller = new AbortController();
    const pending = limiter.acquire(controller.signal);
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    await expect(pending).rejects.toMatchObject({ code: "ABORTED" });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("serves waiters in arrival order and lets an aborted waiter leave the queue", async () => {
    const limiter = new RateLimiter({ concurrency: 1 });
    const release = await limiter.acquire();
    const order: string[] = [];
    const controller = new AbortController();
    const first = limiter.acquire().then((r) => {
      order.push("first");
      return r;
    });
    const aborted = limiter.acquire(controller.signal).catch((e: unknown) => {
      order.push("aborted");
      return e;
    });
    const third = limiter.acquire().then((r) => {
      order.push("third");
      r();
    });
    controller.abort();
    await aborted;
    release();
    (await first)();
    await third;
    expect(order).toEqual(["aborted", "first", "third"]);
  });
});
