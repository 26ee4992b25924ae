import type { ExecutionReport } from "../core/observation.js";
import { valueDigest } from "../core/value-digest.js";
import type { CaseVerdict, SampleStatus, SampleVerdict } from "../core/verdict.js";
import type { CaseExpectation, ValidatorResults } from "./case-expectation.js";
import { caseTally } from "./case-tally.js";
import { outcomeMatches } from "./outcome-matches.js";

export interface JudgeInput {
  readonly expectations: readonly CaseExpectation[];
  readonly report: ExecutionReport;
  readonly validatorResults?: ValidatorResults;
  readonly legacy: boolean;
}

/**
 * The verdict, decided here in Node and nowhere else. Exit codes, stdout and the harness's
 * "done" line never make a pass: only every expected case matching, with the process ending
 * normally and nothing on the channel that the harness did not write.
 */
export function judgeSample(input: JudgeInput): SampleVerdict {
  const { report, expectations } = input;
  const byId = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  const cases: CaseVerdict[] = expectations.map((expectation) => {
    const actual = byId.get(expectation.id);
    const base = { caseId: expectation.id, tags: expectation.tags, expected: expectation.expected };
    if (actual === undefined) return { ...base, passed: false, reason: "missing" };
    if (expectation.validator !== undefined) {
      const verdict = input.validatorResults?.get(expectation.id);
      if (verdict === true) return { ...base, actual, passed: true, reason: "match" };
      return {
        ...base,
        actual,
        passed: false,
        reason: verdict === "error" ? "validator-error" : "validator-rejected",
      };
    }
    const passed =
      expectation.digest === undefined
        ? outcomeMatches(expectation.expected, actual, expectation.tolerance)
        : actual.kind === "value" && valueDigest(actual.value) === expectation.digest;
    return { ...base, actual, passed, reason: passed ? "match" : "mismatch" };
  });
  const passedCases = cases.filter((c) => c.passed).length;
  const [status, detail] = decideStatus(report, cases, passedCases);
  return {
    status,
    passedCases,
    totalCases: cases.length,
    cases,
    legacy: input.legacy,
    unsafe: report.unsafe,
    detail,
    cpuMs: report.cpuMs,
    peakRssKb: report.peakRssKb,
    wallMs: report.wallMs,
    tally: caseTally(cases),
  };
}

function decideStatus(
  report: ExecutionReport,
  cases: readonly CaseVerdict[],
  passed: number,
): [SampleStatus, string] {
  if (report.conflictingCases.length > 0) {
    return ["tampered", `conflicting observations for ${report.conflictingCases.slice(0, 3).join(", ")}`];
  }
  if (report.protocolErrors.length > 0)
    return ["tampered", `foreign data on the observation channel: ${report.protocolErrors[0]}`];
  switch (report.termination) {
    case "cpu-limit":
      return ["timeout", `CPU limit of ${(report.cpuLimitMs / 1000).toFixed(1)} s reached`];
    case "wall-limit":
      return ["timeout", "wall-clock limit reached (the code slept or blocked)"];
    case "output-limit":
      return ["output-limit", "too much output on stdout/stderr"];
    case "observation-limit":
      return ["output-limit", "the results were larger than the observation limit"];
    case "aborted":
      return ["crashed", "stopped by the user"];
    default:
      break;
  }
  if (report.loadError !== undefined && report.observations.length === 0) {
    return ["load-error", `the code raised ${report.loadError.type} when loaded`];
  }
  if (passed === cases.length && cases.length > 0 && report.termination === "exited") return ["passed", ""];
  const memory = cases.find(
    (c) => c.actual?.kind === "raised" && c.actual.type === "MemoryError" && c.expected?.kind !== "raised",
  );
  if (memory !== undefined) return ["memory", `MemoryError in case ${memory.caseId} (memory limit)`];
  const missing = cases.filter((c) => c.reason === "missing").length;
  if (missing > 0 && report.termination === "signalled")
    return ["crashed", `killed by signal ${report.signal}`];
  if (missing > 0) return ["crashed", `the process ended before ${missing} case(s) reported`];
  return ["failed", `${cases.length - passed} of ${cases.length} case(s) failed`];
}
