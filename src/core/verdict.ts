import type { CaseOutcome } from "./observation.js";
import type { CaseTag } from "./task.js";

export type SampleStatus =
  | "passed"
  | "failed"
  | "timeout"
  | "memory"
  | "output-limit"
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
}
