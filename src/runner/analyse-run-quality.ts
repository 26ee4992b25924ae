import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { lintCandidate, warmLinter } from "../scoring/quality/lint-candidate.js";
import { stageQualityOf } from "../scoring/quality/stage-quality-of.js";
import { typeErrors } from "../scoring/quality/type-accuracy.js";
import { type PendingStage, pendingQualityStages, saveQuality } from "../store/quality-table.js";
import type { Store } from "../store/store.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { analyseStructure } from "./analyse-structure.js";
import { ReferenceQuality } from "./reference-quality.js";

/** Kinds whose answers are expressions, not Python modules: there is nothing to lint. */
const NOT_CODE = new Set(["predict-output", "predict-input"]);

/**
 * Most distinct sources per batch. pyright's start, with the typeshed stubs a batch imports,
 * costs seconds (about 11 s for the core suite's answers on 2 cores) while each further file costs
 * a few milliseconds, so batches are as big as memory comfortably allows and split evenly. A
 * batch is also the unit of progress and of what a Ctrl-C can lose.
 */
const MAX_BATCH = 2000;

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
 * The quality pass of a run: lint (ruff), documentation facts (`ast` in the sandbox) and type
 * accuracy (pyright) of every stage's code that has none stored yet, batch by batch. It runs after
 * the units, not inside them, because its analysers are cheap per file but costly to start, and
 * because a resumed run then analyses exactly what is missing. Each batch is stored as it ends.
 * Returns how many stages were analysed.
 */
export async function analyseRunQuality(options: AnalyseRunQualityOptions): Promise<number> {
  const { store, runId, signal } = options;
  const pending = pendingQualityStages(store, runId).filter((s) => !NOT_CODE.has(s.kind));
  if (pending.length === 0) return 0;
  warmLinter();
  const references = new ReferenceQuality(options.suite);
  // Identical answers (greedy decoding, a response from the cache) are analysed once.
  const byCode = new Map<string, PendingStage[]>();
  for (const stage of pending) byCode.set(stage.code, [...(byCode.get(stage.code) ?? []), stage]);
  const codes = [...byCode.keys()];
  let done = 0;
  options.onProgress?.({ done, total: pending.length });
  const size = Math.ceil(codes.length / Math.ceil(codes.length / MAX_BATCH));
  for (let i = 0; i < codes.length; i += size) {
    signal?.throwIfAborted();
    const batch = codes.slice(i, i + size);
    const sources = new Map(batch.map((code, j) => [String(j), code]));
    // The references these answers are compared with ride in the same pyright process.
    const checked = new Map([
      ...sources,
      ...references.unchecked(batch.flatMap((code) => byCode.get(code) ?? [])),
    ]);
    const [structures, types] = await Promise.all([
      analyseStructure(options.pool, sources, signal),
      typeErrors(checked, signal ? { signal } : {}),
    ]);
    references.record(types);
    const items = batch.flatMap((code, j) => {
      const lint = lintCandidate(code);
      return (byCode.get(code) ?? []).map((stage) => ({
        stage,
        quality: stageQualityOf(
          lint,
          structures.get(String(j)) ?? { ok: false, reason: "the structure helper gave no result" },
          types.get(String(j)),
          references.of(stage.taskId, stage.stageId),
        ),
      }));
    });
    saveQuality(store, runId, items);
    done += items.length;
    options.onProgress?.({ done, total: pending.length });
  }
  return done;
}
