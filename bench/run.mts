/**
 * npm run bench:run — what the run pipeline costs around the model and the sandbox.
 *  1. Throughput of a run of the example suite against an instant fake model that answers with
 *     each task's reference: samples/s, and the share of wall time spent outside the sandbox.
 *  2. Median error of measured time-to-first-token against delays injected by the fake vendor
 *     server, through the real OpenAI-compatible provider (AI SDK, HTTP, SSE).
 *  3. Peak memory (RSS) of a 10,000-sample `pyarena run` of the built CLI against a fake model.
 *  4. Time to score CodeGen-16B's 16,400 HumanEval samples (../shared/datasets/model-samples).
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LanguageModel } from "../src/core/language-model.js";
import { packagePath } from "../src/core/package-path.js";
import { collectResponse } from "../src/providers/collect-response.js";
import { createLanguageModel } from "../src/providers/create-language-model.js";
import { FakeModel } from "../src/providers/fake/fake-model.js";
import { newRunId } from "../src/runner/build-manifest.js";
import { executeRun } from "../src/runner/execute-run.js";
import { loadPromptTemplates } from "../src/runner/prompt-templates.js";
import { scoreSamples } from "../src/runner/score-samples.js";
import { SandboxPool } from "../src/sandbox/sandbox-pool.js";
import { Store } from "../src/store/store.js";
import type { LoadedSuite } from "../src/suites/loaded-task.js";
import { EXAMPLES_DIR, examples } from "../src/test-support/examples.js";
import { FakeVendorServer } from "../src/test-support/fake-vendor-server.js";
import { codegenSamples } from "../src/test-support/model-sample-files.js";
import { startTestRun } from "../src/test-support/start-test-run.js";
import { referenceAnswer, suiteResponder } from "../src/test-support/suite-responder.js";
import { importedSuite } from "./imported-suites.mjs";

const parts = new Set(process.argv.slice(2));
const want = (n: string) => parts.size === 0 || parts.has(n);
const dir = mkdtempSync(join(tmpdir(), "pyarena-bench-run-"));
const templates = loadPromptTemplates();
await using pool = await SandboxPool.open();

// The processes' own wall time, as the launcher measured it (bubblewrap and Python, not the
// staging of job files or the spawn of the launcher itself).
let processMs = 0;
const run = pool.run.bind(pool);
pool.run = async (job, signal) => {
  const result = await run(job, signal);
  processMs += result.wallMs;
  return result;
};

async function benchRun(
  suite: LoadedSuite,
  model: LanguageModel,
  samples: number,
): Promise<{ wallMs: number; units: number }> {
  using store = Store.open(join(dir, `${newRunId()}.db`));
  const id = startTestRun({
    store,
    suite,
    pool,
    templates,
    models: [model.spec],
    samples,
    generationConcurrency: 8,
    toolVersion: "bench",
  });
  const started = performance.now();
  const outcome = await executeRun({
    store,
    pool,
    suite,
    runId: id,
    templates,
    models: new Map([[model.spec, model]]),
    // The units only: the quality pass that follows them is measured by bench:quality.
    skipQuality: true,
  });
  return { wallMs: performance.now() - started, units: outcome.completed };
}

const suite = examples();
if (want("throughput")) {
  const model = new FakeModel(suiteResponder(suite, referenceAnswer), { spec: "fake:reference" });
  const busyBefore = pool.busyMs;
  processMs = 0;
  const { wallMs, units } = await benchRun(suite, model, Number(process.env.BENCH_SAMPLES ?? 20));
  const slots = pool.environment.slots;
  const sandboxMs = pool.busyMs - busyBefore;
  const outside = 1 - sandboxMs / slots / wallMs;
  console.log(
    `throughput: ${units} samples (examples × 20, reference answers) in ${(wallMs / 1000).toFixed(1)} s = ${((units / wallMs) * 1000).toFixed(1)} samples/s`,
  );
  console.log(
    `  sandbox slots held ${(sandboxMs / 1000).toFixed(1)} s over ${slots} slots; outside the sandbox: ${(outside * 100).toFixed(1)}% of wall time (goal < 10%)`,
  );
  console.log(
    `  of that, sandboxed processes ran ${(processMs / 1000).toFixed(1)} s; the rest (${((sandboxMs - processMs) / Math.max(1, units)).toFixed(1)} ms per sample) is staging job files, spawning the launcher and reading results`,
  );
}

if (want("ttft")) {
  await using server = await FakeVendorServer.start();
  const model = createLanguageModel("openai-compatible:http://127.0.0.1/v1#bench", {
    baseUrl: server.baseUrlFor("openai-compatible"),
  });
  const nominal: number[] = [];
  const realised: number[] = [];
  for (const delay of [0, 10, 25, 50, 100, 200]) {
    for (let i = 0; i < 5; i++) {
      server.enqueue({
        kind: "reply",
        text: "def f():\n    return 1\n",
        firstChunkDelayMs: delay,
        chunks: 6,
        chunkDelayMs: 2,
      });
      const response = await collectResponse(model, { messages: [{ role: "user", content: "hi" }] });
      const ttft = response.timing.ttftMs ?? Number.NaN;
      nominal.push(Math.abs(ttft - delay));
      // On a loaded machine the server's own timers fire late: this is the delay it really injected.
      const request = server.requests.at(-1);
      if (request?.firstContentAt !== undefined)
        realised.push(Math.abs(ttft - (request.firstContentAt - request.receivedAt)));
    }
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? Number.NaN;
  console.log(
    `ttft: median |measured − injected| = ${median(nominal).toFixed(2)} ms over ${nominal.length} requests (goal < 3 ms)`,
  );
  console.log(
    `  against the delay the server really injected (its first write after the request arrived): median ${median(realised).toFixed(2)} ms, max ${Math.max(...realised).toFixed(2)} ms`,
  );
}

if (want("memory")) {
  // The built command line in a process of its own, as users run it: maxRSS is a process's
  // lifetime high-water mark, so measured in this process it would count the other parts and tsx.
  const samples = Math.ceil(10_000 / suite.tasks.length);
  const report =
    "import{writeSync}from'node:fs';process.on('exit',()=>writeSync(3,String(process.resourceUsage().maxRSS)))";
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(report)}`,
      packagePath("bin", "pyarena.js"),
      "run",
      "--suite",
      EXAMPLES_DIR,
      "--model",
      "fake:instant",
      "--samples",
      String(samples),
      "--no-quality",
    ],
    {
      stdio: ["ignore", "ignore", "pipe", "pipe"],
      env: { ...process.env, PYARENA_DB: join(dir, "memory.db") },
    },
  );
  let stderr = "";
  let maxRssKb = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  (child.stdio[3] as NodeJS.ReadableStream).on("data", (d: Buffer) => {
    maxRssKb += d.toString();
  });
  const [code] = (await once(child, "close")) as [number];
  if (code !== 0) throw new Error(`pyarena run failed (exit ${code}):\n${stderr}`);
  const units = /finished \((\d+) samples\)/.exec(stderr)?.[1] ?? "?";
  console.log(
    `memory: pyarena run (built CLI, its own process) of ${units} samples in ${((performance.now() - started) / 1000).toFixed(1)} s; peak RSS ${(Number(maxRssKb) / 1024).toFixed(0)} MB (goal < 300 MB)`,
  );
}

if (want("codegen")) {
  const humaneval = await importedSuite(pool, "humaneval");
  const samples = codegenSamples();
  const started = performance.now();
  const scored = await scoreSamples(pool, humaneval, samples);
  const seconds = (performance.now() - started) / 1000;
  const perTask = new Map<string, { n: number; c: number }>();
  for (const s of scored) {
    const t = perTask.get(s.task) ?? { n: 0, c: 0 };
    t.n++;
    if (s.passed) t.c++;
    perTask.set(s.task, t);
  }
  const { passAtK } = await import("../src/scoring/pass-at-k.js");
  const mean = (k: number) =>
    ([...perTask.values()].reduce((a, t) => a + passAtK(t.n, t.c, k), 0) / perTask.size) * 100;
  console.log(
    `codegen: scored ${samples.length} CodeGen-16B HumanEval samples in ${seconds.toFixed(1)} s with full isolation (openai/human-eval: 9 min 39 s without isolation)`,
  );
  console.log(
    `  pass@1 ${mean(1).toFixed(2)}, pass@10 ${mean(10).toFixed(2)}, pass@100 ${mean(100).toFixed(2)} (the dataset README: 22.12 / 50.38 / 73.78)`,
  );
}
rmSync(dir, { recursive: true, force: true });
