import { type LanguageModel as SdkLanguageModel, streamText } from "ai";
import type { GenerationRequest, TokenUsage } from "../core/language-model.js";
import { type FetchProbe, probedFetch } from "./probed-fetch.js";
import type { AttemptEvent } from "./with-retries.js";

// The SDK would print a warning per request for every setting a provider ignores (a seed sent
// to Anthropic, say): thousands of lines in a long run, on a terminal that is the cli's.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

/** Provider-specific request options, in the AI SDK's `providerOptions` shape. */
export type SdkProviderOptions = Record<string, Record<string, unknown>>;

/** How to reach one model through an AI SDK package, made fresh for every try. */
export interface SdkModelRecipe {
  /** Builds the SDK model around our fetch, so the try's bytes can be watched. */
  readonly build: (fetch: typeof globalThis.fetch) => SdkLanguageModel;
  readonly providerOptions?: (request: GenerationRequest) => SdkProviderOptions | undefined;
  /** Gemini counts thinking apart from the answer; everyone else includes it in output tokens. */
  readonly outputExcludesReasoning?: boolean;
}

function normalizeUsage(
  usage: { inputTokens?: number; outputTokens?: number; reasoningTokens?: number },
  outputExcludesReasoning: boolean,
): TokenUsage {
  const valid = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
  const reasoning = valid(usage.reasoningTokens) ? usage.reasoningTokens : undefined;
  let output = valid(usage.outputTokens) ? usage.outputTokens : undefined;
  if (output !== undefined && outputExcludesReasoning && reasoning !== undefined) output += reasoning;
  return {
    ...(valid(usage.inputTokens) ? { inputTokens: usage.inputTokens } : {}),
    ...(output === undefined ? {} : { outputTokens: output }),
    ...(reasoning === undefined ? {} : { reasoningTokens: reasoning }),
  };
}

/**
 * One try through the AI SDK's `streamText`, translated into our events. Errors inside the stream
 * (HTTP status, dropped connection, garbled chunk) are thrown, for the retry loop to classify.
 * The SDK's own retries are off: ours honour Retry-After, record every attempt and share the
 * provider's rate limits.
 */
export async function* streamSdkAttempt(
  recipe: SdkModelRecipe,
  request: GenerationRequest,
  signal: AbortSignal,
  probe: FetchProbe,
): AsyncGenerator<AttemptEvent> {
  const providerOptions = recipe.providerOptions?.(request);
  // Content is stamped with the arrival of the latest bytes, which are never later than the
  // bytes it was parsed from would be stamped by now(), and earlier when the SDK lags.
  let bytesAt: number | undefined;
  const tracking: FetchProbe = {
    requestSent: (at) => probe.requestSent(at),
    bytesArrived: (at) => {
      bytesAt = at;
      probe.bytesArrived(at);
    },
  };
  const result = streamText({
    model: recipe.build(probedFetch(tracking)),
    messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
    temperature: request.temperature,
    topP: request.topP,
    maxOutputTokens: request.maxOutputTokens,
    seed: request.seed,
    maxRetries: 0,
    abortSignal: signal,
    ...(providerOptions === undefined ? {} : { providerOptions: providerOptions as never }),
    // Errors arrive as `error` parts of fullStream and are thrown below; the default handler
    // would only print them to the console.
    onError: () => undefined,
  });
  for await (const part of result.fullStream) {
    const at = bytesAt ?? performance.now();
    switch (part.type) {
      case "text-delta":
        if (part.text !== "") yield { type: "text", text: part.text, at };
        break;
      case "reasoning-delta":
        if (part.text !== "") yield { type: "reasoning", text: part.text, at };
        break;
      case "finish":
        yield {
          type: "finish",
          finishReason: part.finishReason,
          usage: normalizeUsage(part.totalUsage, recipe.outputExcludesReasoning === true),
          at,
        };
        return;
      case "error":
        throw part.error;
      case "abort":
        throw signal.reason;
      default:
        break;
    }
  }
}
