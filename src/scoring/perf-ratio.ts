import type { PerfMeasure } from "../core/verdict.js";

/** Below this, the reference's own perf work is too small to divide by. */
const MIN_WORK_MS = 1;

/**
 * How many times the reference's CPU time the candidate's perf cases took, with the cost of
 * starting Python and loading the module (the baseline) taken out of both, so that a task with
 * light perf cases does not make every candidate look as fast as the reference. Undefined unless
 * every perf case passed: a wrong or unfinished answer has no comparable time.
 */
export function perfCpuRatio(perf: PerfMeasure): number | undefined {
  if (perf.outcome !== "passed") return undefined;
  const work = Math.max(perf.cpuMs - perf.baselineCpuMs, 0);
  return work / Math.max(perf.referenceCpuMs - perf.baselineCpuMs, MIN_WORK_MS);
}
