import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { PerfMeasure, SampleStatus } from "../core/verdict.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import type { StageOracle } from "./stage-oracle.js";

/** What the policy needs to know about how a stage's candidates fared. */
export interface PolicyEvidence {
  readonly oracle: StageOracle;
  readonly mutantStatuses: readonly SampleStatus[];
  /**
   * The outcomes of perf jobs run for mutants whose perf cases were skipped because another case
   * failed first: asked only when no mutant's status already shows it ran out of resources.
   */
  readonly perfProbeOutcomes?: readonly PerfMeasure["outcome"][];
  /** The verdict of given.py, for fix and refactor tasks, when the policy checks it. */
  readonly givenStatus?: SampleStatus;
}

/** Statuses that show a naive solution ran out of CPU or memory (too-slow: in the perf job). */
export const RESOURCE_FAILURES: ReadonlySet<SampleStatus> = new Set(["timeout", "too-slow", "memory"]);

/** Whether the suite wants evidence that a naive mutant runs out of resources on this task. */
export function wantsPerfEvidence(suite: LoadedSuite, task: LoadedTask): boolean {
  return suite.spec.policy.perf_tiers.includes(task.spec.tier);
}

function filesBelow(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === "__pycache__") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesBelow(path));
    else found.push(path);
  }
  return found;
}

/** Task files that lack the canary: each one is a file a crawler could take without the marker. */
export function filesWithoutCanary(task: LoadedTask, canary: string): string[] {
  return filesBelow(task.dir)
    .filter((path) => !readFileSync(path, "utf8").includes(canary))
    .map((path) => relative(task.dir, path));
}

/**
 * A suite's own rules beyond soundness (suite.yaml `policy`): enough mutants, canaries in every
 * file, a perf case that really separates a naive solution in the tiers that promise one, and a
 * given.py that really is buggy (fix) or really works (refactor).
 */
export function policyProblems(
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  evidence: PolicyEvidence,
): string[] {
  const policy = suite.spec.policy;
  const problems: string[] = [];
  if (stage.mutants.length < policy.min_mutants)
    problems.push(`${stage.mutants.length} mutants; the suite requires at least ${policy.min_mutants}`);
  if (policy.canary_in_files && stage.id === (task.stages[0]?.id ?? stage.id)) {
    const missing = filesWithoutCanary(task, suite.spec.canary);
    if (missing.length > 0) problems.push(`files without the canary: ${missing.join(", ")}`);
  }
  if (wantsPerfEvidence(suite, task)) {
    if (!evidence.oracle.expectations.some((e) => e.tags.includes("perf")))
      problems.push(`a ${task.spec.tier} task needs a case tagged perf`);
    else if (
      !evidence.mutantStatuses.some((s) => RESOURCE_FAILURES.has(s)) &&
      !(evidence.perfProbeOutcomes ?? []).some((o) => o === "too-slow" || o === "memory")
    )
      problems.push("no mutant runs out of CPU or memory: add the naive solution as a mutant");
  }
  if (evidence.givenStatus !== undefined) {
    if (task.spec.kind === "fix" && evidence.givenStatus === "passed")
      problems.push("given.py passes every case, so there is nothing to fix");
    if (task.spec.kind === "refactor" && evidence.givenStatus !== "passed")
      problems.push(`given.py must pass every case before refactoring, but it ${evidence.givenStatus}`);
  }
  return problems;
}
