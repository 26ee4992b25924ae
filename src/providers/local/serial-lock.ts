import { PyarenaError } from "../../core/pyarena-error.js";

/**
 * A first-come, first-served lock. One loaded model has one context sequence, and generations on
 * it must not interleave: each request's timing should measure the model, not its neighbours.
 */
export class SerialLock {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for every earlier holder; gives up (ABORTED) if `signal` fires first. */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = this.tail;
    this.tail = previous.then(() => mine);
    if (signal === undefined) {
      await previous;
      return release;
    }
    try {
      await raceAbort(previous, signal);
    } catch (error) {
      // Hand our turn on once the earlier holders are done, so later waiters are not stuck.
      previous.then(release, release);
      throw error;
    }
    return release;
  }
}

function raceAbort(promise: Promise<void>, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(abortedError(signal));
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => reject(abortedError(signal));
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

/** The one shape of a cancelled generation, whatever stage it was cancelled in. */
export function abortedError(signal: AbortSignal): PyarenaError {
  return new PyarenaError("ABORTED", "generation was aborted", { cause: signal.reason });
}
