import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { type StageOracle, stageOracle } from "./stage-oracle.js";

/**
 * One reference run per stage per run, shared by every model and sample: candidates are timed
 * against a reference measured on the same machine, in the same run.
 */
export class OracleCache {
  readonly #oracles = new Map<string, Promise<StageOracle>>();

  constructor(
    private readonly pool: SandboxPool,
    private readonly suite: LoadedSuite,
  ) {}

  get(task: LoadedTask, stage: Stage, signal?: AbortSignal): Promise<StageOracle> {
    const key = `${task.spec.id}\u0000${stage.id}`;
    let oracle = this.#oracles.get(key);
    if (oracle === undefined) {
      oracle = stageOracle(this.pool, this.suite, task, stage, signal);
      // A failed or aborted reference run must not poison later attempts.
      oracle.catch(() => this.#oracles.delete(key));
      this.#oracles.set(key, oracle);
    }
    return oracle;
  }
}
