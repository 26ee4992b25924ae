import type { ModelSummary } from "./summarize-run.js";

/** A model's row label: the run id only when several runs are compared, marks always. */
export function modelLabel(s: ModelSummary, runs: number): string {
  const marks = `${s.legacy ? " [legacy]" : ""}${s.unsafe ? " [UNSAFE]" : ""}`;
  return runs > 1 ? `${s.model} (${s.runId})${marks}` : `${s.model}${marks}`;
}
