import type { CaseOutcome, ExecutionReport } from "../core/observation.js";
import { PyarenaError } from "../core/pyarena-error.js";
import type { CaseTag } from "../core/task.js";
import { trustedLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { CaseExpectation } from "../scoring/case-expectation.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { stageJob } from "./stage-job.js";
import { taskLimits } from "./task-limits.js";

interface CaseInfo {
  id: string;
  tags: CaseTag[];
  validator?: string;
}

/** What a stage expects, learned from its reference: the yardstick for every candidate. */
export interface StageOracle {
  readonly expectations: readonly CaseExpectation[];
  readonly referenceCpuMs: number;
  readonly referenceReport: ExecutionReport;
  /** Ways the reference itself falls short (missing cases, opaque values, disagreement with data). */
  readonly problems: readonly string[];
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

const LEGACY_PASS: CaseOutcome = { kind: "value", value: true };

export async function stageOracle(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  signal?: AbortSignal,
): Promise<StageOracle> {
  const cases = await stageCases(pool, suite, task, stage, signal);
  const { files, job } = stageJob(task, stage, stage.reference);
  const report = await pool.run({ files, job, limits: trustedLimits(taskLimits(suite, task)) }, signal);
  const observed = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  const data = stage.cases.kind === "data" ? new Map(stage.cases.cases.map((c) => [c.id, c])) : undefined;
  const problems: string[] = [];
  if (report.loadError) problems.push(`the reference raised ${report.loadError.type} when loaded`);
  if (report.termination !== "exited") problems.push(`the reference ended with ${report.termination}`);
  const expectations: CaseExpectation[] = [];
  for (const info of cases) {
    const seen = observed.get(info.id);
    const spec = data?.get(info.id);
    let expected: CaseOutcome | undefined = seen;
    if (stage.cases.kind === "legacy") expected = LEGACY_PASS;
    if (spec?.expected !== undefined) expected = { kind: "value", value: spec.expected };
    const digest = spec?.expected_sha256;
    if (digest !== undefined)
      expected = { kind: "value", value: { $opaque: `a value with sha256 ${digest}` } };
    if (spec?.raises !== undefined) expected = { kind: "raised", type: spec.raises, bases: [] };
    if (seen === undefined) problems.push(`case ${info.id}: the reference reported nothing`);
    if (expected === undefined) continue;
    if (
      digest === undefined &&
      expected.kind === "value" &&
      JSON.stringify(expected.value).includes('"$opaque"')
    ) {
      problems.push(
        `case ${info.id}: the reference returned a value that is not plain data (${JSON.stringify(expected.value).slice(0, 80)})`,
      );
    }
    expectations.push({
      id: info.id,
      tags: info.tags,
      expected,
      tolerance: { atol: spec?.atol ?? 0, rtol: spec?.rtol ?? 0 },
      ...(digest === undefined ? {} : { digest }),
      ...(info.validator ? { validator: info.validator } : {}),
    });
  }
  return { expectations, referenceCpuMs: report.cpuMs, referenceReport: report, problems };
}
