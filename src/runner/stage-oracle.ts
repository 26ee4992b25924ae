import type { ExecutionReport } from "../core/observation.js";
import { PyarenaError } from "../core/pyarena-error.js";
import { trustedLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { CaseExpectation } from "../scoring/case-expectation.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { type CaseInfo, stageExpectations } from "./stage-expectations.js";
import { stageJob } from "./stage-job.js";
import { taskLimits } from "./task-limits.js";

/** What a stage expects, learned from its reference: the yardstick for every candidate. */
export interface StageOracle {
  /** Every case of the stage, perf cases included. */
  readonly expectations: readonly CaseExpectation[];
  /** The reference's CPU time in the main job (every case not tagged perf): sets that job's limit. */
  readonly referenceCpuMs: number;
  /** The reference's main job. */
  readonly referenceReport: ExecutionReport;
  /** Set when the stage has cases tagged perf: they run in a job of their own. */
  readonly perf?: PerfOracle;
  /** Ways the reference itself falls short (missing cases, opaque values, disagreement with data). */
  readonly problems: readonly string[];
}

/**
 * The reference on the perf cases alone, and loaded with no case run (the baseline: interpreter
 * start, imports and cases.py), so a candidate's perf CPU limit derives from the reference's perf
 * work and ratios can be taken without the fixed cost of starting.
 */
export interface PerfOracle {
  readonly caseIds: readonly string[];
  readonly referenceCpuMs: number;
  readonly referencePeakRssKb: number;
  readonly baselineCpuMs: number;
  readonly baselinePeakRssKb: number;
  readonly referenceReport: ExecutionReport;
}

/** The cases of a stage; for cases.py they are discovered in a sandbox that runs no candidate. */
export async function stageCases(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  signal?: AbortSignal,
): Promise<CaseInfo[]> {
  switch (stage.cases.kind) {
    case "data":
      return stage.cases.cases.map((c) => ({
        id: c.id,
        tags: [...c.tags],
        ...(c.validator ? { validator: c.validator } : {}),
      }));
    case "legacy":
      return [{ id: "legacy", tags: [] }];
    case "expression":
      return [{ id: "answer", tags: [] }];
    case "code": {
      const result = await pool.run(
        {
          files: { "cases.py": stage.cases.source },
          job: { mode: "discover", cases_module: "cases.py" },
          limits: trustedLimits(taskLimits(suite, task)),
        },
        signal,
      );
      const meta = result.control.find((m) => m.kind === "meta");
      if (meta === undefined || !Array.isArray(meta.body) || meta.body.length === 0) {
        throw new PyarenaError(
          "SUITE_INVALID",
          `${task.spec.id}: cases.py declares no cases or does not load`,
          {
            details: [result.stderr.slice(-1500)],
          },
        );
      }
      return meta.body as CaseInfo[];
    }
  }
}

/**
 * Run the reference the way candidates run: one job for the ordinary cases and, when the stage
 * has perf cases, one for those and one that runs no case (the baseline).
 */
export async function stageOracle(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  signal?: AbortSignal,
): Promise<StageOracle> {
  const cases = await stageCases(pool, suite, task, stage, signal);
  const limits = trustedLimits(taskLimits(suite, task));
  const perfIds = cases.filter((c) => c.tags.includes("perf")).map((c) => c.id);
  const run = async (only: readonly string[] | undefined) => {
    const { files, job } = stageJob(task, stage, stage.reference, only);
    return pool.run({ files, job, limits }, signal);
  };
  const problems: string[] = [];
  const checkEnd = (report: ExecutionReport, job: string) => {
    if (report.loadError) problems.push(`the reference raised ${report.loadError.type} when loaded${job}`);
    if (report.termination !== "exited")
      problems.push(`the reference ended with ${report.termination}${job}`);
  };
  let perf: PerfOracle | undefined;
  const split = perfIds.length > 0;
  const report = await run(split ? cases.filter((c) => !perfIds.includes(c.id)).map((c) => c.id) : undefined);
  checkEnd(report, split ? " (main job)" : "");
  const observed = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  if (split) {
    const perfReport = await run(perfIds);
    const baseline = await run([]);
    checkEnd(perfReport, " (perf job)");
    checkEnd(baseline, " (baseline job)");
    for (const o of perfReport.observations)
      if (perfIds.includes(o.caseId)) observed.set(o.caseId, o.outcome);
    perf = {
      caseIds: perfIds,
      referenceCpuMs: perfReport.cpuMs,
      referencePeakRssKb: perfReport.peakRssKb,
      baselineCpuMs: baseline.cpuMs,
      baselinePeakRssKb: baseline.peakRssKb,
      referenceReport: perfReport,
    };
  }
  const expectations = stageExpectations(stage, cases, observed, problems);
  return {
    expectations,
    referenceCpuMs: report.cpuMs,
    referenceReport: report,
    ...(perf === undefined ? {} : { perf }),
    problems,
  };
}
