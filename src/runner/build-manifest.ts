import { cpus, totalmem } from "node:os";
import type { GenerationParameters } from "../core/language-model.js";
import type { RunManifest } from "../core/run-record.js";
import type { TaskKind, Tier } from "../core/task.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import type { PromptTemplates } from "./prompt-templates.js";

export interface ManifestInput {
  readonly toolVersion: string;
  readonly suite: LoadedSuite;
  readonly tasks: readonly LoadedTask[];
  readonly filters: { readonly tiers: readonly Tier[]; readonly kinds: readonly TaskKind[] };
  readonly models: readonly string[];
  readonly parameters: GenerationParameters;
  readonly samples: number;
  readonly seed?: number;
  readonly templates: PromptTemplates;
  readonly pool: SandboxPool;
  readonly generationConcurrency: number;
}

/** Everything that decides a run's results, written before the first unit starts. */
export function buildManifest(input: ManifestInput): RunManifest {
  const env = input.pool.environment;
  return {
    toolVersion: input.toolVersion,
    createdAt: new Date().toISOString(),
    suite: {
      name: input.suite.spec.name,
      version: input.suite.spec.version,
      contentHash: input.suite.contentHash,
      dir: input.suite.dir,
    },
    taskIds: input.tasks.map((t) => t.spec.id),
    filters: input.filters,
    models: input.models,
    parameters: input.parameters,
    samples: input.samples,
    seed: input.seed ?? null,
    prompts: { version: input.templates.version, hashes: input.templates.hashes },
    sandbox: {
      unsafe: env.unsafe,
      python: env.python.executable,
      pythonVersion: env.python.version,
      slots: env.slots,
    },
    concurrency: { generation: input.generationConcurrency, execution: env.slots },
    machine: {
      platform: process.platform,
      arch: process.arch,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
  };
}

/** Sortable and unique enough for one project: `20261123-142501-k3f9`. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `${stamp}-${Math.random().toString(36).slice(2, 6)}`;
}
