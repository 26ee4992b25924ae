/**
 * How hard to try. Defaults suit hosted APIs; tests shrink every delay to milliseconds. Timeouts
 * are split because a reasoning model may think silently for minutes before its first chunk, but
 * once it streams, a long silence means the connection is dead.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly maxAttempts: number;
  /** Backoff before the second try; doubled for each later one. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** A Retry-After beyond this is not waited out: the request fails at once instead. */
  readonly maxRetryAfterMs: number;
  /** Silence allowed before the first answer or thinking chunk. */
  readonly firstChunkTimeoutMs: number;
  /** Silence allowed between chunks once the answer streams. */
  readonly stallTimeoutMs: number;
  /** Source of jitter, replaceable so a test can pin it. */
  readonly random: () => number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
  firstChunkTimeoutMs: 300_000,
  stallTimeoutMs: 60_000,
  random: Math.random,
};

/**
 * The wait before try `failedAttempt + 1`. Exponential backoff with "equal jitter" (half fixed,
 * half random) keeps parallel workers from retrying in lockstep. A Retry-After is a floor, never
 * shortened; a little jitter is added on top for the same reason.
 */
export function retryDelayMs(policy: RetryPolicy, failedAttempt: number, retryAfter?: number): number {
  if (retryAfter !== undefined) {
    return Math.ceil(retryAfter + policy.random() * Math.min(1000, retryAfter * 0.1));
  }
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
  return Math.round(exponential / 2 + (policy.random() * exponential) / 2);
}
