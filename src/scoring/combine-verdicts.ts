import type { ExecutionReport } from "../core/observation.js";
import type { CaseVerdict, PerfMeasure, SampleStatus, SampleVerdict } from "../core/verdict.js";
import type { CaseExpectation } from "./case-expectation.js";
import { caseTally } from "./case-tally.js";

/** The reference's numbers for the perf cases and for loading alone, measured in the same run. */
export interface PerfReference {
  readonly cpuMs: number;
  readonly peakRssKb: number;
  readonly baselineCpuMs: number;
  readonly baselinePeakRssKb: number;
}

/** The two jobs of a stage with perf cases, each judged against its own cases. */
export interface SplitVerdicts {
  /** The job with every case not tagged perf; absent when the stage has perf cases only. */
  readonly main: SampleVerdict | undefined;
  /** The perf job; absent when it did not run because the main job did not pass. */
  readonly perf: { readonly verdict: SampleVerdict; readonly report: ExecutionReport } | undefined;
  readonly perfExpectations: readonly CaseExpectation[];
  readonly reference: PerfReference;
}

type Outcome = PerfMeasure["outcome"];

/**
 * One verdict for a stage whose perf cases ran in a job of their own. The main job decides
 * unless it passed; then the perf job does, and running out of its limits there is `too-slow`
 * (correct, but not fast enough), kept apart from a `timeout` on an ordinary case. Perf cases
 * that never ran count as failed, with reason `missing`. CPU, memory and wall time are the main
 * job's (the perf job's when there is no main job): the perf job's own are in `perf`.
 */
export function combineVerdicts(input: SplitVerdicts): SampleVerdict {
  const { main, perf, reference } = input;
  const first = main ?? perf?.verdict;
  if (first === undefined) throw new Error("combineVerdicts needs the main job or the perf job");
  if (perf === undefined && main?.status === "passed")
    throw new Error("the perf job must run once the main job passed");
  const perfCases: readonly CaseVerdict[] =
    perf?.verdict.cases ??
    input.perfExpectations.map((e) => ({
      caseId: e.id,
      tags: e.tags,
      expected: e.expected,
      passed: false,
      reason: "missing" as const,
    }));
  const cases = [...(main?.cases ?? []), ...perfCases];
  const [status, detail, outcome] = decide(main, perf, reference);
  const measure: PerfMeasure = {
    outcome,
    cpuMs: perf?.verdict.cpuMs ?? 0,
    peakRssKb: perf?.verdict.peakRssKb ?? 0,
    referenceCpuMs: reference.cpuMs,
    referencePeakRssKb: reference.peakRssKb,
    baselineCpuMs: reference.baselineCpuMs,
    baselinePeakRssKb: reference.baselinePeakRssKb,
  };
  return {
    status,
    passedCases: cases.filter((c) => c.passed).length,
    totalCases: cases.length,
    cases,
    legacy: first.legacy,
    unsafe: (main?.unsafe ?? false) || (perf?.verdict.unsafe ?? false),
    detail,
    cpuMs: first.cpuMs,
    peakRssKb: first.peakRssKb,
    wallMs: first.wallMs,
    tally: caseTally(cases),
    perf: measure,
  };
}

function decide(
  main: SampleVerdict | undefined,
  perf: SplitVerdicts["perf"],
  reference: PerfReference,
): [SampleStatus, string, Outcome] {
  if (main !== undefined && main.status !== "passed")
    return [main.status, `${main.detail}; perf cases not run`, "skipped"];
  if (perf === undefined) return ["crashed", "the perf cases did not run", "skipped"];
  const { verdict, report } = perf;
  switch (verdict.status) {
    case "passed":
      return ["passed", "", "passed"];
    case "timeout":
    case "too-slow":
      return ["too-slow", tooSlowDetail(report, reference), "too-slow"];
    default:
      return [verdict.status, `perf cases: ${verdict.detail}`, verdict.status];
  }
}

function tooSlowDetail(report: ExecutionReport, reference: PerfReference): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(ms < 1000 ? 2 : 1);
  if (report.termination === "wall-limit")
    return "perf cases ran out of the wall-clock limit (the code slept or blocked)";
  return `perf cases ran out of the CPU limit of ${seconds(report.cpuLimitMs)} s (reference ${seconds(reference.cpuMs)} s)`;
}
