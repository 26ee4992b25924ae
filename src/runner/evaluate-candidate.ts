import type { SampleVerdict } from "../core/verdict.js";
import { executionLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { CaseExpectation } from "../scoring/case-expectation.js";
import type { SplitVerdicts } from "../scoring/combine-verdicts.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { combineStage, judgeJob, type StageContext, splitExpectations } from "./judge-job.js";
import { stageJob } from "./stage-job.js";
import type { PerfOracle, StageOracle } from "./stage-oracle.js";
import { taskLimits } from "./task-limits.js";

/**
 * Run one candidate on one stage and judge it against the stage's oracle. A stage with perf
 * cases runs in two jobs: every other case first, then, only if all of them passed, the perf
 * cases alone, under a CPU limit derived from the reference's time on those same cases (so a
 * quadratic solution to a task whose reference is linear runs out of it: `too-slow`). The
 * verdict's cpuMs, peakRssKb and wallMs are the first job's; the perf job's are in `perf`.
 */
export async function evaluateCandidate(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  oracle: StageOracle,
  code: string,
  signal?: AbortSignal,
): Promise<SampleVerdict> {
  const context = { pool, suite, task, stage, signal };
  const perf = oracle.perf;
  if (perf === undefined) {
    const report = await runJob(context, code, undefined, oracle.referenceCpuMs);
    return judgeJob(context, oracle.expectations, report);
  }
  const split = splitExpectations(oracle, perf);
  const mainIds = split.main.map((e) => e.id);
  const main =
    mainIds.length === 0
      ? undefined
      : await judgeJob(context, split.main, await runJob(context, code, mainIds, oracle.referenceCpuMs));
  const perfRun =
    main === undefined || main.status === "passed"
      ? await perfJob(context, split.perf, perf, code)
      : undefined;
  return combineStage(oracle, perf, main, perfRun);
}

/**
 * The perf job alone, whatever the other cases give: `suite check` uses it to learn whether a
 * mutant that already fails an ordinary case would also run out of CPU or memory on the perf
 * cases. Undefined for a stage without perf cases.
 */
export async function evaluatePerfCases(
  context: StageContext,
  oracle: StageOracle,
  code: string,
): Promise<SampleVerdict | undefined> {
  const perf = oracle.perf;
  if (perf === undefined) return undefined;
  const perfRun = await perfJob(context, splitExpectations(oracle, perf).perf, perf, code);
  return combineStage(oracle, perf, undefined, perfRun);
}

async function perfJob(
  context: StageContext,
  expectations: readonly CaseExpectation[],
  perf: PerfOracle,
  code: string,
): Promise<NonNullable<SplitVerdicts["perf"]>> {
  const report = await runJob(context, code, perf.caseIds, perf.referenceCpuMs);
  return { verdict: await judgeJob(context, expectations, report), report };
}

function runJob(
  context: StageContext,
  code: string,
  only: readonly string[] | undefined,
  referenceCpuMs: number,
) {
  const { pool, suite, task, stage, signal } = context;
  const { files, job } = stageJob(task, stage, code, only);
  const limits = executionLimits(taskLimits(suite, task), referenceCpuMs);
  return pool.run({ files, job, limits }, signal);
}
