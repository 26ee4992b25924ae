import { describe, expect, it } from "vitest";
import { bootstrapMean, percentile } from "./bootstrap-interval.js";
import { meanPassAtK, passAtK } from "./pass-at-k.js";

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

describe("passAtK", () => {
  it("matches the closed form 1 − C(n−c,k)/C(n,k)", () => {
    for (const [n, c, k] of [
      [10, 3, 1],
      [10, 3, 5],
      [20, 0, 5],
      [20, 20, 10],
      [100, 7, 10],
    ] as const) {
      expect(passAtK(n, c, k)).toBeCloseTo(1 - binomial(n - c, k) / binomial(n, k), 12);
    }
  });

  it("is c/n for k = 1 and stays finite for n = 200", () => {
    expect(passAtK(7, 3, 1)).toBeCloseTo(3 / 7, 12);
    expect(passAtK(200, 1, 100)).toBeCloseTo(0.5, 12);
  });

  it("refuses to estimate pass@k from fewer than k samples", () => {
    expect(passAtK(3, 1, 5)).toBeNaN();
    expect(meanPassAtK([{ n: 3, c: 1 }], 5)).toBeNaN();
    expect(
      meanPassAtK(
        [
          { n: 2, c: 1 },
          { n: 2, c: 2 },
        ],
        1,
      ),
    ).toBeCloseTo(0.75, 12);
  });
});

describe("bootstrapMean", () => {
  it("is reproducible and brackets the mean", () => {
    const values = Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const a = bootstrapMean(values);
    expect(bootstrapMean(values)).toEqual(a);
    expect(a.estimate).toBeCloseTo(34 / 100, 12);
    expect(a.low).toBeLessThan(a.estimate);
    expect(a.high).toBeGreaterThan(a.estimate);
    // The normal approximation of a proportion's 95% interval: ±1.96·sqrt(p(1−p)/n) ≈ ±0.093.
    expect(a.high - a.low).toBeGreaterThan(0.14);
    expect(a.high - a.low).toBeLessThan(0.23);
  });

  it("collapses when every task agrees, and is empty without tasks", () => {
    expect(bootstrapMean([1, 1, 1])).toEqual({ estimate: 1, low: 1, high: 1 });
    expect(bootstrapMean([]).estimate).toBeNaN();
  });

  it("interpolates percentiles", () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 1, 5], 0.9)).toBeCloseTo(9, 12);
  });
});
