import type {
  AttemptRecord,
  GenerationRequest,
  LanguageModel,
  ModelResponse,
  StreamEvent,
  TokenSource,
  TokenUsage,
} from "../core/language-model.js";
import { PyarenaError } from "../core/pyarena-error.js";
import { countTokens } from "./count-tokens.js";

/** State of the attempt being read; reset when a retry starts a new one. */
interface AttemptState {
  startedAt: number;
  text: string[];
  reasoning: string[];
  firstTextAt: number | null;
  firstReasoningAt: number | null;
}

function newAttempt(at: number): AttemptState {
  return { startedAt: at, text: [], reasoning: [], firstTextAt: null, firstReasoningAt: null };
}

function since(start: number, at: number | null): number | null {
  return at === null ? null : at - start;
}

async function tokenCounts(
  usage: TokenUsage,
  text: string,
  reasoning: string,
): Promise<{ outputTokens: number; reasoningTokens: number; tokenSource: TokenSource }> {
  const reasoningTokens = usage.reasoningTokens ?? (await countTokens(reasoning));
  const reported = usage.outputTokens;
  // A zero count for a non-empty answer is a service that fills usage with zeros, not a count.
  if (reported !== undefined && (reported > 0 || text + reasoning === "")) {
    return { outputTokens: reported, reasoningTokens, tokenSource: "api" };
  }
  return { outputTokens: await countTokens(text + reasoning), reasoningTokens, tokenSource: "tokenizer" };
}

/**
 * Reads a model's stream to the end and measures it. Times are taken from the successful
 * attempt's start (when its request went out), so rate-limit queueing and failed attempts never
 * inflate latency; the failed attempts are returned apart in `attempts`. Tokens per second are
 * output tokens over the time from the first token (answer or thinking) to the end.
 */
export function collectResponse(model: LanguageModel, request: GenerationRequest): Promise<ModelResponse> {
  return collectStream(model.stream(request));
}

/** collectResponse for a stream already started (or a recorded one). */
export async function collectStream(events: AsyncIterable<StreamEvent>): Promise<ModelResponse> {
  let current: AttemptState | undefined;
  const attempts: AttemptRecord[] = [];
  for await (const event of events) {
    if (event.type === "attempt") {
      current = newAttempt(event.at);
      continue;
    }
    if (current === undefined) {
      throw new PyarenaError("PROVIDER_PROTOCOL", `a ${event.type} event came before any attempt`);
    }
    switch (event.type) {
      case "text":
        current.firstTextAt ??= event.at;
        current.text.push(event.text);
        break;
      case "reasoning":
        current.firstReasoningAt ??= event.at;
        current.reasoning.push(event.text);
        break;
      case "retry":
        attempts.push({
          attempt: event.attempt,
          error: event.error,
          ...(event.status === undefined ? {} : { status: event.status }),
          durationMs: event.at - current.startedAt,
          waitMs: event.waitMs,
        });
        break;
      case "finish":
        return finish(current, event, attempts);
    }
  }
  throw new PyarenaError("PROVIDER_PROTOCOL", "the model stream ended without a finish event");
}

async function finish(
  state: AttemptState,
  event: Extract<StreamEvent, { type: "finish" }>,
  attempts: AttemptRecord[],
): Promise<ModelResponse> {
  const text = state.text.join("");
  const reasoning = state.reasoning.join("");
  const counts = await tokenCounts(event.usage, text, reasoning);
  const firstTokenAt = Math.min(state.firstTextAt ?? Infinity, state.firstReasoningAt ?? Infinity);
  const streamingMs = event.at - firstTokenAt;
  return {
    text,
    reasoning,
    finishReason: event.finishReason,
    timing: {
      ttftMs: since(state.startedAt, state.firstTextAt),
      thinkingTtftMs: since(state.startedAt, state.firstReasoningAt),
      totalMs: event.at - state.startedAt,
      inputTokens: event.usage.inputTokens ?? null,
      ...counts,
      // Below a millisecond (one chunk, or an instant fake) a rate would be noise.
      tokensPerSecond:
        Number.isFinite(streamingMs) && streamingMs >= 1 && counts.outputTokens > 0
          ? (counts.outputTokens / streamingMs) * 1000
          : null,
    },
    attempts,
  };
}
