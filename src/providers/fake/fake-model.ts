import type {
  ChatMessage,
  GenerationRequest,
  LanguageModel,
  StreamEvent,
} from "../../core/language-model.js";
import { abortableSleep, throwIfAborted } from "../abortable-sleep.js";

/** A scripted answer: the text, optional thinking, and how slowly to stream it. */
export interface FakeReply {
  readonly text: string;
  readonly reasoning?: string;
  /** Wait before the first chunk (the simulated time to first token). */
  readonly delayMs?: number;
  /** Wait between chunks. */
  readonly chunkMs?: number;
}

/** Decides the answer from the conversation; a plain string is an instant reply. */
export type FakeResponder = (
  messages: readonly ChatMessage[],
) => FakeReply | string | Promise<FakeReply | string>;

export interface FakeModelOptions {
  /** Identity in the store and reports; default `fake:scripted`. */
  readonly spec?: string;
}

/** Splits like a tokenizer roughly would (a word and its trailing space), so chunk counts are realistic. */
export function splitIntoChunks(text: string): string[] {
  return text.match(/\s*\S+\s*|\s+/g) ?? [];
}

/**
 * A LanguageModel that needs no network: tests and `npm run bench:run` use it to drive the
 * runner end to end with known answers and known latencies. It reports no usage, so token counts
 * come from the tokenizer, as for a service that omits usage.
 */
export class FakeModel implements LanguageModel {
  readonly spec: string;
  readonly provider = "fake";
  readonly modelId: string;

  constructor(
    private readonly respond: FakeResponder,
    options: FakeModelOptions = {},
  ) {
    this.spec = options.spec ?? "fake:scripted";
    this.modelId = this.spec.slice(this.spec.indexOf(":") + 1);
  }

  async *stream(request: GenerationRequest): AsyncGenerator<StreamEvent> {
    throwIfAborted(request.signal);
    yield { type: "attempt", attempt: 1, at: performance.now() };
    const answer = await this.respond(request.messages);
    const reply: FakeReply = typeof answer === "string" ? { text: answer } : answer;
    await abortableSleep(reply.delayMs ?? 0, request.signal);
    const chunks: { type: "text" | "reasoning"; text: string }[] = [
      ...splitIntoChunks(reply.reasoning ?? "").map((text) => ({ type: "reasoning" as const, text })),
      ...splitIntoChunks(reply.text).map((text) => ({ type: "text" as const, text })),
    ];
    for (const [index, chunk] of chunks.entries()) {
      if (index > 0) await abortableSleep(reply.chunkMs ?? 0, request.signal);
      throwIfAborted(request.signal);
      yield { ...chunk, at: performance.now() };
    }
    yield { type: "finish", finishReason: "stop", usage: {}, at: performance.now() };
  }
}
