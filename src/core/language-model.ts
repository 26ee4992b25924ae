/** One message of a chat conversation, as every provider takes it. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

/** Sampling parameters; they are part of the response-cache key, so keep them plain data. */
export interface GenerationParameters {
  readonly temperature?: number;
  readonly topP?: number;
  readonly maxOutputTokens?: number;
  readonly seed?: number;
}

export interface GenerationRequest extends GenerationParameters {
  readonly messages: readonly ChatMessage[];
  readonly signal?: AbortSignal;
}

/**
 * What a provider stream yields. `at` is `performance.now()` when the chunk arrived, so timing is
 * measured where the bytes land, not where a consumer happens to read them.
 */
export type StreamEvent =
  | { readonly type: "attempt"; readonly attempt: number; readonly at: number }
  | { readonly type: "text"; readonly text: string; readonly at: number }
  | { readonly type: "reasoning"; readonly text: string; readonly at: number }
  | {
      readonly type: "retry";
      readonly attempt: number;
      readonly error: string;
      readonly status?: number;
      readonly waitMs: number;
      readonly at: number;
    }
  | {
      readonly type: "finish";
      readonly finishReason: string;
      readonly usage: TokenUsage;
      readonly at: number;
    };

export interface TokenUsage {
  readonly inputTokens?: number;
  /** Every generated token, thinking included (providers normalise Gemini, which counts apart). */
  readonly outputTokens?: number;
  readonly reasoningTokens?: number;
}

/** One failed try before the answer (or before giving up); retries are recorded, never hidden. */
export interface AttemptRecord {
  readonly attempt: number;
  readonly error: string;
  readonly status?: number;
  readonly durationMs: number;
  /** How long we waited before the next try (Retry-After or backoff). */
  readonly waitMs: number;
}

/** Where the output token count came from: the API's usage, the local model, or our tokenizer. */
export type TokenSource = "api" | "model" | "tokenizer";

/**
 * Timing of the successful attempt, measured from the moment its request was sent: queueing for a
 * rate limit and earlier failed attempts are excluded (they are in `attempts`).
 */
export interface ResponseTiming {
  /** First answer token; null when the answer was empty. */
  readonly ttftMs: number | null;
  /** First thinking token of a reasoning model; null when there was none. */
  readonly thinkingTtftMs: number | null;
  readonly totalMs: number;
  readonly inputTokens: number | null;
  readonly outputTokens: number;
  readonly reasoningTokens: number;
  readonly tokenSource: TokenSource;
  /** Output tokens (answer and thinking) per second of streaming after the first token. */
  readonly tokensPerSecond: number | null;
}

/** A complete model response: the answer, the thinking kept apart, and how it was obtained. */
export interface ModelResponse {
  readonly text: string;
  readonly reasoning: string;
  readonly finishReason: string;
  readonly timing: ResponseTiming;
  readonly attempts: readonly AttemptRecord[];
}

/** The one contract every provider implements (DESIGN §2): streaming first. */
export interface LanguageModel {
  /** The spec it was made from, e.g. `openai:gpt-4o`; the identity used in the store and reports. */
  readonly spec: string;
  readonly provider: string;
  readonly modelId: string;
  /**
   * Streams one response. Retries (with their waits) happen inside and show up as `retry` events,
   * followed by a new `attempt` (drop any text collected before it); a failure after the last try
   * throws a PyarenaError.
   */
  stream(request: GenerationRequest): AsyncIterable<StreamEvent>;
}
