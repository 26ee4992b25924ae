import { PyarenaError } from "../core/pyarena-error.js";
import type { UnitKey } from "../core/run-record.js";
import type { TaskKind, Tier } from "../core/task.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import { RUNNABLE_KINDS } from "./stage-messages.js";

export interface TaskSelection {
  readonly tiers?: readonly Tier[];
  readonly kinds?: readonly TaskKind[];
  readonly taskIds?: readonly string[];
}

export interface SelectedTasks {
  readonly tasks: readonly LoadedTask[];
  /** Tasks left out because `pyarena run` cannot pose them yet, with the reason. */
  readonly skipped: readonly { readonly id: string; readonly reason: string }[];
}

/** The tasks a run covers; an empty selection is a usage error, not an empty report. */
export function selectTasks(suite: LoadedSuite, selection: TaskSelection): SelectedTasks {
  const ids = selection.taskIds === undefined ? undefined : new Set(selection.taskIds);
  if (ids !== undefined) {
    const known = new Set(suite.tasks.map((t) => t.spec.id));
    const unknown = [...ids].filter((id) => !known.has(id));
    if (unknown.length > 0)
      throw new PyarenaError("TASK_NOT_FOUND", `no task ${unknown.join(", ")} in suite ${suite.spec.name}`);
  }
  const chosen = suite.tasks.filter(
    (t) =>
      (ids === undefined || ids.has(t.spec.id)) &&
      (selection.tiers === undefined ||
        selection.tiers.length === 0 ||
        selection.tiers.includes(t.spec.tier)) &&
      (selection.kinds === undefined ||
        selection.kinds.length === 0 ||
        selection.kinds.includes(t.spec.kind)),
  );
  const skipped = chosen
    .filter((t) => !RUNNABLE_KINDS.has(t.spec.kind))
    .map((t) => ({ id: t.spec.id, reason: `${t.spec.kind} tasks are not run by \`pyarena run\` yet` }));
  const tasks = chosen.filter((t) => RUNNABLE_KINDS.has(t.spec.kind));
  if (tasks.length === 0)
    throw new PyarenaError("USAGE", `the selection leaves no runnable task in suite ${suite.spec.name}`);
  return { tasks, skipped };
}

/**
 * Models × tasks × samples, sample-major and models interleaved, so every model's progress
 * moves together and a stopped run has comparable coverage for all models.
 */
export function planUnits(models: readonly string[], taskIds: readonly string[], samples: number): UnitKey[] {
  const units: UnitKey[] = [];
  for (let sampleIndex = 0; sampleIndex < samples; sampleIndex++)
    for (const taskId of taskIds) for (const model of models) units.push({ model, taskId, sampleIndex });
  return units;
}
