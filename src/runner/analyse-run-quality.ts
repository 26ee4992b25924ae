import { EXPRESSION_KINDS } from "../core/task.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { pendingQualityStages, saveQuality } from "../store/quality-table.js";
import type { Store } from "../store/store.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { analyseQuality } from "./analyse-quality.js";

export interface QualityProgress {
  readonly done: number;
  readonly total: number;
}

export interface AnalyseRunQualityOptions {
  readonly store: Store;
  readonly pool: SandboxPool;
  readonly suite: LoadedSuite;
  readonly runId: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: QualityProgress) => void;
}

/**
 * The quality pass of a run: every stage's code that has no quality row yet, batch by batch. It
 * runs after the units, not inside them, because its analysers are cheap per file but costly to
 * start, and because a resumed run then analyses exactly what is missing. Each batch is stored as
 * it ends. Returns how many stages were analysed.
 */
export async function analyseRunQuality(options: AnalyseRunQualityOptions): Promise<number> {
  const { store, runId } = options;
  const pending = pendingQualityStages(store, runId).filter((s) => !EXPRESSION_KINDS.has(s.kind));
  if (pending.length === 0) return 0;
  let done = 0;
  options.onProgress?.({ done, total: pending.length });
  await analyseQuality(options.pool, options.suite, pending, {
    ...(options.signal ? { signal: options.signal } : {}),
    onBatch: (analysed) => {
      saveQuality(
        store,
        runId,
        analysed.map(({ item, quality }) => ({ stage: item, quality })),
      );
      done += analysed.length;
      options.onProgress?.({ done, total: pending.length });
    },
  });
  return done;
}
