import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PyarenaError } from "../core/pyarena-error.js";
import { runInSandbox, type SandboxJob, type SandboxResult } from "./run-in-sandbox.js";
import {
  openSandboxEnvironment,
  type SandboxEnvironment,
  type SandboxOptions,
} from "./sandbox-environment.js";

/**
 * Runs as many sandboxes at once as there are worker slots (one per core by default). Each
 * slot has its own uid, so process limits of one sample never count against another.
 */
export class SandboxPool implements AsyncDisposable {
  readonly environment: SandboxEnvironment;
  readonly #free: number[];
  readonly #waiting: Array<(slot: number) => void> = [];
  readonly #running = new Set<Promise<unknown>>();
  #busyMs = 0;
  readonly #slotDirs = new Map<number, string>();
  #closed = false;

  private constructor(environment: SandboxEnvironment) {
    this.environment = environment;
    this.#free = Array.from({ length: environment.slots }, (_, i) => i);
  }

  static async open(options: SandboxOptions = {}): Promise<SandboxPool> {
    return new SandboxPool(await openSandboxEnvironment(options));
  }

  get unsafe(): boolean {
    return this.environment.unsafe;
  }

  /**
   * Milliseconds slots have been held so far, summed over slots: staging the job, starting the
   * launcher and bubblewrap, running, reading results. Benchmarks divide it by slots × wall time
   * to see how busy the sandboxes were, and so how much time the pipeline spent elsewhere.
   */
  get busyMs(): number {
    return this.#busyMs;
  }

  async run(job: SandboxJob, signal?: AbortSignal): Promise<SandboxResult> {
    if (this.#closed) throw new PyarenaError("SANDBOX_SETUP", "the sandbox pool is closed");
    const slot = await this.#acquire(signal);
    const held = performance.now();
    const running = runInSandbox(this.environment, slot, job, signal, this.#slotDir(slot));
    this.#running.add(running);
    try {
      return await running;
    } finally {
      this.#running.delete(running);
      this.#busyMs += performance.now() - held;
      this.#release(slot);
    }
  }

  #slotDir(slot: number): string {
    let dir = this.#slotDirs.get(slot);
    if (dir === undefined) {
      dir = mkdtempSync(join(tmpdir(), `pyarena-slot${slot}-`));
      this.#slotDirs.set(slot, dir);
    }
    return dir;
  }

  #acquire(signal?: AbortSignal): Promise<number> {
    signal?.throwIfAborted();
    const slot = this.#free.pop();
    if (slot !== undefined) return Promise.resolve(slot);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const index = this.#waiting.indexOf(grant);
        if (index >= 0) this.#waiting.splice(index, 1);
        reject(signal?.reason ?? new PyarenaError("ABORTED", "aborted"));
      };
      const grant = (granted: number) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(granted);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiting.push(grant);
    });
  }

  #release(slot: number): void {
    const next = this.#waiting.shift();
    if (next === undefined) this.#free.push(slot);
    else next(slot);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#running]);
    for (const dir of this.#slotDirs.values()) rmSync(dir, { recursive: true, force: true });
    this.#slotDirs.clear();
  }
}
