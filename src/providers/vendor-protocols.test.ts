import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeVendorServer } from "../test-support/fake-vendor-server.js";
import { modelFor, PROVIDER_CASES } from "../test-support/provider-cases.js";
import { describeSlow } from "../test-support/slow.js";
import { collectResponse } from "./collect-response.js";
import { countTokens } from "./count-tokens.js";

const TEXT = "```python\ndef add(a: int, b: int) -> int:\n    return a + b\n```\nDone — ünïcödé ✓.";
const THINKING = "The user wants addition. Two ints in, their sum out.";
const ask = { messages: [{ role: "user" as const, content: "Write add()." }] };

/** Timing runs per check. */
const RUNS = 7;

/**
 * Checks measured-minus-injected latencies. A measured time can never be below the injected
 * delay (the server waits that long after the request arrived), so every error must be ≥ 0; a
 * negative one would mean we start the clock late or stamp chunks early. Scheduling noise on a
 * loaded machine only ever adds, so the smallest error of the runs shows the bias of the
 * measurement itself, and that is what must stay small. All runs are printed.
 */
function checkErrors(what: string, errors: readonly number[]): void {
  const sorted = [...errors].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  const best = sorted[0] ?? Number.NaN;
  const shown = errors.map((e) => e.toFixed(1)).join(", ");
  console.log(`${what}: error best ${best.toFixed(2)} ms, median ${median.toFixed(2)} ms (runs: ${shown})`);
  expect(best).toBeGreaterThanOrEqual(-1);
  expect(best).toBeLessThan(15);
}

describe.each(PROVIDER_CASES)("$spec against the fake vendor", (providerCase) => {
  let server: FakeVendorServer;
  beforeAll(async () => {
    server = await FakeVendorServer.start();
  });
  afterAll(() => server.close());

  it("streams the text intact and uses the API's usage", async () => {
    server.enqueue({ kind: "reply", text: TEXT, chunks: 7, usage: { input: 21, output: 33, reasoning: 0 } });
    const response = await collectResponse(modelFor(server, providerCase), ask);
    expect(response.text).toBe(TEXT);
    expect(response.reasoning).toBe("");
    expect(response.finishReason).toBe("stop");
    expect(response.timing).toMatchObject({ outputTokens: 33, tokenSource: "api", inputTokens: 21 });
    expect(response.attempts).toEqual([]);
  });

  it("sends the key, the model id and the parameters", async () => {
    server.enqueue({ kind: "reply" });
    const model = modelFor(server, providerCase);
    await collectResponse(model, { ...ask, temperature: 0.25, maxOutputTokens: 321, seed: 7 });
    const request = server.requests.at(-1);
    expect(request?.model).toBe(model.modelId);
    if (providerCase.auth) expect(request?.headers[providerCase.auth[0]]).toBe(providerCase.auth[1]);
    const body = JSON.stringify(request?.body);
    expect(body).toContain("Write add().");
    expect(body).toContain("0.25");
    expect(body).toContain("321");
    if (providerCase.protocol === "ollama") {
      expect(request?.body.options).toMatchObject({ temperature: 0.25, num_predict: 321, seed: 7 });
    }
  });

  it("keeps thinking apart and counts it", async () => {
    server.enqueue({ kind: "reply", text: TEXT, thinking: THINKING, usage: { output: 40, reasoning: 12 } });
    const response = await collectResponse(modelFor(server, providerCase), ask);
    expect(response.text).toBe(TEXT);
    expect(response.reasoning).toBe(providerCase.thinking ? THINKING : "");
    expect(response.timing.outputTokens).toBe(40);
    // Anthropic and Ollama report no separate thinking count: ours comes from the tokenizer.
    const apiCountsThinking = !["anthropic", "ollama"].includes(providerCase.protocol);
    const expectedReasoning = apiCountsThinking ? 12 : await countTokens(THINKING);
    expect(response.timing.reasoningTokens).toBe(expectedReasoning);
    if (providerCase.thinking) expect(response.timing.thinkingTtftMs).not.toBeNull();
  });

  it("counts tokens with the tokenizer, and says so, when usage is missing", async () => {
    server.enqueue({ kind: "reply", text: TEXT, thinking: THINKING, omitUsage: true });
    const response = await collectResponse(modelFor(server, providerCase), ask);
    const visible = providerCase.thinking ? TEXT + THINKING : TEXT;
    expect(response.timing.tokenSource).toBe("tokenizer");
    expect(response.timing.outputTokens).toBe(await countTokens(visible));
  });

  // Repeated runs to see through scheduling noise: seconds per provider, hence slow.
  describeSlow("timing", () => {
    it("measures time to first token within a few ms of the injected delay", async () => {
      const injected = 120;
      const errors: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        server.enqueue({
          kind: "reply",
          text: TEXT,
          chunks: 5,
          firstChunkDelayMs: injected,
          chunkDelayMs: 10,
        });
        const { timing } = await collectResponse(modelFor(server, providerCase), ask);
        errors.push((timing.ttftMs ?? Number.NaN) - injected);
        expect(timing.totalMs).toBeGreaterThanOrEqual(injected + 4 * 10);
        expect(timing.tokensPerSecond).toBeGreaterThan(0);
      }
      checkErrors(`${providerCase.spec} ttft`, errors);
    });

    it.runIf(providerCase.thinking)("times thinking and answer separately", async () => {
      const thinkingErrors: number[] = [];
      const answerErrors: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        server.enqueue({
          kind: "reply",
          text: TEXT,
          thinking: THINKING,
          chunks: 3,
          firstChunkDelayMs: 120,
          chunkDelayMs: 25,
        });
        const { timing } = await collectResponse(modelFor(server, providerCase), ask);
        thinkingErrors.push((timing.thinkingTtftMs ?? Number.NaN) - 120);
        answerErrors.push((timing.ttftMs ?? Number.NaN) - (120 + 3 * 25));
      }
      checkErrors(`${providerCase.spec} thinking ttft`, thinkingErrors);
      checkErrors(`${providerCase.spec} answer ttft (after thinking)`, answerErrors);
    });
  });
});
