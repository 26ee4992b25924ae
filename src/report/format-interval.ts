import type { Interval } from "../scoring/bootstrap-interval.js";

function missing(i: Interval | undefined): i is undefined {
  return i === undefined || Number.isNaN(i.estimate);
}

/** A share as a percentage with its 95% interval: "62.5% [55.0–70.1]". */
export function formatInterval(i: Interval | undefined): string {
  if (missing(i)) return "–";
  const pct = (v: number) => (v * 100).toFixed(1);
  return `${pct(i.estimate)}% [${pct(i.low)}–${pct(i.high)}]`;
}

/** A plain quantity with its interval: "3.4 [2.1–4.9]". */
export function formatNumber(i: Interval | undefined, digits = 1): string {
  if (missing(i)) return "–";
  return `${i.estimate.toFixed(digits)} [${i.low.toFixed(digits)}–${i.high.toFixed(digits)}]`;
}

/** A ratio to the reference with its interval: "1.8× [1.2–2.9]". */
export function formatRatio(i: Interval | undefined): string {
  if (missing(i)) return "–";
  const f = (v: number) => (v >= 10 ? v.toFixed(0) : v.toFixed(2));
  return `${f(i.estimate)}× [${f(i.low)}–${f(i.high)}]`;
}
