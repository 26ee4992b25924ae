import type { SampleRow } from "../core/run-record.js";
import type { CaseCount } from "../core/verdict.js";
import { perfRatios } from "./perf-ratio.js";

/**
 * Every quality metric of one sample (docs/quality.md). A metric is null when the sample has
 * nothing to measure it on (no code, no perf case, no public function), so averages skip it
 * instead of counting it as perfect or as zero. Multi-stage samples pool their stages: counts are
 * summed before dividing, ratios are taken over the stages that have them.
 */
export interface SampleMetrics {
  readonly passed: boolean;
  /** All lint findings per 100 non-blank lines, and each group's share of that. */
  readonly findingsPer100: number | null;
  readonly likelyBugPer100: number | null;
  readonly idiomPer100: number | null;
  readonly readabilityPer100: number | null;
  /**
   * Findings per 100 lines that the reference does not also have, weighted by what they cost
   * (3 × likely bug + 1 × idiom + 0.5 × readability): what the composite's quality part uses.
   */
  readonly weightedBeyondReferencePer100: number | null;
  /** The most complex function against the reference's (1 = as complex). */
  readonly complexityRatio: number | null;
  readonly docstringCoverage: number | null;
  /** Documented definitions whose docstring has the full shape. */
  readonly wellShaped: number | null;
  readonly hintCoverage: number | null;
  readonly typeErrors: number | null;
  /** Errors beyond the reference's own on the same stage: dynamic idioms the task needs are free. */
  readonly typeErrorsBeyondReference: number | null;
  readonly edge: number | null;
  readonly errorHandling: number | null;
  readonly otherCases: number | null;
  /** CPU time and peak memory on the perf cases, above the baseline, against the reference's. */
  readonly cpuRatio: number | null;
  readonly memoryRatio: number | null;
  /** 1 when the perf cases ran out of their limit, 0 when they ran to the end, null otherwise. */
  readonly tooSlow: number | null;
  /** Whether the sample's task has perf cases, whether or not they ran. */
  readonly hasPerf: boolean;
}

/** What a finding of each group costs in the composite's quality part. */
export const GROUP_WEIGHTS = { likelyBug: 3, idiom: 1, readability: 0.5 } as const;

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function sumCounts(counts: readonly (CaseCount | undefined)[]): number | null {
  const present = counts.filter((c): c is CaseCount => c !== undefined);
  return share(
    present.reduce((n, c) => n + c.passed, 0),
    present.reduce((n, c) => n + c.total, 0),
  );
}

function geometricMean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

export function sampleMetrics(row: SampleRow): SampleMetrics {
  const analysed = row.stages.flatMap((s) => (s.quality === undefined ? [] : [s.quality]));
  const lines = analysed.reduce((n, q) => n + q.lint.nonBlankLines, 0);
  const per100 = (count: (q: (typeof analysed)[number]) => number) =>
    analysed.length === 0 || lines === 0 ? null : (100 * analysed.reduce((n, q) => n + count(q), 0)) / lines;
  const docs = analysed.flatMap((q) => (q.documentation === null ? [] : [q.documentation]));
  const types = analysed.flatMap((q) =>
    q.types === null
      ? []
      : [{ ...q.types, beyond: Math.max(0, q.types.errors - (q.referenceTypeErrors ?? 0)) }],
  );
  const complexity = analysed.flatMap((q) =>
    q.referenceComplexityMax > 0 && q.lint.complexityMax > 0
      ? [q.lint.complexityMax / q.referenceComplexityMax]
      : [],
  );
  const tallies = row.stages.map((s) => s.verdict?.tally);
  const perfs = row.stages.flatMap((s) => (s.verdict?.perf === undefined ? [] : [s.verdict.perf]));
  const measured = perfs.flatMap((p) => perfRatios(p) ?? []);
  const ranOrStopped = perfs.filter((p) => p.outcome === "passed" || p.outcome === "too-slow");
  return {
    passed: row.passed,
    findingsPer100: per100((q) => q.lint.likelyBug + q.lint.idiom + q.lint.readability),
    likelyBugPer100: per100((q) => q.lint.likelyBug),
    idiomPer100: per100((q) => q.lint.idiom),
    readabilityPer100: per100((q) => q.lint.readability),
    weightedBeyondReferencePer100: per100((q) => {
      const b = q.lint.beyondReference ?? q.lint;
      return (
        GROUP_WEIGHTS.likelyBug * b.likelyBug +
        GROUP_WEIGHTS.idiom * b.idiom +
        GROUP_WEIGHTS.readability * b.readability
      );
    }),
    complexityRatio: geometricMean(complexity),
    docstringCoverage: share(
      docs.reduce((n, d) => n + d.documented, 0),
      docs.reduce((n, d) => n + d.publicDefinitions, 0),
    ),
    wellShaped: share(
      docs.reduce((n, d) => n + d.wellShaped, 0),
      docs.reduce((n, d) => n + d.documented, 0),
    ),
    hintCoverage: share(
      docs.reduce((n, d) => n + d.annotatedSlots, 0),
      docs.reduce((n, d) => n + d.hintSlots, 0),
    ),
    typeErrors: types.length === 0 ? null : types.reduce((n, t) => n + t.errors, 0),
    typeErrorsBeyondReference: types.length === 0 ? null : types.reduce((n, t) => n + t.beyond, 0),
    edge: sumCounts(tallies.map((t) => t?.edge)),
    errorHandling: sumCounts(tallies.map((t) => t?.errorHandling)),
    otherCases: sumCounts(tallies.map((t) => t?.other)),
    cpuRatio: geometricMean(measured.map((m) => m.cpu)),
    memoryRatio: geometricMean(measured.map((m) => m.memory)),
    tooSlow: ranOrStopped.length === 0 ? null : ranOrStopped.some((p) => p.outcome === "too-slow") ? 1 : 0,
    hasPerf: perfs.length > 0,
  };
}
