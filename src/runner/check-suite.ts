import type { ExecutionReport } from "../core/observation.js";
import { canonicalKey } from "../core/py-equal.js";
import type { PerfMeasure, SampleStatus } from "../core/verdict.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import { policyProblems, RESOURCE_FAILURES, wantsPerfEvidence } from "./check-policy.js";
import { evaluateCandidate, evaluatePerfCases } from "./evaluate-candidate.js";
import { judgeReference } from "./judge-job.js";
import { mapConcurrent } from "./map-concurrent.js";
import { stageOracle } from "./stage-oracle.js";

export interface StageCheck {
  readonly taskId: string;
  readonly stageId: string;
  readonly tier: string;
  readonly kind: string;
  readonly cases: number;
  /** Every case's tags, flattened: how many edge, error-handling and perf cases the stage has. */
  readonly caseTags: readonly string[];
  readonly legacy: boolean;
  readonly referencePassed: boolean;
  /** The reference's CPU time over every case: its main job plus its perf job, if any. */
  readonly referenceCpuMs: number;
  readonly deterministic: boolean;
  readonly mutants: number;
  readonly mutantsCaught: number;
  readonly problems: readonly string[];
}

export interface CheckOptions {
  /** How many times the reference runs; all runs must give identical observations. */
  readonly runs?: number;
  readonly signal?: AbortSignal;
  readonly onStage?: (check: StageCheck) => void;
}

function fingerprint(report: ExecutionReport): string {
  return report.observations
    .map(
      (o) =>
        `${o.caseId}=${o.outcome.kind === "value" ? canonicalKey(o.outcome.value) : `!${o.outcome.type}`}`,
    )
    .sort()
    .join("\n");
}

/** Prove a suite sound: references pass, every mutant is caught, repeated runs agree. */
export async function checkSuite(
  pool: SandboxPool,
  suite: LoadedSuite,
  options: CheckOptions = {},
): Promise<StageCheck[]> {
  const runs = options.runs ?? 3;
  const stages = suite.tasks.flatMap((task) => task.stages.map((stage) => ({ task, stage })));
  return mapConcurrent(
    stages,
    pool.environment.slots * 2,
    async ({ task, stage }) => {
      const check = await checkStage(pool, suite, task, stage, runs, options.signal);
      options.onStage?.(check);
      return check;
    },
    options.signal,
  );
}

async function checkStage(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: LoadedTask["stages"][number],
  runs: number,
  signal?: AbortSignal,
): Promise<StageCheck> {
  const oracles = [];
  for (let i = 0; i < runs; i++) oracles.push(await stageOracle(pool, suite, task, stage, signal));
  const [oracle] = oracles;
  if (oracle === undefined) throw new Error("runs must be at least 1");
  const problems = [...oracle.problems];
  // One run has nothing to agree with: skip the fingerprints (costly on results of many MB).
  const prints = new Set(
    runs > 1
      ? oracles.map(
          (o) => `${fingerprint(o.referenceReport)}\n${o.perf ? fingerprint(o.perf.referenceReport) : ""}`,
        )
      : [""],
  );
  if (prints.size > 1) problems.push(`the reference gave different observations in ${runs} runs`);
  const verdict = await judgeReference({ pool, suite, task, stage, signal }, oracle);
  if (verdict.status !== "passed") {
    const failing = verdict.cases.filter((c) => !c.passed).map((c) => `${c.caseId} (${c.reason})`);
    problems.push(
      `the reference does not pass: ${verdict.status} ${verdict.detail}; ${failing.slice(0, 5).join(", ")}`,
    );
  }
  let caught = 0;
  const mutantStatuses: SampleStatus[] = [];
  const skippedPerf: string[] = [];
  for (const mutant of stage.mutants) {
    const result = await evaluateCandidate(pool, suite, task, stage, oracle, mutant.source, signal);
    mutantStatuses.push(result.status);
    if (result.perf?.outcome === "skipped") skippedPerf.push(mutant.source);
    if (result.status !== "passed") caught++;
    else problems.push(`mutant ${mutant.name} passes every case`);
  }
  // A naive mutant that is also wrong on an ordinary case never reaches its perf job. When no
  // mutant ran out of resources, ask whether one would have on the perf cases alone.
  const perfProbeOutcomes: PerfMeasure["outcome"][] = [];
  if (wantsPerfEvidence(suite, task) && !mutantStatuses.some((s) => RESOURCE_FAILURES.has(s))) {
    for (const source of skippedPerf) {
      const probe = await evaluatePerfCases({ pool, suite, task, stage, signal }, oracle, source);
      if (probe?.perf === undefined) break;
      perfProbeOutcomes.push(probe.perf.outcome);
      if (probe.perf.outcome === "too-slow" || probe.perf.outcome === "memory") break;
    }
  }
  const checksGiven =
    suite.spec.policy.check_given &&
    task.given !== undefined &&
    (task.spec.kind === "fix" || task.spec.kind === "refactor");
  const givenStatus =
    checksGiven && task.given !== undefined
      ? (await evaluateCandidate(pool, suite, task, stage, oracle, task.given, signal)).status
      : undefined;
  problems.push(
    ...policyProblems(suite, task, stage, {
      oracle,
      mutantStatuses,
      perfProbeOutcomes,
      ...(givenStatus === undefined ? {} : { givenStatus }),
    }),
  );
  return {
    taskId: task.spec.id,
    stageId: stage.id,
    tier: task.spec.tier,
    kind: task.spec.kind,
    cases: oracle.expectations.length,
    caseTags: oracle.expectations.flatMap((e) => e.tags),
    legacy: stage.cases.kind === "legacy",
    referencePassed: verdict.status === "passed",
    referenceCpuMs: oracle.referenceCpuMs + (oracle.perf?.referenceCpuMs ?? 0),
    deterministic: prints.size === 1,
    mutants: stage.mutants.length,
    mutantsCaught: caught,
    problems,
  };
}
