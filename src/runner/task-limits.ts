import type { LimitsSpec } from "../core/task.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";

/** Task limits override suite limits, field by field. */
export function taskLimits(suite: LoadedSuite, task: LoadedTask): LimitsSpec {
  const merged: Record<string, number> = {};
  for (const source of [suite.spec.limits, task.spec.limits]) {
    for (const [key, value] of Object.entries(source)) if (value !== undefined) merged[key] = value;
  }
  return merged as LimitsSpec;
}
