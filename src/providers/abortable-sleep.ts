import { PyarenaError } from "../core/pyarena-error.js";

/** The error every provider wait throws when its request is cancelled, so callers match one code. */
export function abortedError(signal: AbortSignal): PyarenaError {
  return new PyarenaError("ABORTED", "the model request was aborted", { cause: signal.reason });
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortedError(signal);
}

/**
 * Waits `ms`, but gives up at once when `signal` aborts: backoff and rate-limit waits can be
 * long, and a cancelled run must not sit through them.
 */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortedError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortedError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
