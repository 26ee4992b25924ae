/**
 * npm run bench:model-samples — pyarena's verdicts on real model samples against the verdicts
 * their sources recorded (../shared/datasets/model-samples). Prints agreement per file and every
 * task where the verdicts differ, with pyarena's status and detail, so each can be explained.
 * With --quality it also runs the static analysers over each file, as `pyarena score --quality`
 * does, times them, and prints the models side by side on every quality metric.
 */

import { formatInterval } from "../src/report/format-interval.js";
import { formatComposite, qualityTables } from "../src/report/quality-tables.js";
import { renderReport } from "../src/report/render-report.js";
import { type ModelSummary, summarizeRun } from "../src/report/summarize-run.js";
import { judgedSampleRows } from "../src/runner/judged-sample-rows.js";
import { judgeSamples, scoredSample } from "../src/runner/score-samples.js";
import { SandboxPool } from "../src/sandbox/sandbox-pool.js";
import {
  evalPlusResults,
  ldbResults,
  type RecordedSample,
  reflexionHumanEval,
  reflexionMbpp,
} from "../src/test-support/model-sample-files.js";
import { importedSuite } from "./imported-suites.mjs";

const quality = process.argv.includes("--quality");
const only = process.argv.slice(2).filter((a) => a !== "--quality");
const summaries: { suite: string; summary: ModelSummary }[] = [];
const checks: { name: string; suite: string; samples: () => RecordedSample[] }[] = [
  {
    name: "evalplus llama3-8b-instruct humaneval base",
    suite: "humaneval",
    samples: () =>
      evalPlusResults(
        "humaneval__meta-llama--Meta-Llama-3-8B-Instruct_vllm_temp_0.0-sanitized_eval_results.json",
        "base",
      ),
  },
  {
    name: "evalplus llama3-8b-instruct humaneval+ plus",
    suite: "humaneval-plus",
    samples: () =>
      evalPlusResults(
        "humaneval__meta-llama--Meta-Llama-3-8B-Instruct_vllm_temp_0.0-sanitized_eval_results.json",
        "plus",
      ),
  },
  {
    name: "evalplus mistral-7b-instruct humaneval base",
    suite: "humaneval",
    samples: () =>
      evalPlusResults(
        "humaneval__mistralai--Mistral-7B-Instruct-v0.2_vllm_temp_0.0-sanitized_eval_results.json",
        "base",
      ),
  },
  {
    name: "evalplus mistral-7b-instruct humaneval+ plus",
    suite: "humaneval-plus",
    samples: () =>
      evalPlusResults(
        "humaneval__mistralai--Mistral-7B-Instruct-v0.2_vllm_temp_0.0-sanitized_eval_results.json",
        "plus",
      ),
  },
  {
    name: "evalplus llama3-8b-instruct mbpp+ plus",
    suite: "mbpp-plus",
    samples: () =>
      evalPlusResults(
        "mbpp__meta-llama--Meta-Llama-3-8B-Instruct_vllm_temp_0.0-sanitized_eval_results.json",
        "plus",
      ),
  },
  {
    name: "evalplus llama3-8b mbpp+ plus",
    suite: "mbpp-plus",
    samples: () =>
      evalPlusResults("mbpp__meta-llama--Meta-Llama-3-8B_vllm_temp_0.0-sanitized_eval_results.json", "plus"),
  },
  {
    name: "ldb gpt-4o debugged",
    suite: "humaneval",
    samples: () => ldbResults("ldb_result_humaneval_reflexionseed_gpt-4o-2024-05-13.jsonl"),
  },
  {
    name: "ldb gpt-3.5 seed",
    suite: "humaneval",
    samples: () => ldbResults("ldb_seed_humaneval_gpt-3.5-turbo-0613.jsonl"),
  },
  {
    name: "ldb codellama seed",
    suite: "humaneval",
    samples: () => ldbResults("ldb_seed_humaneval_codellama.jsonl"),
  },
  {
    name: "ldb starcoder seed",
    suite: "humaneval",
    samples: () => ldbResults("ldb_seed_humaneval_starcoder.jsonl"),
  },
  {
    name: "reflexion gpt-4 humaneval simple",
    suite: "humaneval",
    samples: () => reflexionHumanEval("humaneval_simple_gpt-4.jsonl"),
  },
  {
    name: "reflexion gpt-4 humaneval reflexion",
    suite: "humaneval",
    samples: () => reflexionHumanEval("humaneval_reflexion_gpt-4.jsonl"),
  },
  {
    name: "reflexion gpt-4 mbpp simple",
    suite: "mbpp",
    samples: () => reflexionMbpp("mbpp_simple_gpt-4.jsonl"),
  },
  {
    name: "reflexion gpt-4 mbpp reflexion",
    suite: "mbpp",
    samples: () => reflexionMbpp("mbpp_reflexion_gpt-4.jsonl"),
  },
];

await using pool = await SandboxPool.open();
for (const check of checks.filter((c) => only.length === 0 || only.some((o) => c.name.includes(o)))) {
  const suite = await importedSuite(pool, check.suite);
  const samples = check.samples();
  const started = performance.now();
  const judged = await judgeSamples(pool, suite, samples);
  const scored = judged.map(scoredSample);
  const seconds = (performance.now() - started) / 1000;
  const ours = scored.filter((s) => s.passed).length;
  const theirs = samples.filter((s) => s.recordedPass).length;
  const differ = scored.flatMap((s, i) =>
    s.passed === samples[i]?.recordedPass ? [] : [{ s, recorded: samples[i]?.recordedPass }],
  );
  const pct = (n: number) => ((n / samples.length) * 100).toFixed(2);
  console.log(
    `\n${check.name} (${suite.spec.name}): pyarena ${ours}/${samples.length} = ${pct(ours)}%, recorded ${theirs} = ${pct(theirs)}%, ${differ.length} differ, ${seconds.toFixed(1)} s`,
  );
  for (const d of differ)
    console.log(
      `  ${d.s.task_id}: recorded ${d.recorded ? "pass" : "fail"}, pyarena ${d.s.status} ${d.s.passed_cases}/${d.s.total_cases} ${d.s.detail.slice(0, 160)}`,
    );
  if (quality) {
    const analysing = performance.now();
    const rows = await judgedSampleRows(pool, suite, judged, { model: check.name, quality: true });
    const ms = performance.now() - analysing;
    console.log(
      `  quality analysis: ${rows.length} samples in ${(ms / 1000).toFixed(1)} s (${(ms / rows.length).toFixed(1)} ms per sample)`,
    );
    for (const summary of summarizeRun("bench", rows)) summaries.push({ suite: suite.spec.name, summary });
  }
}
if (summaries.length > 0) {
  const sorted = summaries.map((s) => s.summary);
  console.log(
    `\n${renderReport(
      [
        {
          title: "Real model samples: correctness beside the composite score",
          headers: ["samples", "suite", "tasks", "pass@1", "composite"],
          rows: summaries.map(({ suite, summary }) => [
            summary.model,
            suite,
            String(summary.tasks),
            formatInterval(summary.passAt1),
            formatComposite(summary.quality),
          ]),
        },
        ...qualityTables(sorted, 1),
      ],
      "terminal",
    )}`,
  );
}
