import { describe, expect, it } from "vitest";
import type { CaseObservation } from "../core/observation.js";
import { valueDigest } from "../core/value-digest.js";
import { executionReport } from "../test-support/execution-report.js";
import type { CaseExpectation } from "./case-expectation.js";
import { judgeSample } from "./judge-sample.js";

const exact = { atol: 0, rtol: 0 };
const expectations: CaseExpectation[] = [
  { id: "a", tags: [], expected: { kind: "value", value: [1, 2] }, tolerance: exact },
  {
    id: "b",
    tags: ["error-handling"],
    expected: { kind: "raised", type: "ValueError", bases: [] },
    tolerance: exact,
  },
];

const report = executionReport;

const good: CaseObservation[] = [
  { caseId: "a", outcome: { kind: "value", value: [1, 2] } },
  {
    caseId: "b",
    outcome: {
      kind: "raised",
      type: "candidate.BadInterval",
      bases: ["ValueError", "Exception", "BaseException"],
    },
  },
];

describe("judgeSample", () => {
  it("passes when every case matches, accepting an exception subclass", () => {
    const verdict = judgeSample({ expectations, report: report(good), legacy: false });
    expect(verdict.status).toBe("passed");
    expect(verdict.passedCases).toBe(2);
  });

  it("fails a missing observation even when the process exited 0 and said done", () => {
    const verdict = judgeSample({ expectations, report: report(good.slice(0, 1)), legacy: false });
    expect(verdict.status).toBe("crashed");
    expect(verdict.cases[1]?.reason).toBe("missing");
  });

  it("calls conflicting observations tampering, whatever they say", () => {
    const verdict = judgeSample({
      expectations,
      report: report(good, { conflictingCases: ["a"] }),
      legacy: false,
    });
    expect(verdict.status).toBe("tampered");
  });

  it("calls foreign lines on the channel tampering", () => {
    const verdict = judgeSample({
      expectations,
      report: report(good, { protocolErrors: ["a line that is not JSON"] }),
      legacy: false,
    });
    expect(verdict.status).toBe("tampered");
  });

  it("does not pass a run that hit the CPU limit, even with all observations in", () => {
    const verdict = judgeSample({
      expectations,
      report: report(good, { termination: "cpu-limit" }),
      legacy: false,
    });
    expect(verdict.status).toBe("timeout");
  });

  it("reports a mismatch and a load error as such", () => {
    const wrong = judgeSample({
      expectations,
      report: report([
        { caseId: "a", outcome: { kind: "value", value: [2, 1] } },
        good[1] as CaseObservation,
      ]),
      legacy: false,
    });
    expect(wrong.status).toBe("failed");
    expect(wrong.cases[0]?.reason).toBe("mismatch");
    const load = judgeSample({
      expectations,
      report: report([], { loadError: { type: "SyntaxError", bases: ["SyntaxError"] } }),
      legacy: false,
    });
    expect(load.status).toBe("load-error");
  });

  it("lets validators decide cases with many right answers", () => {
    const withValidator: CaseExpectation[] = [{ ...(expectations[0] as CaseExpectation), validator: "ok" }];
    const observed = [{ caseId: "a", outcome: { kind: "value", value: [2, 1] } } as CaseObservation];
    expect(
      judgeSample({
        expectations: withValidator,
        report: report(observed),
        validatorResults: new Map([["a", true]]),
        legacy: false,
      }).status,
    ).toBe("passed");
    expect(
      judgeSample({
        expectations: withValidator,
        report: report(observed),
        validatorResults: new Map([["a", "error"]]),
        legacy: false,
      }).cases[0]?.reason,
    ).toBe("validator-error");
  });

  it("compares a value stored as a digest exactly, by its canonical key", () => {
    const big = "x".repeat(100);
    const digested: CaseExpectation[] = [
      {
        id: "a",
        tags: [],
        expected: { kind: "value", value: { $opaque: "digest" } },
        tolerance: exact,
        digest: valueDigest(big),
      },
    ];
    const run = (value: string) =>
      judgeSample({
        expectations: digested,
        report: report([{ caseId: "a", outcome: { kind: "value", value } }]),
        legacy: false,
      });
    expect(run(big).status).toBe("passed");
    expect(run(`${big}y`).status).toBe("failed");
  });

  it("tallies passes by tag, a case with several tags in each and untagged ones in other", () => {
    const value = (v: number) => ({ kind: "value", value: v }) as const;
    const tagged: CaseExpectation[] = [
      { id: "plain", tags: [], expected: value(1), tolerance: exact },
      { id: "both", tags: ["edge", "error-handling"], expected: value(2), tolerance: exact },
      { id: "edge", tags: ["edge"], expected: value(3), tolerance: exact },
      { id: "big", tags: ["perf", "edge"], expected: value(4), tolerance: exact },
      { id: "plain2", tags: [], expected: value(5), tolerance: exact },
    ];
    const observed: CaseObservation[] = [
      { caseId: "plain", outcome: value(1) },
      { caseId: "both", outcome: value(2) },
      { caseId: "edge", outcome: value(0) },
      { caseId: "big", outcome: value(4) },
      { caseId: "plain2", outcome: value(0) },
    ];
    const verdict = judgeSample({ expectations: tagged, report: report(observed), legacy: false });
    expect(verdict.tally).toEqual({
      edge: { passed: 2, total: 3 },
      errorHandling: { passed: 1, total: 1 },
      perf: { passed: 1, total: 1 },
      other: { passed: 1, total: 2 },
    });
  });

  it("tallies a legacy stage's single case as other", () => {
    const legacy: CaseExpectation[] = [
      { id: "legacy", tags: [], expected: { kind: "value", value: true }, tolerance: exact },
    ];
    const verdict = judgeSample({
      expectations: legacy,
      report: report([{ caseId: "legacy", outcome: { kind: "value", value: true } }]),
      legacy: true,
    });
    expect(verdict.tally?.other).toEqual({ passed: 1, total: 1 });
    expect(verdict.tally?.edge).toEqual({ passed: 0, total: 0 });
  });

  it("carries the legacy and unsafe flags through", () => {
    const verdict = judgeSample({ expectations, report: report(good, { unsafe: true }), legacy: true });
    expect(verdict.legacy).toBe(true);
    expect(verdict.unsafe).toBe(true);
  });
});
