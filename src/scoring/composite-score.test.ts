import { describe, expect, it } from "vitest";
import { compositeParts, compositeScore, DEFAULT_WEIGHTS, parseWeights } from "./composite-score.js";
import type { SampleMetrics } from "./sample-metrics.js";

const clean: SampleMetrics = {
  passed: true,
  findingsPer100: 0,
  likelyBugPer100: 0,
  idiomPer100: 0,
  readabilityPer100: 0,
  weightedBeyondReferencePer100: 0,
  complexityRatio: 1,
  docstringCoverage: 1,
  wellShaped: 1,
  hintCoverage: 1,
  typeErrors: 0,
  typeErrorsBeyondReference: 0,
  edge: 1,
  errorHandling: 1,
  otherCases: 1,
  cpuRatio: 1,
  memoryRatio: 1,
  tooSlow: 0,
  hasPerf: true,
};

describe("compositeScore", () => {
  it("is 1 for a flawless sample and falls with each flaw", () => {
    expect(compositeScore(clean)).toBeCloseTo(1, 10);
    const flaws: Partial<SampleMetrics>[] = [
      { weightedBeyondReferencePer100: 30 },
      { docstringCoverage: 0 },
      { typeErrors: 2, typeErrorsBeyondReference: 2 },
      { errorHandling: 0 },
      { cpuRatio: 4 },
      { tooSlow: 1, cpuRatio: null },
    ];
    for (const flaw of flaws) expect(compositeScore({ ...clean, ...flaw })).toBeLessThan(0.99);
  });

  it("drops parts a sample cannot be scored on and rescales the others", () => {
    const noPerf = { ...clean, cpuRatio: null, memoryRatio: null, tooSlow: null, hasPerf: false };
    expect(compositeParts(noPerf).efficiency).toBeNull();
    expect(compositeScore(noPerf)).toBeCloseTo(1, 10);
  });

  it("gives a failing sample nothing for polish, but keeps completeness as partial credit", () => {
    const failing = { ...clean, passed: false, errorHandling: 0, cpuRatio: null, tooSlow: null };
    const parts = compositeParts(failing);
    expect(parts).toMatchObject({ correctness: 0, quality: 0, documentation: 0, types: 0, efficiency: 0 });
    expect(parts.completeness).toBe(0.5);
    expect(compositeScore(failing)).toBeCloseTo((0.15 * 0.5) / 1, 10);
  });

  it("with all weight on correctness is pass/fail", () => {
    const weights = parseWeights(
      "correctness=1,quality=0,documentation=0,types=0,completeness=0,efficiency=0",
    );
    expect(compositeScore({ ...clean, typeErrors: 9, typeErrorsBeyondReference: 9 }, weights)).toBe(1);
    expect(compositeScore({ ...clean, passed: false }, weights)).toBe(0);
  });
});

describe("parseWeights", () => {
  it("keeps defaults for parts it does not name", () => {
    expect(parseWeights("efficiency=0")).toEqual({ ...DEFAULT_WEIGHTS, efficiency: 0 });
  });

  it("names the part and what was expected", () => {
    expect(() => parseWeights("speed=1")).toThrow(/speed|Unrecognized/);
    expect(() => parseWeights("quality=-1")).toThrow(/quality/);
    expect(() => parseWeights("quality")).toThrow(/part=number/);
    expect(() =>
      parseWeights("correctness=0,quality=0,documentation=0,types=0,completeness=0,efficiency=0"),
    ).toThrow(/at least one weight/);
  });
});
