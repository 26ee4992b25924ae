import { buildManifest, newRunId } from "../runner/build-manifest.js";
import { selectTasks } from "../runner/plan-run.js";
import type { PromptTemplates } from "../runner/prompt-templates.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { createRun } from "../store/run-table.js";
import type { Store } from "../store/store.js";
import type { LoadedSuite } from "../suites/loaded-task.js";

export interface TestRunOptions {
  readonly store: Store;
  readonly suite: LoadedSuite;
  readonly pool: SandboxPool;
  readonly templates: PromptTemplates;
  readonly models: readonly string[];
  readonly samples: number;
  readonly taskIds?: readonly string[];
  readonly temperature?: number;
  readonly generationConcurrency?: number;
  readonly toolVersion?: string;
}

/**
 * Record a new run the way `pyarena run` does (manifest and all) and return its id, so tests and
 * benchmarks drive `executeRun` exactly as the command line does.
 */
export function startTestRun(options: TestRunOptions): string {
  const { suite } = options;
  const id = newRunId();
  createRun(
    options.store,
    id,
    buildManifest({
      toolVersion: options.toolVersion ?? "test",
      suite,
      tasks: selectTasks(suite, options.taskIds ? { taskIds: [...options.taskIds] } : {}).tasks,
      filters: { tiers: [], kinds: [] },
      models: options.models,
      parameters: { temperature: options.temperature ?? 0 },
      samples: options.samples,
      templates: options.templates,
      pool: options.pool,
      generationConcurrency: options.generationConcurrency ?? 4,
    }),
  );
  return id;
}
