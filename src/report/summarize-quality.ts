import type { SampleRow } from "../core/run-record.js";
import { EXPRESSION_KINDS } from "../core/task.js";
import { bootstrapMean, type Interval } from "../scoring/bootstrap-interval.js";
import { type CompositeWeights, compositeScore, DEFAULT_WEIGHTS } from "../scoring/composite-score.js";
import { type SampleMetrics, sampleMetrics } from "../scoring/sample-metrics.js";

export type QualityMetric = Exclude<keyof SampleMetrics, "passed" | "hasPerf">;

/** Ratios are averaged as geometric means: twice as slow and half as slow must cancel out. */
const GEOMETRIC = new Set<QualityMetric>(["complexityRatio", "cpuRatio", "memoryRatio"]);

export const QUALITY_METRICS: readonly QualityMetric[] = [
  "findingsPer100",
  "likelyBugPer100",
  "idiomPer100",
  "readabilityPer100",
  "weightedBeyondReferencePer100",
  "complexityRatio",
  "docstringCoverage",
  "wellShaped",
  "hintCoverage",
  "typeErrors",
  "typeErrorsBeyondReference",
  "edge",
  "errorHandling",
  "otherCases",
  "cpuRatio",
  "memoryRatio",
  "tooSlow",
];

/** One group's quality: each metric with its 95% interval (absent when no sample has it). */
export interface QualitySummary {
  readonly samples: number;
  /** Samples with at least one analysed stage (the quality pass has reached them). */
  readonly analysed: number;
  /** Samples with code that the quality pass has not reached yet (a run made with --no-quality). */
  readonly pending: number;
  readonly metrics: Readonly<Partial<Record<QualityMetric, Interval>>>;
  /** How many samples each metric was measured on. */
  readonly counts: Readonly<Partial<Record<QualityMetric, number>>>;
  readonly composite: Interval;
  readonly versions: readonly string[];
}

/**
 * A metric's mean over tasks with a bootstrap interval: each task's samples are averaged first,
 * as for pass@1, so a task with many samples does not outweigh the others.
 */
function taskInterval(
  rows: readonly SampleRow[],
  values: readonly (number | null)[],
  geometric: boolean,
): { interval: Interval; count: number } | undefined {
  const perTask = new Map<string, number[]>();
  let count = 0;
  rows.forEach((row, i) => {
    const v = values[i];
    if (v === null || v === undefined) return;
    count++;
    const own = perTask.get(row.taskId) ?? [];
    own.push(geometric ? Math.log(v) : v);
    perTask.set(row.taskId, own);
  });
  if (count === 0) return undefined;
  const means = [...perTask.values()].map((vs) => vs.reduce((a, b) => a + b, 0) / vs.length);
  const i = bootstrapMean(means);
  return {
    interval: geometric
      ? { estimate: Math.exp(i.estimate), low: Math.exp(i.low), high: Math.exp(i.high) }
      : i,
    count,
  };
}

/** Every quality metric and the composite score of a group of samples. */
export function summarizeQuality(
  rows: readonly SampleRow[],
  weights: CompositeWeights = DEFAULT_WEIGHTS,
): QualitySummary {
  const each = rows.map(sampleMetrics);
  const metrics: Partial<Record<QualityMetric, Interval>> = {};
  const counts: Partial<Record<QualityMetric, number>> = {};
  for (const metric of QUALITY_METRICS) {
    const result = taskInterval(
      rows,
      each.map((m) => m[metric]),
      GEOMETRIC.has(metric),
    );
    if (result === undefined) continue;
    metrics[metric] = result.interval;
    counts[metric] = result.count;
  }
  const composite = taskInterval(
    rows,
    each.map((m) => compositeScore(m, weights)),
    false,
  );
  return {
    samples: rows.length,
    analysed: rows.filter((r) => r.stages.some((s) => s.quality !== undefined)).length,
    pending: rows.filter(
      (r) =>
        !EXPRESSION_KINDS.has(r.kind) &&
        r.stages.some((s) => s.extraction !== "none" && s.quality === undefined),
    ).length,
    metrics,
    counts,
    composite: composite?.interval ?? { estimate: Number.NaN, low: Number.NaN, high: Number.NaN },
    versions: [
      ...new Set(rows.flatMap((r) => r.stages.flatMap((s) => (s.quality ? [s.quality.version] : [])))),
    ],
  };
}
