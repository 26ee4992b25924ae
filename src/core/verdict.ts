import type { CaseOutcome } from "./observation.js";
import type { CaseTag } from "./task.js";

export type SampleStatus =
  | "passed"
  | "failed"
  | "timeout"
  | "memory"
  | "output-limit"
  | "too-slow"
  | "crashed"
  | "load-error"
  | "tampered";

export type CaseReason = "match" | "mismatch" | "missing" | "validator-rejected" | "validator-error";

export interface CaseVerdict {
  readonly caseId: string;
  readonly passed: boolean;
  readonly reason: CaseReason;
  readonly tags: readonly CaseTag[];
  readonly expected?: CaseOutcome;
  readonly actual?: CaseOutcome;
}

/**
 * The verdict of one candidate on one task, computed in Node from observations. `legacy` marks
 * tasks whose tests could not be converted and whose verdict was decided inside the sandbox;
 * `unsafe` marks runs made without bubblewrap. Both must be shown wherever results are shown.
 */
export interface SampleVerdict {
  readonly status: SampleStatus;
  readonly passedCases: number;
  readonly totalCases: number;
  readonly cases: readonly CaseVerdict[];
  readonly legacy: boolean;
  readonly unsafe: boolean;
  readonly detail: string;
  readonly cpuMs: number;
  readonly peakRssKb: number;
  readonly wallMs: number;
  /** Pass counts by case tag, so completeness is scored apart from the rest (absent in old runs). */
  readonly tally?: CaseTally;
  /** The perf cases, run and measured on their own (absent when the stage has none). */
  readonly perf?: PerfMeasure;
}

export interface CaseCount {
  readonly passed: number;
  readonly total: number;
}

/** A case with several tags counts in each of them; `other` holds the untagged cases. */
export interface CaseTally {
  readonly edge: CaseCount;
  readonly errorHandling: CaseCount;
  readonly perf: CaseCount;
  readonly other: CaseCount;
}

/**
 * The perf cases of a stage run in a sandbox of their own, after every other case passed, so
 * their CPU time and peak memory are measured from outside for them alone. The reference's
 * numbers come from the same run on the same machine; `baseline` is the reference module loaded
 * with no case run (interpreter start and imports), subtracted before taking ratios.
 */
export interface PerfMeasure {
  /**
   * `passed`: every perf case matched, so the measure is comparable. `too-slow`: the perf cases
   * ran out of their CPU or wall-clock limit. `skipped`: another case failed first, so the perf
   * cases were not run. Otherwise the status of the perf run (failed, memory, crashed, ...).
   */
  readonly outcome:
    | "passed"
    | "too-slow"
    | "skipped"
    | Exclude<SampleStatus, "passed" | "too-slow" | "timeout">;
  readonly cpuMs: number;
  readonly peakRssKb: number;
  readonly referenceCpuMs: number;
  readonly referencePeakRssKb: number;
  readonly baselineCpuMs: number;
  readonly baselinePeakRssKb: number;
}
