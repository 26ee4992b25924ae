import { PyarenaError } from "../core/pyarena-error.js";
import { type CompositeWeights, DEFAULT_WEIGHTS } from "../scoring/composite-score.js";
import { listRuns } from "../store/run-table.js";
import { readSamples } from "../store/sample-table.js";
import type { Store } from "../store/store.js";
import { filterSamples, type SampleFilter } from "./sample-filter.js";
import { type ModelSummary, summarizeRun } from "./summarize-run.js";

export interface Leaderboard {
  readonly suite: string;
  readonly version: string;
  readonly entries: readonly ModelSummary[];
}

/**
 * One row per model across runs on the same suite name and version (the newest version unless
 * one is named): each model's most recent run counts. Different versions are never mixed,
 * because their tasks differ.
 */
export function leaderboard(
  store: Store,
  suite: string,
  version?: string,
  weights: CompositeWeights = DEFAULT_WEIGHTS,
  filter: SampleFilter = {},
): Leaderboard {
  const runs = listRuns(store).filter((r) => r.suiteName === suite);
  const chosen = version ?? runs[0]?.suiteVersion;
  if (chosen === undefined)
    throw new PyarenaError("RUN_NOT_FOUND", `no runs of suite ${suite} in ${store.path}`);
  const entries = new Map<string, ModelSummary>();
  for (const run of runs.filter((r) => r.suiteVersion === chosen)) {
    for (const summary of summarizeRun(run.id, filterSamples(readSamples(store, run.id), filter), weights)) {
      if (!entries.has(summary.model)) entries.set(summary.model, summary);
    }
  }
  return { suite, version: chosen, entries: [...entries.values()] };
}
