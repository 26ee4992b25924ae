import type { CaseOutcome } from "../core/observation.js";
import { pyEqual, type Tolerance } from "../core/py-equal.js";

/**
 * Does the candidate's outcome match the expected one? Values compare with Python's `==`
 * (plus tolerance); an expected exception matches the same class or a subclass, as
 * `pytest.raises` would.
 */
export function outcomeMatches(expected: CaseOutcome, actual: CaseOutcome, tolerance: Tolerance): boolean {
  if (expected.kind === "value")
    return actual.kind === "value" && pyEqual(actual.value, expected.value, tolerance);
  if (actual.kind !== "raised") return false;
  return actual.type === expected.type || actual.bases.includes(expected.type);
}
