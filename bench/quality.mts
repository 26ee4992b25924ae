/**
 * npm run bench:quality — what static analysis adds per sample, with warm analysers.
 * Samples are the reference solutions of suites/core (one per stage), analysed as candidates:
 *  - ruff (WebAssembly): one warm workspace, timed per sample; the median is reported;
 *  - structure (ast in the sandbox): all samples in one call, chunked across the pool, so the
 *    per-sample figure is the batch's wall time over its samples; one-sample latency is shown too;
 *  - pyright: one process for the whole batch; per sample is the batch's wall time over its
 *    samples, and the marginal cost (a batch twice as big, minus the first) excludes its start.
 * Goal: under 50 ms per sample for the three together.
 */
import { cpus } from "node:os";
import { packagePath } from "../src/core/package-path.js";
import { analyseStructure } from "../src/runner/analyse-structure.js";
import { SandboxPool } from "../src/sandbox/sandbox-pool.js";
import { lintCandidate, warmLinter } from "../src/scoring/quality/lint-candidate.js";
import { typeErrors } from "../src/scoring/quality/type-accuracy.js";
import { loadSuite } from "../src/suites/load-suite.js";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

const suite = loadSuite(process.argv[2] ?? packagePath("suites", "core"));
const sources = new Map<string, string>();
for (const task of suite.tasks)
  for (const stage of task.stages) sources.set(`${task.spec.id}/${stage.id}`, stage.reference);
const n = sources.size;
const lines = [...sources.values()].reduce((sum, s) => sum + s.split("\n").length, 0);
console.log(
  `samples              ${n} references of ${suite.spec.name} (${Math.round(lines / n)} lines on average)`,
);
console.log(
  `machine              ${cpus().length} cores, load average ${(await import("node:os")).loadavg()[0]?.toFixed(1)}`,
);

// ruff
const started = performance.now();
warmLinter();
const warmMs = performance.now() - started;
const ruffMs: number[] = [];
let findings = 0;
for (const source of sources.values()) {
  const t = performance.now();
  findings += lintCandidate(source).findings.length;
  ruffMs.push(performance.now() - t);
}
const ruff = median(ruffMs);
console.log(
  `ruff                 median ${ruff.toFixed(2)} ms/sample (warm-up once: ${warmMs.toFixed(0)} ms; ${findings} findings)`,
);

// structure, in the sandbox
await using pool = await SandboxPool.open();
await analyseStructure(pool, new Map([["warm", "pass\n"]]));
const single: number[] = [];
for (const [id, source] of [...sources].slice(0, 30)) {
  single.push((await timed(() => analyseStructure(pool, new Map([[id, source]]))))[1]);
}
const [structures, structureBatchMs] = await timed(() => analyseStructure(pool, sources));
const structure = structureBatchMs / n;
const parsed = [...structures.values()].filter((r) => r.ok).length;
console.log(
  `structure            ${structure.toFixed(2)} ms/sample batched (${structureBatchMs.toFixed(0)} ms for ${n}, ${pool.environment.slots} slots; ${parsed} parsed); one sample alone: median ${median(single).toFixed(1)} ms`,
);

// pyright
const [types, pyrightMs] = await timed(() => typeErrors(sources));
const doubled = new Map<string, string>();
for (const [id, source] of sources) {
  doubled.set(id, source);
  doubled.set(`${id}#2`, source);
}
const [, doubledMs] = await timed(() => typeErrors(doubled));
const pyright = pyrightMs / n;
const marginal = (doubledMs - pyrightMs) / n;
const errors = [...types.values()].reduce((sum, t) => sum + t.errors, 0);
console.log(
  `pyright              ${pyright.toFixed(1)} ms/sample in one batch of ${n} (${(pyrightMs / 1000).toFixed(1)} s; ${errors} errors); marginal ${marginal.toFixed(1)} ms/sample (batch of ${2 * n}: ${(doubledMs / 1000).toFixed(1)} s)`,
);

const total = ruff + structure + pyright;
console.log(
  `total                ${total.toFixed(1)} ms/sample (goal < 50 ms): ${total < 50 ? "met" : "NOT met"}; with pyright's marginal cost ${(ruff + structure + marginal).toFixed(1)} ms`,
);

// The quality pass as a run does it, and a report over 1,000+ samples.
const samplesPerTask = 6;
const { FakeModel } = await import("../src/providers/fake/fake-model.js");
const { suiteResponder } = await import("../src/test-support/suite-responder.js");
const { Store } = await import("../src/store/store.js");
const { readSamples } = await import("../src/store/sample-table.js");
const { startTestRun } = await import("../src/test-support/start-test-run.js");
const { executeRun } = await import("../src/runner/execute-run.js");
const { analyseRunQuality } = await import("../src/runner/analyse-run-quality.js");
const { loadPromptTemplates } = await import("../src/runner/prompt-templates.js");
const { summarizeRun } = await import("../src/report/summarize-run.js");
const { reportTables } = await import("../src/report/report-tables.js");
const { renderReport } = await import("../src/report/render-report.js");
const { mkdtempSync, rmSync } = await import("node:fs");
const { join } = await import("node:path");
const { tmpdir } = await import("node:os");

const dbDir = mkdtempSync(join(tmpdir(), "pyarena-bench-quality-"));
try {
  using store = Store.open(join(dbDir, "bench.db"));
  const templates = loadPromptTemplates();
  // Sample i answers with the reference (i = 0) or the i-th mutant: distinct code per sample.
  const counters = new Map<string, number>();
  const model = new FakeModel(
    suiteResponder(suite, (task, stage) => {
      const key = `${task.spec.id}/${stage.id}`;
      const i = counters.get(key) ?? 0;
      counters.set(key, i + 1);
      const mutant = stage.mutants[(i - 1) % Math.max(1, stage.mutants.length)];
      return { code: i === 0 || mutant === undefined ? stage.reference : mutant.source };
    }),
    { spec: "fake:bench" },
  );
  const runId = startTestRun({
    store,
    suite,
    pool,
    templates,
    models: [model.spec],
    samples: samplesPerTask,
    temperature: 0.8,
    generationConcurrency: 8,
    toolVersion: "bench",
  });
  const [outcome, runMs] = await timed(() =>
    executeRun({
      store,
      pool,
      suite,
      runId,
      templates,
      models: new Map([[model.spec, model]]),
      skipQuality: true,
    }),
  );
  console.log(
    `run                  ${outcome.completed} samples executed in ${(runMs / 1000).toFixed(1)} s (quality pass skipped)`,
  );
  const distinct = new Set(readSamples(store, runId).flatMap((r) => r.stages.map((s) => s.code))).size;
  const [analysed, passMs] = await timed(() => analyseRunQuality({ store, pool, suite, runId }));
  console.log(
    `quality pass         ${(passMs / analysed).toFixed(1)} ms/sample added to the run (${analysed} stages, ${distinct} distinct sources, ${(passMs / 1000).toFixed(1)} s)`,
  );
  const [text, reportMs] = await timed(async () =>
    renderReport(reportTables(summarizeRun(runId, readSamples(store, runId))), "terminal"),
  );
  console.log(
    `report               ${(reportMs / 1000).toFixed(2)} s for ${outcome.completed} samples (read, summarize with intervals, render; ${text.length} characters)`,
  );
} finally {
  rmSync(dbDir, { recursive: true, force: true });
}
