import type { StreamEvent } from "../core/language-model.js";
import { type ErrorCode, PyarenaError } from "../core/pyarena-error.js";
import { abortableSleep, abortedError, throwIfAborted } from "./abortable-sleep.js";
import { type AttemptFailure, classifyFailure } from "./classify-failure.js";
import type { FetchProbe } from "./probed-fetch.js";
import type { RateLimiter } from "./rate-limiter.js";
import { type RetryPolicy, retryDelayMs } from "./retry-policy.js";
import { StallWatchdog } from "./stall-watchdog.js";

/** What one try yields: content and the closing `finish`; attempts and retries are added here. */
export type AttemptEvent = Extract<StreamEvent, { type: "text" | "reasoning" | "finish" }>;

/**
 * Starts one try. `signal` aborts it (the caller's cancel, or our stall watchdog); `probe` must
 * hear when the request goes out (the try's timing starts there) and whenever bytes arrive (so
 * silence can be told from slow thinking).
 */
export type OpenAttempt = (signal: AbortSignal, probe: FetchProbe) => AsyncIterable<AttemptEvent>;

export interface RetryContext {
  readonly policy: RetryPolicy;
  readonly limiter: RateLimiter;
  readonly signal?: AbortSignal;
}

interface FailedAttempt {
  readonly attempt: number;
  readonly failure: AttemptFailure;
  readonly durationMs: number;
  readonly waitMs?: number;
}

const CODES: Record<AttemptFailure["kind"], ErrorCode> = {
  http: "PROVIDER_HTTP",
  network: "PROVIDER_HTTP",
  stall: "PROVIDER_STALL",
  protocol: "PROVIDER_PROTOCOL",
  "not-found": "MODEL_NOT_AVAILABLE",
};

function giveUp(failures: readonly FailedAttempt[], reason: string): PyarenaError {
  const last = failures.at(-1) as FailedAttempt;
  const details = failures.map(
    (f) =>
      `attempt ${f.attempt}: ${f.failure.message} after ${Math.round(f.durationMs)} ms` +
      (f.waitMs === undefined ? "" : `, waited ${f.waitMs} ms`),
  );
  const tries = failures.length === 1 ? "1 attempt" : `${failures.length} attempts`;
  return new PyarenaError(CODES[last.failure.kind], `${last.failure.message} (${tries}; ${reason})`, {
    details,
  });
}

/** One try: yields its events, and returns how it failed (undefined when it finished). */
async function* runAttempt(
  open: OpenAttempt,
  context: RetryContext,
  attempt: number,
): AsyncGenerator<StreamEvent, AttemptFailure | undefined> {
  const controller = new AbortController();
  const signal =
    context.signal === undefined ? controller.signal : AbortSignal.any([context.signal, controller.signal]);
  const { firstChunkTimeoutMs, stallTimeoutMs } = context.policy;
  using watchdog = new StallWatchdog(firstChunkTimeoutMs, stallTimeoutMs, (silentMs, beforeFirst) => {
    const what = beforeFirst ? "before the first chunk" : "mid-stream";
    controller.abort(
      new PyarenaError("PROVIDER_STALL", `no data for ${Math.round(silentMs)} ms ${what} (stalled)`),
    );
  });
  const preparedAt = performance.now();
  let sentAt: number | undefined;
  let announced = false;
  const events = open(signal, {
    // Only the first request counts: a provider may send follow-ups (Gemini continuations).
    requestSent: (at) => {
      sentAt ??= at;
    },
    bytesArrived: () => watchdog.touch(),
  });
  // The `attempt` event is announced with the first result, once the request has really gone out.
  const announce = (): StreamEvent => {
    announced = true;
    return { type: "attempt", attempt, at: sentAt ?? preparedAt };
  };
  try {
    for await (const event of events) {
      if (!announced) yield announce();
      if (event.type === "finish") {
        yield event;
        return undefined;
      }
      watchdog.contentStarted();
      yield event;
    }
    if (!announced) yield announce();
    return { kind: "protocol", message: "the stream ended without a finish", retryable: true };
  } catch (error) {
    if (context.signal?.aborted) throw abortedError(context.signal);
    if (!announced) yield announce();
    return classifyFailure(controller.signal.aborted ? controller.signal.reason : error);
  } finally {
    controller.abort();
  }
}

/**
 * Streams through retries: each try waits for a rate-limit slot, is announced by an `attempt`
 * event (its `at` is when the request went out, so queueing is excluded from timing), and on a
 * transient failure is followed by a `retry` event and a backoff. Consumers must drop what they
 * collected when a new `attempt` arrives. After the last try, throws a PyarenaError whose
 * `details` list every attempt. Read the stream promptly: a consumer that stops pulling stops
 * the bytes too, and the stall watchdog cannot tell that from a dead connection.
 */
export async function* streamWithRetries(
  open: OpenAttempt,
  context: RetryContext,
): AsyncGenerator<StreamEvent> {
  const failures: FailedAttempt[] = [];
  for (let attempt = 1; ; attempt++) {
    throwIfAborted(context.signal);
    const release = await context.limiter.acquire(context.signal);
    const startedAt = performance.now();
    let failure: AttemptFailure | undefined;
    try {
      failure = yield* runAttempt(open, context, attempt);
    } finally {
      release();
    }
    if (failure === undefined) return;
    const failedAt = performance.now();
    const record = { attempt, failure, durationMs: failedAt - startedAt };
    if (!failure.retryable) throw giveUp([...failures, record], "not retryable");
    if (attempt >= context.policy.maxAttempts) throw giveUp([...failures, record], "no tries left");
    if (failure.retryAfterMs !== undefined && failure.retryAfterMs > context.policy.maxRetryAfterMs) {
      throw giveUp([...failures, record], `Retry-After of ${failure.retryAfterMs} ms exceeds the limit`);
    }
    const waitMs = retryDelayMs(context.policy, attempt, failure.retryAfterMs);
    failures.push({ ...record, waitMs });
    yield {
      type: "retry",
      attempt,
      error: failure.message,
      ...(failure.status === undefined ? {} : { status: failure.status }),
      waitMs,
      at: failedAt,
    };
    await abortableSleep(waitMs, context.signal);
  }
}
