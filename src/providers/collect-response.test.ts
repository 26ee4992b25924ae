import { describe, expect, it } from "vitest";
import type { StreamEvent } from "../core/language-model.js";
import { collectResponse, collectStream } from "./collect-response.js";
import { countTokens } from "./count-tokens.js";
import { FakeModel } from "./fake/fake-model.js";

async function* events(list: StreamEvent[]): AsyncGenerator<StreamEvent> {
  yield* list;
}

const ask = { messages: [{ role: "user" as const, content: "hi" }] };

describe("collectStream", () => {
  it("times the successful attempt only and records the failed ones", async () => {
    const response = await collectStream(
      events([
        { type: "attempt", attempt: 1, at: 1000 },
        { type: "text", text: "lost", at: 1010 },
        { type: "retry", attempt: 1, error: "HTTP 500: boom", status: 500, waitMs: 300, at: 1020 },
        { type: "attempt", attempt: 2, at: 1400 },
        { type: "reasoning", text: "think", at: 1450 },
        { type: "text", text: "kept", at: 1500 },
        { type: "text", text: " answer", at: 1600 },
        { type: "finish", finishReason: "stop", usage: { inputTokens: 5, outputTokens: 30 }, at: 1650 },
      ]),
    );
    expect(response.text).toBe("kept answer");
    expect(response.reasoning).toBe("think");
    expect(response.attempts).toEqual([
      { attempt: 1, error: "HTTP 500: boom", status: 500, durationMs: 20, waitMs: 300 },
    ]);
    expect(response.timing).toMatchObject({
      ttftMs: 100,
      thinkingTtftMs: 50,
      totalMs: 250,
      inputTokens: 5,
      outputTokens: 30,
      tokenSource: "api",
      // 30 tokens over the 200 ms from the first (thinking) token to the end.
      tokensPerSecond: 150,
    });
    expect(response.timing.reasoningTokens).toBe(await countTokens("think"));
  });

  it("falls back to the tokenizer when usage is missing or zero", async () => {
    for (const usage of [{}, { outputTokens: 0 }]) {
      const response = await collectStream(
        events([
          { type: "attempt", attempt: 1, at: 0 },
          { type: "text", text: "def f():\n    return 1\n", at: 5 },
          { type: "finish", finishReason: "stop", usage, at: 10 },
        ]),
      );
      expect(response.timing.tokenSource).toBe("tokenizer");
      expect(response.timing.outputTokens).toBe(await countTokens("def f():\n    return 1\n"));
      expect(response.timing.inputTokens).toBeNull();
    }
  });

  it("reports null ttft for an empty answer and refuses a stream without finish", async () => {
    const empty = await collectStream(
      events([
        { type: "attempt", attempt: 1, at: 0 },
        { type: "finish", finishReason: "length", usage: { outputTokens: 0 }, at: 3 },
      ]),
    );
    expect(empty.timing).toMatchObject({
      ttftMs: null,
      thinkingTtftMs: null,
      outputTokens: 0,
      tokensPerSecond: null,
    });
    await expect(collectStream(events([{ type: "attempt", attempt: 1, at: 0 }]))).rejects.toMatchObject({
      code: "PROVIDER_PROTOCOL",
    });
  });
});

describe("FakeModel", () => {
  it("streams scripted thinking and text with the injected delays", async () => {
    const model = new FakeModel((messages) => ({
      text: `echo: ${messages.at(-1)?.content}`,
      reasoning: "short thought",
      delayMs: 80,
      chunkMs: 10,
    }));
    const response = await collectResponse(model, ask);
    expect(response.text).toBe("echo: hi");
    expect(response.reasoning).toBe("short thought");
    expect(response.timing.thinkingTtftMs).toBeGreaterThanOrEqual(79);
    expect(response.timing.ttftMs).toBeGreaterThanOrEqual(80 + 2 * 10 - 1);
    expect(response.timing.tokenSource).toBe("tokenizer");
  });

  it("stops when aborted", async () => {
    const model = new FakeModel(() => ({ text: "slow", delayMs: 5000 }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(collectResponse(model, { ...ask, signal: controller.signal })).rejects.toMatchObject({
      code: "ABORTED",
    });
  });
});
