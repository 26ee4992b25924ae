import { setMaxListeners } from "node:events";
import type { Command } from "commander";
import { SandboxPool } from "../sandbox/sandbox-pool.js";

export interface GlobalOptions {
  unsafe?: boolean;
  python?: string;
}

/** Open the sandbox pool from the global flags, and say loudly when isolation is off. */
export async function openPool(command: Command, slots?: number): Promise<SandboxPool> {
  const options = command.optsWithGlobals<GlobalOptions>();
  const pool = await SandboxPool.open({
    ...(options.unsafe ? { unsafe: true } : {}),
    ...(options.python ? { python: options.python } : {}),
    ...(slots ? { slots } : {}),
  });
  if (pool.unsafe) {
    process.stderr.write(
      "pyarena: WARNING: --unsafe: model code runs WITHOUT isolation; results are marked UNSAFE\n",
    );
  }
  return pool;
}

/**
 * Ctrl-C stops the work in flight cleanly instead of killing the process mid-write. Every request
 * and sandbox job in flight listens on this one signal, and their number is bounded by the pools'
 * concurrency (which grows with the machine's cores), so Node's default of 10 listeners would
 * warn about a leak that is not there.
 */
export function interruptSignal(): AbortSignal {
  const controller = new AbortController();
  setMaxListeners(1000, controller.signal);
  process.once("SIGINT", () => controller.abort(new Error("interrupted")));
  return controller.signal;
}
