import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChatHistoryItem, getLlama, LlamaChat, LlamaLogLevel } from "node-llama-cpp";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { StreamEvent } from "../../core/language-model.js";
import { isPyarenaError } from "../../core/pyarena-error.js";
import { describeSlow } from "../../test-support/slow.js";
import { type TinyLlamaFile, writeTinyLlama } from "../../test-support/tiny-llama.js";
import { claimedModelCount, disposeLocalModels } from "./llama-runtime.js";
import { createLocalModel, type LocalLanguageModel } from "./local-model.js";

const PROMPT = [
  { role: "system", content: "You write Python." },
  { role: "user", content: "def add(a, b):" },
] as const;

async function collect(stream: AsyncIterable<StreamEvent>): Promise<StreamEvent[]> {
  const events: StreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

function texts(events: StreamEvent[]): string[] {
  return events.flatMap((event) => (event.type === "text" ? [event.text] : []));
}

function finish(events: StreamEvent[]) {
  const last = events.at(-1);
  if (last?.type !== "finish") throw new Error(`the stream did not end with finish: ${JSON.stringify(last)}`);
  return last;
}

// Loading llama.cpp takes about a second; the generations themselves take milliseconds.
describeSlow("createLocalModel on a real (tiny, random) GGUF model", () => {
  let dir: string;
  let tiny: TinyLlamaFile;
  let model: LocalLanguageModel;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "pyarena-local-"));
    tiny = await writeTinyLlama(join(dir, "tiny.gguf"));
    // One thread: ggml's spinning workers crawl when the machine's cores are busy with other tests.
    model = createLocalModel(`local:${tiny.path}`, { threads: 1 });
  });

  afterAll(async () => {
    await model?.[Symbol.asyncDispose]();
    await disposeLocalModels();
  });

  it("streams each token as its own text event, timestamped in order, and counts them exactly", async () => {
    const before = performance.now();
    const events = await collect(model.stream({ messages: PROMPT, maxOutputTokens: 12, temperature: 0 }));
    expect(events[0]?.type).toBe("attempt");
    const chunks = events.filter((event) => event.type === "text");
    expect(chunks.length).toBe(12);
    const times = events.map((event) => event.at);
    expect(times[0]).toBeGreaterThanOrEqual(before);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] ?? 0);
    expect(new Set(chunks.map((event) => event.at)).size).toBeGreaterThan(1);
    const end = finish(events);
    expect(end.finishReason).toBe("length");
    expect(end.usage.outputTokens).toBe(12);
    expect(model.provider).toBe("local");
    expect(model.modelId).toBe(tiny.path);
  });

  it("reports as input tokens exactly the prompt tokens llama.cpp evaluates", async () => {
    const end = finish(await collect(model.stream({ messages: PROMPT, maxOutputTokens: 1 })));
    // Independently, with node-llama-cpp alone: after one sampled token (which is never fed back),
    // the context holds exactly the templated prompt.
    const llama = await getLlama({
      gpu: false,
      build: "never",
      skipDownload: true,
      logLevel: LlamaLogLevel.error,
    });
    try {
      const raw = await llama.loadModel({ modelPath: tiny.path });
      const sequence = (await raw.createContext({ threads: 1 })).getSequence();
      const history: ChatHistoryItem[] = [
        { type: "system", text: PROMPT[0].content },
        { type: "user", text: PROMPT[1].content },
        { type: "model", response: [] },
      ];
      await new LlamaChat({ contextSequence: sequence }).generateResponse(history, { maxTokens: 1 });
      expect(end.usage.inputTokens).toBe(sequence.contextTokens.length);
    } finally {
      await llama.dispose();
    }
  });

  it("honours maxOutputTokens, and the same seed and temperature give the same answer", async () => {
    const request = { messages: PROMPT, maxOutputTokens: 5, temperature: 0.9, topP: 0.9, seed: 7 };
    const first = await collect(model.stream(request));
    const second = await collect(model.stream(request));
    expect(texts(first)).toHaveLength(5);
    expect(texts(second)).toEqual(texts(first));
    expect(finish(first).usage.outputTokens).toBe(5);
  });

  it("refuses a maxOutputTokens of 0, which llama.cpp would read as no limit", async () => {
    await expect(collect(model.stream({ messages: PROMPT, maxOutputTokens: 0 }))).rejects.toSatisfy((error) =>
      isPyarenaError(error, "USAGE"),
    );
  });

  it("stops when aborted, throws ABORTED, and the model serves the next request", async () => {
    const controller = new AbortController();
    const seen: StreamEvent[] = [];
    const run = async () => {
      for await (const event of model.stream({
        messages: PROMPT,
        maxOutputTokens: 200,
        signal: controller.signal,
      })) {
        seen.push(event);
        if (seen.filter((e) => e.type === "text").length === 3) controller.abort(new Error("enough"));
      }
    };
    await expect(run()).rejects.toSatisfy((error) => isPyarenaError(error, "ABORTED"));
    expect(seen.filter((e) => e.type === "text").length).toBeLessThan(10);
    expect(seen.some((e) => e.type === "finish")).toBe(false);
    const after = await collect(model.stream({ messages: PROMPT, maxOutputTokens: 3 }));
    expect(finish(after).usage.outputTokens).toBe(3);
  });

  it("releases the model when a consumer stops reading early", async () => {
    for await (const event of model.stream({ messages: PROMPT, maxOutputTokens: 100 })) {
      if (event.type === "text") break;
    }
    const after = await collect(model.stream({ messages: PROMPT, maxOutputTokens: 2 }));
    expect(finish(after).usage.outputTokens).toBe(2);
  });

  it("runs concurrent requests one after another on the shared weights", async () => {
    const link = join(dir, "same-file.gguf");
    symlinkSync(tiny.path, link);
    const other = createLocalModel(`local:${link}`, { threads: 1 });
    try {
      expect(claimedModelCount()).toBe(1);
      const [a, b] = await Promise.all([
        collect(model.stream({ messages: PROMPT, maxOutputTokens: 4, temperature: 0 })),
        collect(other.stream({ messages: PROMPT, maxOutputTokens: 4, temperature: 0 })),
      ]);
      expect(texts(a)).toEqual(texts(b));
      // Serialised: one stream finished before the other started generating.
      const aStart = a[0]?.at ?? 0;
      const bStart = b[0]?.at ?? 0;
      const [firstDone, secondStart] = aStart < bStart ? [finish(a).at, bStart] : [finish(b).at, aStart];
      expect(secondStart).toBeGreaterThanOrEqual(firstDone);
    } finally {
      await other[Symbol.asyncDispose]();
    }
    expect(claimedModelCount()).toBe(1);
  });

  it("continues an assistant message given last (a prefill) instead of starting a new turn", async () => {
    const end = finish(
      await collect(
        model.stream({ messages: [...PROMPT, { role: "assistant", content: "return" }], maxOutputTokens: 2 }),
      ),
    );
    const plain = finish(await collect(model.stream({ messages: PROMPT, maxOutputTokens: 2 })));
    expect(end.usage.inputTokens).toBeGreaterThan(plain.usage.inputTokens ?? 0);
  });

  it("refuses a file that is not GGUF, before loading anything", () => {
    const fake = join(dir, "fake.gguf");
    writeFileSync(fake, "not a model");
    expect(() => createLocalModel(`local:${fake}`)).toThrow(/not a GGUF model file/);
  });
});
