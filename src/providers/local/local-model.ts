import type { ChatHistoryItem, LlamaChatResponseChunk } from "node-llama-cpp";
import type { GenerationRequest, LanguageModel, StreamEvent } from "../../core/language-model.js";
import { isPyarenaError, PyarenaError } from "../../core/pyarena-error.js";
import { toChatHistory } from "./chat-history.js";
import { EventQueue } from "./event-queue.js";
import { acquireModel, type LoadedModel, type ModelHandle, type RuntimeOptions } from "./llama-runtime.js";
import { resolveLocalSpec } from "./local-spec.js";
import { abortedError } from "./serial-lock.js";

/** Where to find models and how to run them; every field has a default so specs alone suffice. */
export interface LocalModelOptions extends RuntimeOptions {
  /** The models folder; default `PYARENA_MODELS_DIR` or `~/.cache/pyarena/models`. */
  readonly cacheDir?: string;
  /** Read for `PYARENA_MODELS_DIR`, `XDG_CACHE_HOME` and `PYARENA_LOCAL_THREADS`; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A LanguageModel that also frees its claim on the shared weights when disposed. */
export type LocalLanguageModel = LanguageModel & AsyncDisposable;

/**
 * A model that runs inside this process on the CPU through llama.cpp, so pyarena can benchmark
 * open models with no server, no GPU and no API key. The spec is resolved at once (a missing
 * model fails before any work starts); the weights load on the first `stream()`, once per file
 * per process, outside the timed part of the response.
 */
export function createLocalModel(spec: string, options: LocalModelOptions = {}): LocalLanguageModel {
  const file = resolveLocalSpec(spec, options);
  const threads = options.threads ?? parseThreads(options.env ?? process.env);
  const handle = acquireModel(file.path, {
    ...(threads === undefined ? {} : { threads }),
    ...(options.maxContextSize === undefined ? {} : { maxContextSize: options.maxContextSize }),
  });
  return {
    spec,
    provider: "local",
    modelId: file.modelId,
    stream: (request) => streamLocal(handle, file.modelId, request),
    [Symbol.asyncDispose]: () => handle.release(),
  };
}

function parseThreads(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const raw = env.PYARENA_LOCAL_THREADS;
  if (raw === undefined || raw === "") return undefined;
  const threads = Number(raw);
  if (!Number.isInteger(threads) || threads < 1) {
    throw new PyarenaError("USAGE", `PYARENA_LOCAL_THREADS must be a positive whole number, not "${raw}"`);
  }
  return threads;
}

async function* streamLocal(
  handle: ModelHandle,
  modelId: string,
  request: GenerationRequest,
): AsyncGenerator<StreamEvent> {
  const signal = request.signal;
  if (signal?.aborted) throw abortedError(signal);
  if (request.maxOutputTokens !== undefined && !(request.maxOutputTokens >= 1)) {
    // llama.cpp reads 0 as "no limit"; an API would refuse it, and so do we.
    throw new PyarenaError("USAGE", `maxOutputTokens must be at least 1, not ${request.maxOutputTokens}`);
  }
  const loaded = await handle.get();
  const unlock = await loaded.lock.acquire(signal);
  // Stops llama.cpp when the caller aborts or simply stops reading the stream.
  const stop = new AbortController();
  const forwardAbort = () => stop.abort(signal?.reason);
  signal?.addEventListener("abort", forwardAbort, { once: true });
  if (signal?.aborted) forwardAbort(); // aborted while we waited for the model
  let generation: Promise<unknown> | undefined;
  try {
    yield { type: "attempt", attempt: 1, at: performance.now() };
    // Each request starts from an empty context: reused state would make timings (and, through
    // batching differences, even outputs) depend on the previous request.
    await loaded.sequence.clearHistory();
    const history = toChatHistory(request.messages);
    const inputTokens = countPromptTokens(loaded, history);
    const room = loaded.context.contextSize - inputTokens;
    if (room < 1) {
      throw new PyarenaError(
        "MODEL_NOT_AVAILABLE",
        `the prompt takes ${inputTokens} tokens, but the context of ${modelId} holds ${loaded.context.contextSize}`,
      );
    }
    // Never let llama.cpp shift the context: that silently drops the start of the prompt.
    const maxTokens = Math.min(request.maxOutputTokens ?? room, room);
    const queue = new EventQueue<StreamEvent>();
    let outputTokens = 0;
    const onResponseChunk = (chunk: LlamaChatResponseChunk) => {
      outputTokens += chunk.tokens.length;
      if (chunk.text === "") return;
      const type = chunk.type === "segment" ? "reasoning" : "text";
      queue.push({ type, text: chunk.text, at: performance.now() });
    };
    const running = loaded.chat.generateResponse(history, {
      onResponseChunk,
      signal: stop.signal,
      maxTokens,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.topP === undefined ? {} : { topP: request.topP }),
      ...(request.seed === undefined ? {} : { seed: request.seed }),
    });
    generation = running;
    running.then(
      () => queue.end(),
      (error: unknown) => queue.fail(error),
    );
    yield* queue;
    const result = await running;
    yield {
      type: "finish",
      finishReason: finishReason(result.metadata.stopReason),
      usage: { inputTokens, outputTokens },
      at: performance.now(),
    };
  } catch (error) {
    if (signal?.aborted) throw abortedError(signal);
    if (isPyarenaError(error)) throw error;
    throw new PyarenaError(
      "PROVIDER_PROTOCOL",
      `local model ${modelId} failed: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  } finally {
    signal?.removeEventListener("abort", forwardAbort);
    stop.abort(new Error("stream closed"));
    // Wait for llama.cpp to stop before the next request may use the sequence.
    await generation?.then(
      () => undefined,
      () => undefined,
    );
    unlock();
  }
}

/** Tokens of the prompt exactly as the chat template renders it, counted by the model's tokenizer. */
function countPromptTokens(loaded: LoadedModel, history: ChatHistoryItem[]): number {
  const state = loaded.chat.chatWrapper.generateContextState({ chatHistory: history });
  return state.contextText.tokenize(loaded.model.tokenizer).length;
}

/** node-llama-cpp's stop reasons in the vocabulary of the AI SDK, which the API providers report. */
function finishReason(stopReason: string): string {
  switch (stopReason) {
    case "eogToken":
    case "stopGenerationTrigger":
      return "stop";
    case "maxTokens":
      return "length";
    case "functionCalls":
      return "tool-calls";
    default:
      return stopReason;
  }
}
