import { resolve } from "node:path";
import { type Command, Option } from "commander";
import pc from "picocolors";
import type { GenerationParameters, LanguageModel } from "../core/language-model.js";
import { PyarenaError } from "../core/pyarena-error.js";
import { kindSchema, type TaskKind, type Tier, tierSchema } from "../core/task.js";
import { createLanguageModel } from "../providers/create-language-model.js";
import { ProviderLimiters } from "../providers/provider-limiters.js";
import type { ProviderLimits } from "../providers/rate-limiter.js";
import { renderReport } from "../report/render-report.js";
import { reportTables } from "../report/report-tables.js";
import { summarizeRun } from "../report/summarize-run.js";
import { buildManifest, newRunId } from "../runner/build-manifest.js";
import { executeRun } from "../runner/execute-run.js";
import { selectTasks } from "../runner/plan-run.js";
import { loadPromptTemplates } from "../runner/prompt-templates.js";
import { createRun, getManifest } from "../store/run-table.js";
import { readSamples, unitErrors } from "../store/sample-table.js";
import { loadSuite } from "../suites/load-suite.js";
import { ensureDefaultModel } from "./ensure-default-model.js";
import { interruptSignal, openPool } from "./global-options.js";
import { ProgressView } from "./progress-view.js";
import { providerLimits } from "./provider-limit-options.js";
import { openStore } from "./store-option.js";
import { VERSION } from "./version.js";

export const DEFAULT_MODEL = "local:qwen2.5-coder-0.5b";

interface RunOptions {
  suite?: string;
  model?: string[];
  samples: string;
  temperature?: string;
  maxTokens: string;
  seed?: string;
  tier?: Tier[];
  kind?: TaskKind[];
  task?: string[];
  concurrency: string;
  prompts: string;
  resume?: string;
  maxParallel?: string[];
  rpm?: string[];
  retries: string;
  quality: boolean;
}

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new PyarenaError("USAGE", `${name} must be a positive integer, got ${value}`);
  return n;
}

function createModels(
  specs: readonly string[],
  limits: Readonly<Record<string, ProviderLimits>>,
  attempts: number,
): Map<string, LanguageModel> {
  const limiters = new ProviderLimiters(limits);
  return new Map(
    specs.map((spec) => [
      spec,
      createLanguageModel(spec, { env: process.env, limiters, retry: { maxAttempts: attempts } }),
    ]),
  );
}

export function registerRun(program: Command): void {
  program
    .command("run")
    .description("benchmark models on a suite: generate, run in the sandbox, judge, store")
    .option("--suite <dir>", "suite folder (with suite.yaml)")
    .option(
      "--model <spec...>",
      `model specs, e.g. openai:gpt-4o ollama:qwen2.5-coder:7b (default ${DEFAULT_MODEL})`,
    )
    .option("--samples <n>", "samples per task and model (pass@k needs n ≥ k)", "1")
    .option("--temperature <t>", "sampling temperature (default 0 for one sample, 0.8 for more)")
    .option("--max-tokens <n>", "most output tokens per response", "2048")
    .option("--seed <n>", "base seed; sample i asks for seed + i where the API supports seeds")
    .addOption(new Option("--tier <tier...>", "only these tiers").choices(tierSchema.options))
    .addOption(new Option("--kind <kind...>", "only these kinds").choices(kindSchema.options))
    .option("--task <id...>", "only these tasks")
    .option(
      "--concurrency <n>",
      "model requests in flight at once (execution uses one sandbox per core)",
      "4",
    )
    .option("--prompts <version>", "prompt template version (prompts/<version>/)", "v1")
    .option(
      "--max-parallel <provider=n...>",
      "requests in flight per provider (default 4 for APIs, 1 for local servers)",
    )
    .option("--rpm <provider=n...>", "request starts per minute per provider, spread evenly")
    .option(
      "--retries <n>",
      "tries per request, the first included, before a unit is recorded as failed",
      "5",
    )
    .option(
      "--no-quality",
      "skip the quality pass (lint, docstrings, type hints, pyright); --resume runs it later",
    )
    .option("--resume <run-id>", "finish a stopped or killed run; its manifest decides everything else")
    .action(async (options: RunOptions, command: Command) => {
      using store = openStore(command);
      const signal = interruptSignal();
      let runId: string;
      let suiteDir: string;
      let specs: readonly string[];
      let templates: ReturnType<typeof loadPromptTemplates>;
      if (options.resume !== undefined) {
        runId = options.resume;
        const manifest = getManifest(store, runId);
        suiteDir = manifest.suite.dir;
        specs = manifest.models;
        templates = loadPromptTemplates(manifest.prompts.version);
        const changed = Object.keys(manifest.prompts.hashes).filter(
          (name) => templates.hashes[name] !== manifest.prompts.hashes[name],
        );
        if (changed.length > 0)
          throw new PyarenaError(
            "USAGE",
            `prompt templates changed since run ${runId} started: ${changed.join(", ")}`,
          );
      } else {
        if (options.suite === undefined)
          throw new PyarenaError("USAGE", "name a suite with --suite <dir>, or --resume <run-id>");
        suiteDir = resolve(options.suite);
        specs = options.model ?? [DEFAULT_MODEL];
        templates = loadPromptTemplates(options.prompts);
        runId = newRunId();
      }
      if (specs.includes(DEFAULT_MODEL)) await ensureDefaultModel(DEFAULT_MODEL, signal);
      const models = createModels(
        specs,
        providerLimits(options.maxParallel, options.rpm),
        positiveInt(options.retries, "--retries"),
      );
      const suite = loadSuite(suiteDir);
      await using pool = await openPool(command);
      if (options.resume === undefined) {
        const selection = selectTasks(suite, {
          ...(options.tier ? { tiers: options.tier } : {}),
          ...(options.kind ? { kinds: options.kind } : {}),
          ...(options.task ? { taskIds: options.task } : {}),
        });
        for (const s of selection.skipped)
          process.stderr.write(pc.yellow(`pyarena: skipping ${s.id}: ${s.reason}\n`));
        const samples = positiveInt(options.samples, "--samples");
        const parameters: GenerationParameters = {
          temperature:
            options.temperature === undefined ? (samples > 1 ? 0.8 : 0) : Number(options.temperature),
          maxOutputTokens: positiveInt(options.maxTokens, "--max-tokens"),
        };
        const manifest = buildManifest({
          toolVersion: VERSION,
          suite,
          tasks: selection.tasks,
          filters: { tiers: options.tier ?? [], kinds: options.kind ?? [] },
          models: specs,
          parameters,
          samples,
          ...(options.seed === undefined ? {} : { seed: Number(options.seed) }),
          templates,
          pool,
          generationConcurrency: positiveInt(options.concurrency, "--concurrency"),
        });
        createRun(store, runId, manifest);
      }
      process.stderr.write(
        `pyarena: run ${runId}: ${specs.join(", ")} on ${suite.spec.name} ${suite.spec.version}\n`,
      );
      const view = new ProgressView();
      const outcome = await executeRun({
        store,
        pool,
        suite,
        runId,
        models,
        templates,
        signal,
        onStart: (p) => view.start(p.planned, p.alreadyDone),
        onUnit: (u) => view.unit(u),
        skipQuality: !options.quality,
        onQuality: (p) => view.quality(p.done, p.total),
        onUnitError: (key, error) => {
          view.error(key.model);
          if (!process.stderr.isTTY)
            process.stderr.write(
              `pyarena: ${key.model} ${key.taskId}#${key.sampleIndex}: ${error.message}\n`,
            );
        },
      });
      const tables = reportTables(summarizeRun(runId, readSamples(store, runId)));
      process.stdout.write(renderReport(tables, "terminal", pc.isColorSupported));
      const errors = unitErrors(store, runId);
      if (outcome.status === "stopped") {
        process.stderr.write(
          `pyarena: run ${runId} stopped${errors.length > 0 ? ` with ${errors.length} failed requests` : ""}; finish it with: pyarena run --resume ${runId}\n`,
        );
        process.exitCode = 1;
      } else process.stderr.write(`pyarena: run ${runId} finished (${outcome.completed} samples)\n`);
    });
}
