/**
 * The unbiased pass@k estimator of Chen et al. (2021): 1 − C(n−c, k) / C(n, k), computed as a
 * running product so n = 200 does not overflow. Undefined (NaN) when fewer than k samples exist,
 * because estimating pass@10 from 5 samples would be a guess.
 */
export function passAtK(n: number, c: number, k: number): number {
  if (k <= 0 || n < k) return Number.NaN;
  if (n - c < k) return 1;
  let fail = 1;
  for (let i = n - c + 1; i <= n; i++) fail *= 1 - k / i;
  return 1 - fail;
}

/** Per-task pass@k averaged over tasks: the headline number of code benchmarks. */
export function meanPassAtK(tasks: readonly { n: number; c: number }[], k: number): number {
  const values = tasks.map((t) => passAtK(t.n, t.c, k)).filter((v) => !Number.isNaN(v));
  return values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Samples (n) and passing samples (c) per task: the input of every pass@k estimate. */
export function countPerTask<T>(
  rows: Iterable<T>,
  taskOf: (row: T) => string,
  passed: (row: T) => boolean,
): Map<string, { n: number; c: number }> {
  const tasks = new Map<string, { n: number; c: number }>();
  for (const row of rows) {
    const t = tasks.get(taskOf(row)) ?? { n: 0, c: 0 };
    t.n++;
    if (passed(row)) t.c++;
    tasks.set(taskOf(row), t);
  }
  return tasks;
}
