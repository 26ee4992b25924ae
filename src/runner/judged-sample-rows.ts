import type { SampleRow } from "../core/run-record.js";
import type { StageQuality } from "../core/stage-quality.js";
import { EXPRESSION_KINDS } from "../core/task.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { analyseQuality } from "./analyse-quality.js";
import type { JudgedSample } from "./score-samples.js";

export interface JudgedSampleRowsOptions {
  /** The name the samples go by in tables (a samples file rarely names its model). */
  readonly model: string;
  /** Run the static analysers too (lint, documentation, pyright), as a run's quality pass does. */
  readonly quality: boolean;
  readonly signal?: AbortSignal;
  readonly onAnalysed?: (done: number, total: number) => void;
}

/**
 * Samples scored from a file, shaped like a run's rows, so that every metric, interval and the
 * composite of `pyarena report` apply to them unchanged: there is one definition of each.
 */
export async function judgedSampleRows(
  pool: SandboxPool,
  suite: LoadedSuite,
  judged: readonly JudgedSample[],
  options: JudgedSampleRowsOptions,
): Promise<SampleRow[]> {
  const qualities = new Map<JudgedSample, StageQuality>();
  if (options.quality) {
    const items = judged.flatMap((j) => {
      const stage = j.task.stages[0];
      if (stage === undefined || EXPRESSION_KINDS.has(j.task.spec.kind)) return [];
      return [{ taskId: j.task.spec.id, stageId: stage.id, code: j.code, judged: j }];
    });
    options.onAnalysed?.(0, items.length);
    await analyseQuality(pool, suite, items, {
      ...(options.signal ? { signal: options.signal } : {}),
      onBatch: (analysed) => {
        for (const { item, quality } of analysed) qualities.set(item.judged, quality);
        options.onAnalysed?.(qualities.size, items.length);
      },
    });
  }
  return judged.map((j) => {
    const quality = qualities.get(j);
    return {
      runId: "score",
      model: options.model,
      taskId: j.task.spec.id,
      sampleIndex: j.sampleIndex,
      tier: j.task.spec.tier,
      kind: j.task.spec.kind,
      status: j.verdict.status,
      passed: j.verdict.status === "passed",
      stages: [
        {
          stageId: j.task.stages[0]?.id ?? "main",
          responseId: 0,
          cached: false,
          extraction: "bare",
          code: j.code,
          verdict: j.verdict,
          ...(quality === undefined ? {} : { quality }),
        },
      ],
      responses: [],
    };
  });
}
