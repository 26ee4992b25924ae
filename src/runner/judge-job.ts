import type { ExecutionReport } from "../core/observation.js";
import type { SampleVerdict } from "../core/verdict.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { CaseExpectation } from "../scoring/case-expectation.js";
import { combineVerdicts, type PerfReference, type SplitVerdicts } from "../scoring/combine-verdicts.js";
import { judgeSample } from "../scoring/judge-sample.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { runValidators } from "./run-validators.js";
import type { PerfOracle, StageOracle } from "./stage-oracle.js";

/** Where a stage's jobs are judged: which pool runs validators, for which stage. */
export interface StageContext {
  readonly pool: SandboxPool;
  readonly suite: LoadedSuite;
  readonly task: LoadedTask;
  readonly stage: Stage;
  readonly signal?: AbortSignal | undefined;
}

/** A stage's expectations split by job: perf cases run (and are judged) apart from the rest. */
export function splitExpectations(
  oracle: StageOracle,
  perf: PerfOracle,
): { main: CaseExpectation[]; perf: CaseExpectation[] } {
  const ids = new Set(perf.caseIds);
  return {
    main: oracle.expectations.filter((e) => !ids.has(e.id)),
    perf: oracle.expectations.filter((e) => ids.has(e.id)),
  };
}

function perfReference(perf: PerfOracle): PerfReference {
  return {
    cpuMs: perf.referenceCpuMs,
    peakRssKb: perf.referencePeakRssKb,
    baselineCpuMs: perf.baselineCpuMs,
    baselinePeakRssKb: perf.baselinePeakRssKb,
  };
}

/** One verdict from a stage's two jobs, measured against the reference's perf job. */
export function combineStage(
  oracle: StageOracle,
  perf: PerfOracle,
  main: SampleVerdict | undefined,
  perfRun: SplitVerdicts["perf"],
): SampleVerdict {
  return combineVerdicts({
    main,
    perf: perfRun,
    perfExpectations: splitExpectations(oracle, perf).perf,
    reference: perfReference(perf),
  });
}

/**
 * Judge one job against the cases it ran. Validators see only that job's observations, so cases
 * with validators work in either job.
 */
export async function judgeJob(
  context: StageContext,
  expectations: readonly CaseExpectation[],
  report: ExecutionReport,
): Promise<SampleVerdict> {
  const { pool, suite, task, stage, signal } = context;
  const validatorResults = await runValidators(pool, suite, task, stage, expectations, report, signal);
  return judgeSample({ expectations, report, validatorResults, legacy: stage.cases.kind === "legacy" });
}

/**
 * The verdict of the reference itself, from the reports in its oracle: its main job and, for a
 * stage with perf cases, its perf job, combined the way a candidate's are.
 */
export async function judgeReference(context: StageContext, oracle: StageOracle): Promise<SampleVerdict> {
  if (oracle.perf === undefined) return judgeJob(context, oracle.expectations, oracle.referenceReport);
  const split = splitExpectations(oracle, oracle.perf);
  const report = oracle.perf.referenceReport;
  return combineStage(
    oracle,
    oracle.perf,
    split.main.length === 0 ? undefined : await judgeJob(context, split.main, oracle.referenceReport),
    { verdict: await judgeJob(context, split.perf, report), report },
  );
}
