import type { StageQuality } from "../core/stage-quality.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { lintCandidate, warmLinter } from "../scoring/quality/lint-candidate.js";
import { stageQualityOf } from "../scoring/quality/stage-quality-of.js";
import { typeErrors } from "../scoring/quality/type-accuracy.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { analyseStructure } from "./analyse-structure.js";
import { ReferenceQuality } from "./reference-quality.js";

/**
 * Most distinct sources per batch. pyright's start, with the typeshed stubs a batch imports,
 * costs seconds (about 11 s for the core suite's answers on 2 cores) while each further file costs
 * a few milliseconds, so batches are as big as memory comfortably allows and split evenly. A
 * batch is also the unit of progress and of what a Ctrl-C can lose.
 */
const MAX_BATCH = 2000;

/** One stage's code to analyse; the task and stage name the reference it is read against. */
export interface QualityItem {
  readonly taskId: string;
  readonly stageId: string;
  readonly code: string;
}

export interface AnalyseQualityOptions<T extends QualityItem> {
  readonly signal?: AbortSignal;
  /** Each batch's results as it ends, so a caller can store them before the next one starts. */
  readonly onBatch: (analysed: readonly { readonly item: T; readonly quality: StageQuality }[]) => void;
}

/**
 * Lint (ruff), documentation facts (`ast` in the sandbox) and type accuracy (pyright) of many
 * stages' code, each read against its stage's reference. Shared by a run's quality pass and by
 * `pyarena score --quality`; identical code (greedy decoding, cached responses, repeated samples)
 * is analysed once.
 */
export async function analyseQuality<T extends QualityItem>(
  pool: SandboxPool,
  suite: LoadedSuite,
  items: readonly T[],
  options: AnalyseQualityOptions<T>,
): Promise<void> {
  if (items.length === 0) return;
  const { signal } = options;
  warmLinter();
  const references = new ReferenceQuality(suite);
  const byCode = new Map<string, T[]>();
  for (const item of items) byCode.set(item.code, [...(byCode.get(item.code) ?? []), item]);
  const codes = [...byCode.keys()];
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
      analyseStructure(pool, sources, signal),
      typeErrors(checked, signal ? { signal } : {}),
    ]);
    references.record(types);
    options.onBatch(
      batch.flatMap((code, j) => {
        const lint = lintCandidate(code);
        return (byCode.get(code) ?? []).map((item) => ({
          item,
          quality: stageQualityOf(
            lint,
            structures.get(String(j)) ?? { ok: false, reason: "the structure helper gave no result" },
            types.get(String(j)),
            references.of(item.taskId, item.stageId),
          ),
        }));
      }),
    );
  }
}
