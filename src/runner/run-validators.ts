import type { ExecutionReport } from "../core/observation.js";
import { trustedLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { CaseExpectation, ValidatorResults } from "../scoring/case-expectation.js";
import type { LoadedSuite, LoadedTask, Stage } from "../suites/loaded-task.js";
import { taskLimits } from "./task-limits.js";

/**
 * Cases with many right answers go to the task's validators, in a separate sandbox that never
 * holds candidate code: it receives only JSON (the inputs, the candidate's observation and the
 * reference's).
 */
export async function runValidators(
  pool: SandboxPool,
  suite: LoadedSuite,
  task: LoadedTask,
  stage: Stage,
  expectations: readonly CaseExpectation[],
  report: ExecutionReport,
  signal?: AbortSignal,
): Promise<ValidatorResults> {
  const results = new Map<string, boolean | "error">();
  const observed = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  const args =
    stage.cases.kind === "data" ? new Map(stage.cases.cases.map((c) => [c.id, c.args])) : undefined;
  const items = expectations.flatMap((e) => {
    const actual = observed.get(e.id);
    if (e.validator === undefined || actual === undefined) return [];
    return [
      {
        id: e.id,
        validator: e.validator,
        args: args?.get(e.id) ?? null,
        actual: actual.kind === "value" ? { value: actual.value } : { raised: actual.type },
        expected: e.expected.kind === "value" ? e.expected.value : null,
      },
    ];
  });
  if (items.length === 0 || task.validators === undefined) return results;
  const run = await pool.run(
    {
      files: { "validators.py": task.validators },
      job: { mode: "validate", validators: "validators.py", items },
      limits: trustedLimits(taskLimits(suite, task)),
    },
    signal,
  );
  for (const item of items) {
    const outcome = run.observations.find((o) => o.caseId === item.id)?.outcome;
    results.set(
      item.id,
      outcome?.kind === "value" && typeof outcome.value === "boolean" ? outcome.value : "error",
    );
  }
  return results;
}
