import { describe, expect, it } from "vitest";
import type { ExecutionReport } from "../core/observation.js";
import { executionReport } from "../test-support/execution-report.js";
import type { CaseExpectation } from "./case-expectation.js";
import { combineVerdicts } from "./combine-verdicts.js";
import { judgeSample } from "./judge-sample.js";
import { perfRatios } from "./perf-ratio.js";

const exact = { atol: 0, rtol: 0 };
const big: CaseExpectation = {
  id: "big",
  tags: ["perf"],
  expected: { kind: "value", value: 1 },
  tolerance: exact,
};
const reference = { cpuMs: 300, peakRssKb: 40_000, baselineCpuMs: 20, baselinePeakRssKb: 9000 };

function report(extra: Partial<ExecutionReport>): ExecutionReport {
  return executionReport([{ caseId: "big", outcome: { kind: "value", value: 1 } }], {
    cpuMs: 580,
    peakRssKb: 50_000,
    wallMs: 600,
    ...extra,
  });
}

function perfOnly(extra: Partial<ExecutionReport>) {
  const perfReport = report(extra);
  const verdict = judgeSample({ expectations: [big], report: perfReport, legacy: false });
  return combineVerdicts({
    main: undefined,
    perf: { verdict, report: perfReport },
    perfExpectations: [big],
    reference,
  });
}

describe("combineVerdicts", () => {
  it("judges a stage with perf cases only by its perf job, with that job's numbers", () => {
    const verdict = perfOnly({});
    expect(verdict).toMatchObject({ status: "passed", passedCases: 1, totalCases: 1, cpuMs: 580 });
    expect(verdict.perf).toMatchObject({ outcome: "passed", cpuMs: 580, referenceCpuMs: 300 });
    expect(perfRatios(verdict.perf!)?.cpu).toBeCloseTo(2, 5);
  });

  it("calls a perf job stopped by the wall clock or the CPU limit too-slow", () => {
    expect(perfOnly({ termination: "wall-limit" })).toMatchObject({
      status: "too-slow",
      detail: "perf cases ran out of the wall-clock limit (the code slept or blocked)",
    });
    const cpu = perfOnly({ termination: "cpu-limit", observations: [] });
    expect(cpu.detail).toBe("perf cases ran out of the CPU limit of 2.0 s (reference 0.30 s)");
    expect(cpu.perf?.outcome).toBe("too-slow");
    expect(perfRatios(cpu.perf!)?.cpu).toBeUndefined();
  });

  it("passes the perf job's own status on otherwise", () => {
    const memory = perfOnly({
      observations: [{ caseId: "big", outcome: { kind: "raised", type: "MemoryError", bases: [] } }],
    });
    expect(memory).toMatchObject({ status: "memory", perf: { outcome: "memory" } });
    expect(memory.detail).toMatch(/^perf cases: MemoryError/);
  });
});
