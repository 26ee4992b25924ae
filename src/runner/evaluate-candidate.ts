import type { SampleVerdict } from "../core/verdict.js";
import { executionLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { combineVerdicts } from "../scoring/combine-verdicts.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { judgeJob, perfReference, splitExpectations } from "./judge-job.js";
import { stageJob } from "./stage-job.js";
import type { StageOracle } from "./stage-oracle.js";
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
  const spec = taskLimits(suite, task);
  const run = (only: readonly string[] | undefined, referenceCpuMs: number) => {
    const { files, job } = stageJob(task, stage, code, only);
    return pool.run({ files, job, limits: executionLimits(spec, referenceCpuMs) }, signal);
  };
  const perf = oracle.perf;
  if (perf === undefined)
    return judgeJob(context, oracle.expectations, await run(undefined, oracle.referenceCpuMs));
  const split = splitExpectations(oracle, perf);
  const main =
    split.main.length === 0
      ? undefined
      : await judgeJob(
          context,
          split.main,
          await run(
            split.main.map((e) => e.id),
            oracle.referenceCpuMs,
          ),
        );
  let perfRun: Parameters<typeof combineVerdicts>[0]["perf"];
  if (main === undefined || main.status === "passed") {
    const report = await run(perf.caseIds, perf.referenceCpuMs);
    perfRun = { verdict: await judgeJob(context, split.perf, report), report };
  }
  return combineVerdicts({
    main,
    perf: perfRun,
    perfExpectations: split.perf,
    reference: perfReference(perf),
  });
}
