import type { SampleRow } from "../core/run-record.js";
import type { TaskKind, Tier } from "../core/task.js";
import { bootstrapMean, type Interval, percentile } from "../scoring/bootstrap-interval.js";
import { type CompositeWeights, DEFAULT_WEIGHTS } from "../scoring/composite-score.js";
import { countPerTask, passAtK } from "../scoring/pass-at-k.js";
import { type QualitySummary, summarizeQuality } from "./summarize-quality.js";

export interface LatencySummary {
  readonly responses: number;
  readonly ttftP50: number;
  readonly ttftP90: number;
  readonly totalP50: number;
  readonly totalP90: number;
  readonly tokensPerSecondP50: number;
}

export interface GroupSummary {
  readonly tasks: number;
  readonly samples: number;
  readonly passAt1: Interval;
  readonly quality: QualitySummary;
}

/** One model's results in one run: the numbers every renderer shows. */
export interface ModelSummary {
  readonly runId: string;
  readonly model: string;
  readonly tasks: number;
  readonly samples: number;
  /** Samples per task (the smallest, when a stopped run left tasks uneven). */
  readonly samplesPerTask: number;
  readonly passAt1: Interval;
  readonly passAtK: Readonly<Record<string, Interval>>;
  readonly byTier: Readonly<Partial<Record<Tier, GroupSummary>>>;
  readonly byKind: Readonly<Partial<Record<TaskKind, GroupSummary>>>;
  readonly latency: LatencySummary;
  /** Code quality, documentation, types, completeness, efficiency and the composite score. */
  readonly quality: QualitySummary;
  readonly latencyByTier: Readonly<Partial<Record<Tier, LatencySummary>>>;
  readonly statuses: Readonly<Record<string, number>>;
  readonly cachedShare: number;
  readonly retries: number;
  readonly legacy: boolean;
  readonly unsafe: boolean;
}

const KS = [1, 5, 10, 100];

function perTask(rows: readonly SampleRow[]): Map<string, { n: number; c: number }> {
  return countPerTask(
    rows,
    (r) => r.taskId,
    (r) => r.passed,
  );
}

function passInterval(rows: readonly SampleRow[], k: number): Interval {
  const values = [...perTask(rows).values()].map((t) => passAtK(t.n, t.c, k)).filter((v) => !Number.isNaN(v));
  return bootstrapMean(values);
}

function group(rows: readonly SampleRow[], weights: CompositeWeights): GroupSummary {
  return {
    tasks: perTask(rows).size,
    samples: rows.length,
    passAt1: passInterval(rows, 1),
    quality: summarizeQuality(rows, weights),
  };
}

function latency(rows: readonly SampleRow[]): LatencySummary {
  // A cached response keeps its original timing: it still describes the model.
  const responses = rows.flatMap((r) => r.responses.map((x) => x.timing));
  const ttft = responses.flatMap((t) => (t.ttftMs === null ? [] : [t.ttftMs]));
  const total = responses.map((t) => t.totalMs);
  const rate = responses.flatMap((t) => (t.tokensPerSecond === null ? [] : [t.tokensPerSecond]));
  return {
    responses: responses.length,
    ttftP50: percentile(ttft, 0.5),
    ttftP90: percentile(ttft, 0.9),
    totalP50: percentile(total, 0.5),
    totalP90: percentile(total, 0.9),
    tokensPerSecondP50: percentile(rate, 0.5),
  };
}

function groupBy<K extends string>(
  rows: readonly SampleRow[],
  key: (r: SampleRow) => K,
): Map<K, SampleRow[]> {
  const groups = new Map<K, SampleRow[]>();
  for (const r of rows) {
    const own = groups.get(key(r));
    if (own === undefined) groups.set(key(r), [r]);
    else own.push(r);
  }
  return groups;
}

/**
 * pass@k with bootstrap intervals, quality metrics and the composite score, per tier and kind,
 * and latency percentiles, for one model.
 */
export function summarizeModel(
  runId: string,
  model: string,
  rows: readonly SampleRow[],
  weights: CompositeWeights = DEFAULT_WEIGHTS,
): ModelSummary {
  const tasks = perTask(rows);
  const samplesPerTask = Math.min(...[...tasks.values()].map((t) => t.n));
  const passK: Record<string, Interval> = {};
  for (const k of KS) if (k > 1 && samplesPerTask >= k) passK[`pass@${k}`] = passInterval(rows, k);
  const statuses: Record<string, number> = {};
  for (const r of rows) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const stages = rows.flatMap((r) => r.stages);
  return {
    runId,
    model,
    tasks: tasks.size,
    samples: rows.length,
    samplesPerTask: Number.isFinite(samplesPerTask) ? samplesPerTask : 0,
    passAt1: passInterval(rows, 1),
    passAtK: passK,
    byTier: Object.fromEntries([...groupBy(rows, (r) => r.tier)].map(([k, v]) => [k, group(v, weights)])),
    byKind: Object.fromEntries([...groupBy(rows, (r) => r.kind)].map(([k, v]) => [k, group(v, weights)])),
    latency: latency(rows),
    quality: summarizeQuality(rows, weights),
    latencyByTier: Object.fromEntries([...groupBy(rows, (r) => r.tier)].map(([k, v]) => [k, latency(v)])),
    statuses,
    cachedShare: stages.length === 0 ? 0 : stages.filter((s) => s.cached).length / stages.length,
    retries: rows.reduce((n, r) => n + r.responses.reduce((m, x) => m + x.attempts.length, 0), 0),
    legacy: stages.some((s) => s.verdict?.legacy),
    unsafe: stages.some((s) => s.verdict?.unsafe),
  };
}

/** Every model of a run, in the order they were named. */
export function summarizeRun(
  runId: string,
  rows: readonly SampleRow[],
  weights: CompositeWeights = DEFAULT_WEIGHTS,
): ModelSummary[] {
  return [...groupBy(rows, (r) => r.model)].map(([model, own]) => summarizeModel(runId, model, own, weights));
}
