import { seededRandom } from "../core/seeded-random.js";

export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] ?? Number.NaN;
  const b = sorted[hi] ?? Number.NaN;
  return a + (b - a) * (pos - lo);
}

/**
 * Percentile bootstrap 95% interval of a mean over tasks. Tasks, not samples, are resampled:
 * samples of one task are correlated, and the question a reader asks is "how would this model
 * fare on other tasks like these".
 */
export function bootstrapMean(values: readonly number[], iterations = 2000, seed = 1): Interval {
  const n = values.length;
  if (n === 0) return { estimate: Number.NaN, low: Number.NaN, high: Number.NaN };
  const estimate = values.reduce((a, b) => a + b, 0) / n;
  const random = seededRandom(seed);
  const means: number[] = [];
  for (let i = 0; i < iterations; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += values[Math.floor(random() * n)] ?? 0;
    means.push(sum / n);
  }
  means.sort((a, b) => a - b);
  return { estimate, low: quantile(means, 0.025), high: quantile(means, 0.975) };
}

/** The p-th percentile (0..1) of raw values, by linear interpolation; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    p,
  );
}
