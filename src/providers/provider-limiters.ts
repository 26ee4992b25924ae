import { type ProviderLimits, RateLimiter } from "./rate-limiter.js";

/** Hosted APIs take parallel requests; local servers share one GPU, so they get one at a time. */
export const DEFAULT_HOSTED_LIMITS: ProviderLimits = { concurrency: 4 };
export const DEFAULT_LOCAL_LIMITS: ProviderLimits = { concurrency: 1 };

/**
 * One RateLimiter per provider, shared by every model of that provider: the limits a service
 * enforces are per account, not per model. A run creates one registry (with the user's limits);
 * models created without one share `SHARED_LIMITERS`.
 */
export class ProviderLimiters {
  private readonly limiters = new Map<string, RateLimiter>();

  /** `overrides` maps a provider name (`openai`, `ollama`, ...) to its limits. */
  constructor(private readonly overrides: Readonly<Record<string, ProviderLimits>> = {}) {}

  /** The limiter for `key` (a provider name, or a provider and endpoint for generic endpoints). */
  for(key: string, provider: string, defaults: ProviderLimits): RateLimiter {
    let limiter = this.limiters.get(key);
    if (limiter === undefined) {
      limiter = new RateLimiter({ ...defaults, ...this.overrides[provider], ...this.overrides[key] });
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}

/** The process-wide registry used when the caller passes none. */
export const SHARED_LIMITERS = new ProviderLimiters();
