import type { CaseObservation, ExecutionReport } from "../core/observation.js";

/**
 * An execution report as the sandbox gives it for a process that exited normally, for judge tests
 * that need exact numbers: the observations, and any field a test wants different.
 */
export function executionReport(
  observations: CaseObservation[],
  extra: Partial<ExecutionReport> = {},
): ExecutionReport {
  return {
    observations,
    protocolErrors: [],
    conflictingCases: [],
    finished: true,
    termination: "exited",
    exitCode: 0,
    signal: null,
    cpuMs: 20,
    peakRssKb: 9000,
    wallMs: 25,
    stdout: "",
    stderr: "",
    unsafe: false,
    cpuLimitMs: 2000,
    ...extra,
  };
}
