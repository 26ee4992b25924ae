import type { CaseCount, CaseTally, CaseVerdict } from "../core/verdict.js";

/**
 * Pass counts by tag, so that a score can weigh edge cases, error handling and performance apart
 * from the plain cases. A case with several tags counts in each; an untagged one in `other`.
 */
export function caseTally(cases: readonly CaseVerdict[]): CaseTally {
  const count = (keep: (c: CaseVerdict) => boolean): CaseCount => {
    const chosen = cases.filter(keep);
    return { passed: chosen.filter((c) => c.passed).length, total: chosen.length };
  };
  return {
    edge: count((c) => c.tags.includes("edge")),
    errorHandling: count((c) => c.tags.includes("error-handling")),
    perf: count((c) => c.tags.includes("perf")),
    other: count((c) => c.tags.length === 0),
  };
}
