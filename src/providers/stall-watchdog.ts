/**
 * Notices a stream that went silent. A hung TCP connection never errors by itself, so without
 * this a run would wait forever. Before the first content chunk the allowance is longer, because
 * reasoning models may think silently. The timer re-arms lazily (one timeout per period, not one
 * per chunk), so it costs nothing measurable on fast streams.
 */
export class StallWatchdog implements Disposable {
  private last = performance.now();
  private limit: number;
  private timer: NodeJS.Timeout | undefined;
  private streaming = false;

  constructor(
    firstChunkTimeoutMs: number,
    private readonly stallTimeoutMs: number,
    private readonly onStall: (silentMs: number, beforeFirstChunk: boolean) => void,
  ) {
    this.limit = firstChunkTimeoutMs;
    this.arm(this.limit);
  }

  /** Bytes arrived: the connection is alive. */
  touch(): void {
    this.last = performance.now();
  }

  /** The first answer or thinking chunk arrived: from now on the shorter stall timeout applies. */
  contentStarted(): void {
    this.touch();
    if (this.streaming) return;
    this.streaming = true;
    this.limit = this.stallTimeoutMs;
    clearTimeout(this.timer);
    this.arm(this.limit);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => this.check(), Math.max(1, ms));
  }

  private check(): void {
    const silent = performance.now() - this.last;
    if (silent >= this.limit) {
      this.timer = undefined;
      this.onStall(silent, !this.streaming);
    } else {
      this.arm(this.limit - silent);
    }
  }

  [Symbol.dispose](): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
