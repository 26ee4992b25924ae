import { z } from "zod";
import { PyarenaError } from "../core/pyarena-error.js";
import type { SampleMetrics } from "./sample-metrics.js";

/**
 * The weights of the composite score: the single definition of its parts. Correctness weighs
 * most because code that does not work is not good code however it looks.
 */
export const compositeWeightsSchema = z
  .object({
    correctness: z.number().min(0).default(0.4),
    quality: z.number().min(0).default(0.15),
    documentation: z.number().min(0).default(0.1),
    types: z.number().min(0).default(0.1),
    completeness: z.number().min(0).default(0.15),
    efficiency: z.number().min(0).default(0.1),
  })
  .strict()
  .refine((w) => Object.values(w).some((v) => v > 0), { message: "at least one weight must be above 0" });

export type CompositeWeights = z.infer<typeof compositeWeightsSchema>;
export type CompositePart = keyof CompositeWeights;

export const DEFAULT_WEIGHTS: CompositeWeights = compositeWeightsSchema.parse({});

/** Weighted findings per 100 lines at which the quality part is one half. */
const HALF_QUALITY = 10;

function mean(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0) / present.length;
}

/**
 * Each part of the composite in [0, 1], or null when the sample has nothing to score it on.
 * Quality, documentation, types and efficiency count only for a sample that passes: a failing
 * sample gets 0 for each part it could have been scored on, because polish on code that does not
 * work is worth nothing. Completeness keeps its value: it is partial credit by design.
 */
export function compositeParts(m: SampleMetrics): Record<CompositePart, number | null> {
  const weighted = m.weightedBeyondReferencePer100;
  const onlyIfPassed = (v: number | null) => (v === null ? null : m.passed ? v : 0);
  const efficiency = m.tooSlow === 1 ? 0 : m.cpuRatio === null ? null : Math.min(1, 1 / m.cpuRatio);
  return {
    correctness: m.passed ? 1 : 0,
    quality: onlyIfPassed(weighted === null ? null : HALF_QUALITY / (HALF_QUALITY + weighted)),
    documentation: onlyIfPassed(mean([m.docstringCoverage, m.hintCoverage])),
    types: onlyIfPassed(m.typeErrorsBeyondReference === null ? null : 1 / (1 + m.typeErrorsBeyondReference)),
    completeness: mean([m.edge, m.errorHandling]),
    efficiency: m.passed ? efficiency : m.hasPerf ? 0 : null,
  };
}

/**
 * The composite of one sample: the weighted mean of the parts it has. A part the sample cannot be
 * scored on (no perf case, no public function) drops out and the others' weights are rescaled, so
 * a task without perf cases neither rewards nor punishes anyone for efficiency.
 */
export function compositeScore(m: SampleMetrics, weights: CompositeWeights = DEFAULT_WEIGHTS): number {
  const parts = compositeParts(m);
  let sum = 0;
  let total = 0;
  for (const [part, value] of Object.entries(parts) as [CompositePart, number | null][]) {
    if (value === null) continue;
    sum += weights[part] * value;
    total += weights[part];
  }
  return total === 0 ? 0 : sum / total;
}

/**
 * Weights from `--weights correctness=0.5,efficiency=0`: unnamed parts keep their defaults.
 * Errors name the part and what was expected.
 */
export function parseWeights(text: string): CompositeWeights {
  const given: Record<string, number> = {};
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, value, ...rest] = item.split("=");
    const n = Number(value);
    if (
      name === undefined ||
      value === undefined ||
      rest.length > 0 ||
      value.trim() === "" ||
      !Number.isFinite(n)
    )
      throw new PyarenaError("USAGE", `--weights: "${item}" is not part=number (e.g. correctness=0.5)`);
    given[name.trim()] = n;
  }
  const parsed = compositeWeightsSchema.safeParse(given);
  if (!parsed.success)
    throw new PyarenaError(
      "USAGE",
      `--weights: ${parsed.error.issues
        .map((i) => `${i.path.join(".") || "weights"}: ${i.message}`)
        .join("; ")} (parts: ${Object.keys(DEFAULT_WEIGHTS).join(", ")})`,
    );
  return parsed.data;
}
