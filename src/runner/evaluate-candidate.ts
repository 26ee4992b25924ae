import type { SampleVerdict } from "../core/verdict.js";
import { executionLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { judgeSample } from "../scoring/judge-sample.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { runValidators } from "./run-validators.js";
import { stageJob } from "./stage-job.js";
import type { StageOracle } from "./stage-oracle.js";
import { taskLimits } from "./task-limits.js";

/** Run one candidate on one stage and judge it against the stage's oracle. */
export async function evaluateCandidate(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  oracle: StageOracle,
  code: string,
  signal?: AbortSignal,
): Promise<SampleVerdict> {
  const { files, job } = stageJob(task, stage, code);
  const limits = executionLimits(taskLimits(suite, task), oracle.referenceCpuMs);
  const report = await pool.run({ files, job, limits }, signal);
  const validatorResults = await runValidators(pool, suite, task, stage, oracle.expectations, report, signal);
  return judgeSample({
    expectations: oracle.expectations,
    report,
    validatorResults,
    legacy: stage.cases.kind === "legacy",
  });
}
