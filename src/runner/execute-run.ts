import type { GenerationParameters, LanguageModel } from "../core/language-model.js";
import { isPyarenaError, PyarenaError } from "../core/pyarena-error.js";
import type { UnitKey, UnitResult } from "../core/run-record.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { getManifest, setRunStatus } from "../store/run-table.js";
import { finishedUnits, saveUnit, saveUnitError, unitId } from "../store/sample-table.js";
import type { Store } from "../store/store.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { analyseRunQuality, type QualityProgress } from "./analyse-run-quality.js";
import { mapConcurrent } from "./map-concurrent.js";
import { OracleCache } from "./oracle-cache.js";
import { planUnits } from "./plan-run.js";
import type { PromptTemplates } from "./prompt-templates.js";
import { runUnit } from "./run-unit.js";
import { Semaphore } from "./semaphore.js";

export interface RunProgress {
  /** Units of this run per model, finished before this call (resumed) and planned in all. */
  readonly planned: ReadonlyMap<string, number>;
  readonly alreadyDone: ReadonlyMap<string, number>;
}

export interface ExecuteRunOptions {
  readonly store: Store;
  readonly pool: SandboxPool;
  readonly suite: LoadedSuite;
  readonly runId: string;
  readonly models: ReadonlyMap<string, LanguageModel>;
  readonly templates: PromptTemplates;
  readonly signal?: AbortSignal;
  readonly onStart?: (progress: RunProgress) => void;
  readonly onUnit?: (unit: UnitResult) => void;
  readonly onUnitError?: (key: UnitKey, error: PyarenaError) => void;
  /** Skip the quality pass (lint, documentation, types); `pyarena run --resume` can do it later. */
  readonly skipQuality?: boolean;
  readonly onQuality?: (progress: QualityProgress) => void;
}

export interface RunOutcome {
  readonly status: "finished" | "stopped";
  readonly completed: number;
  readonly errors: number;
  /** Stages whose code the quality pass analysed in this call. */
  readonly analysed: number;
}

/** Failures of one request that other units may not share: record them and go on. */
const UNIT_ERRORS = new Set(["PROVIDER_HTTP", "PROVIDER_STALL", "PROVIDER_PROTOCOL"]);

function countByModel(units: readonly UnitKey[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.model, (counts.get(u.model) ?? 0) + 1);
  return counts;
}

/**
 * Run (or resume) every unit of a stored run that is not finished yet. Generation and execution
 * are separate bounded pools: model calls wait for a generation permit, code waits for a sandbox
 * slot, so slow APIs never leave the CPU idle and vice versa. Each unit is stored the moment it
 * finishes; Ctrl-C (the signal) stops starting units and leaves the run resumable. Then the
 * quality pass analyses every stage's code that has no quality row yet (analyse-run-quality.ts).
 */
export async function executeRun(options: ExecuteRunOptions): Promise<RunOutcome> {
  const { store, runId, suite } = options;
  const manifest = getManifest(store, runId);
  if (manifest.suite.contentHash !== suite.contentHash) {
    throw new PyarenaError(
      "USAGE",
      `suite ${suite.spec.name} changed since run ${runId} started (content ${suite.contentHash.slice(0, 12)}, the run used ${manifest.suite.contentHash.slice(0, 12)})`,
      { details: ["start a new run; a resumed run must use exactly the tasks it started with"] },
    );
  }
  const tasks = new Map(suite.tasks.map((t) => [t.spec.id, t]));
  const all = planUnits(manifest.models, manifest.taskIds, manifest.samples);
  const done = finishedUnits(store, runId);
  const pending = all.filter((u) => !done.has(unitId(u)));
  options.onStart?.({
    planned: countByModel(all),
    alreadyDone: countByModel(all.filter((u) => done.has(unitId(u)))),
  });
  const context = {
    store,
    pool: options.pool,
    suite,
    templates: options.templates,
    oracles: new OracleCache(options.pool, suite),
    generation: new Semaphore(manifest.concurrency.generation),
    parameters: manifest.parameters as GenerationParameters,
    ...(manifest.seed === null ? {} : { seed: manifest.seed }),
    ...(options.signal ? { signal: options.signal } : {}),
  };
  setRunStatus(store, runId, "running");
  let completed = 0;
  let errors = 0;
  const width = manifest.concurrency.generation + options.pool.environment.slots * 2;
  const work = mapConcurrent(
    pending,
    width,
    async (key) => {
      const task = tasks.get(key.taskId);
      const model = options.models.get(key.model);
      if (task === undefined || model === undefined)
        throw new PyarenaError(
          "USAGE",
          `run ${runId} needs ${task ? `model ${key.model}` : `task ${key.taskId}`}`,
        );
      try {
        const unit = await runUnit(context, model, task, key);
        saveUnit(store, runId, unit);
        completed++;
        options.onUnit?.(unit);
      } catch (error) {
        if (options.signal?.aborted) return;
        if (!isPyarenaError(error) || !UNIT_ERRORS.has(error.code)) throw error;
        errors++;
        saveUnitError(store, runId, key, error.code, error.message);
        options.onUnitError?.(key, error);
      }
    },
    options.signal,
  );
  try {
    await work;
  } catch (error) {
    if (!options.signal?.aborted) {
      setRunStatus(store, runId, "stopped");
      throw error;
    }
  }
  let analysed = 0;
  if (!options.skipQuality && !options.signal?.aborted) {
    try {
      analysed = await analyseRunQuality({
        store,
        pool: options.pool,
        suite,
        runId,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onQuality ? { onProgress: options.onQuality } : {}),
      });
    } catch (error) {
      if (!options.signal?.aborted) {
        setRunStatus(store, runId, "stopped");
        throw error;
      }
    }
  }
  const status = options.signal?.aborted || errors > 0 ? "stopped" : "finished";
  setRunStatus(store, runId, status);
  return { status, completed, errors, analysed };
}
