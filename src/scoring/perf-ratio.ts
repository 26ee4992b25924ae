import type { PerfMeasure } from "../core/verdict.js";

/** Below these, a difference is measurement noise: rusage CPU time and RSS are not finer. */
const CPU_FLOOR_MS = 5;
const RSS_FLOOR_KB = 1024;

/**
 * How many times the reference's CPU time and peak memory the candidate's perf cases took, with
 * the cost of starting Python and loading the module (the baseline) taken out of both, so that a
 * task with light perf cases does not make every candidate look as fast as the reference. Each
 * side is floored at the measurement's resolution. Undefined unless every perf case passed: a
 * wrong or unfinished answer has no comparable time.
 */
export function perfRatios(perf: PerfMeasure): { cpu: number; memory: number } | undefined {
  if (perf.outcome !== "passed") return undefined;
  return {
    cpu:
      Math.max(perf.cpuMs - perf.baselineCpuMs, CPU_FLOOR_MS) /
      Math.max(perf.referenceCpuMs - perf.baselineCpuMs, CPU_FLOOR_MS),
    memory:
      Math.max(perf.peakRssKb - perf.baselinePeakRssKb, RSS_FLOOR_KB) /
      Math.max(perf.referencePeakRssKb - perf.baselinePeakRssKb, RSS_FLOOR_KB),
  };
}
