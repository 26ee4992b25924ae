import type { LoadedTask, Stage } from "../suites/loaded-task.js";

/**
 * The files and job.json for running `code` on a stage. Expected values are never included.
 * `only` restricts the job to those case ids (perf cases run in a job of their own; `[]` loads
 * the code and runs no case); without it every case runs.
 */
export function stageJob(
  task: LoadedTask,
  stage: Stage,
  code: string,
  only?: readonly string[],
): { files: Record<string, string>; job: Record<string, unknown> } {
  const files: Record<string, string> = { "candidate.py": code };
  const job = modeJob(task, stage, files, only === undefined ? undefined : new Set(only));
  const filtered = only === undefined ? job : { ...job, only: [...only] };
  // Third-party packages live in site-packages, which the sandbox skips (-S) unless asked.
  return { files, job: task.spec.requires.length > 0 ? { ...filtered, site: true } : filtered };
}

function modeJob(
  task: LoadedTask,
  stage: Stage,
  files: Record<string, string>,
  only: ReadonlySet<string> | undefined,
): Record<string, unknown> {
  const entry = task.spec.entry_point;
  switch (stage.cases.kind) {
    case "data":
      return {
        mode: "cases",
        candidate: "candidate.py",
        entry_point: entry,
        // Filtered here too, so a job does not carry the large inputs of cases it will not run.
        cases: stage.cases.cases
          .filter((c) => only === undefined || only.has(c.id))
          .map((c) => ({
            id: c.id,
            args: c.args,
            ...(c.kwargs ? { kwargs: c.kwargs } : {}),
          })),
      };
    case "code":
      files["cases.py"] = stage.cases.source;
      return { mode: "cases", candidate: "candidate.py", cases_module: "cases.py" };
    case "legacy":
      files["test.py"] = stage.cases.source;
      return { mode: "legacy", candidate: "candidate.py", entry_point: entry, legacy_test: "test.py" };
    case "expression":
      files["given.py"] = task.given ?? "";
      return { mode: "expression", candidate: "candidate.py", setup: "given.py" };
  }
}
