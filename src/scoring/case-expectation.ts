import type { CaseOutcome } from "../core/observation.js";
import type { Tolerance } from "../core/py-equal.js";
import type { CaseTag } from "../core/task.js";

/** What a case must produce: the reference's (or the dataset's) outcome, with its tolerance. */
export interface CaseExpectation {
  readonly id: string;
  readonly tags: readonly CaseTag[];
  readonly expected: CaseOutcome;
  /** Set for values stored only as a digest: the value must match exactly (see valueDigest). */
  readonly digest?: string;
  readonly tolerance: Tolerance;
  /** Set when many answers are right: a validator decides, in its own sandbox. */
  readonly validator?: string;
}

/** Validator verdicts per case id; "error" when the validator itself raised or returned a non-bool. */
export type ValidatorResults = ReadonlyMap<string, boolean | "error">;
