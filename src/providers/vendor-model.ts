import type { GenerationRequest, LanguageModel, StreamEvent } from "../core/language-model.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { RetryPolicy } from "./retry-policy.js";
import { type SdkModelRecipe, streamSdkAttempt } from "./sdk-attempt.js";
import { streamWithRetries } from "./with-retries.js";

/**
 * A model behind an HTTP API: every request goes through the provider's shared rate limiter and
 * our retry loop, and each try is one AI SDK stream.
 */
export class VendorModel implements LanguageModel {
  constructor(
    readonly spec: string,
    readonly provider: string,
    readonly modelId: string,
    private readonly recipe: SdkModelRecipe,
    private readonly limiter: RateLimiter,
    private readonly policy: RetryPolicy,
  ) {}

  stream(request: GenerationRequest): AsyncIterable<StreamEvent> {
    return streamWithRetries((signal, probe) => streamSdkAttempt(this.recipe, request, signal, probe), {
      policy: this.policy,
      limiter: this.limiter,
      ...(request.signal === undefined ? {} : { signal: request.signal }),
    });
  }
}
