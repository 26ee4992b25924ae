import { abortableSleep, abortedError } from "./abortable-sleep.js";

/** Limits one provider's traffic; unset means unlimited. */
export interface ProviderLimits {
  /** Requests in flight at once. */
  readonly concurrency?: number;
  /** Request starts per minute, spread evenly (one every 60000/rpm ms) rather than in bursts. */
  readonly requestsPerMinute?: number;
}

interface Waiter {
  readonly grant: () => void;
}

/** Hands a slot back exactly once, however many times it is called. */
export type Release = () => void;

/**
 * Keeps one provider within its limits. Requests queue in arrival order; the time spent queueing
 * happens before an attempt starts, so it never counts as model latency. Even spacing is chosen
 * over a sliding window because bursts are what trip services' own per-second limits.
 */
export class RateLimiter {
  private active = 0;
  private readonly queue: Waiter[] = [];
  private nextStart = 0;

  constructor(readonly limits: ProviderLimits) {}

  /** Waits for a slot (and the next rate-limited start), or throws ABORTED when `signal` aborts. */
  async acquire(signal?: AbortSignal): Promise<Release> {
    await this.takeSlot(signal);
    let released = false;
    const release: Release = () => {
      if (released) return;
      released = true;
      this.active--;
      this.queue.shift()?.grant();
    };
    try {
      await this.waitForStart(signal);
    } catch (error) {
      release();
      throw error;
    }
    return release;
  }

  private takeSlot(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(abortedError(signal));
    const max = this.limits.concurrency ?? Number.POSITIVE_INFINITY;
    if (this.active < max && this.queue.length === 0) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          signal?.removeEventListener("abort", onAbort);
          this.active++;
          resolve();
        },
      };
      const onAbort = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(abortedError(signal as AbortSignal));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.queue.push(waiter);
    });
  }

  private async waitForStart(signal?: AbortSignal): Promise<void> {
    const rpm = this.limits.requestsPerMinute;
    if (rpm === undefined || rpm <= 0) return;
    const start = Math.max(performance.now(), this.nextStart);
    this.nextStart = start + 60_000 / rpm;
    // Timers run on a millisecond clock and may fire a fraction early: wait until truly due.
    for (let left = start - performance.now(); left > 0; left = start - performance.now()) {
      await abortableSleep(Math.ceil(left), signal);
    }
  }
}
