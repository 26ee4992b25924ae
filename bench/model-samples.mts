/**
 * npm run bench:model-samples — pyarena's verdicts on real model samples against the verdicts
 * their sources recorded (../shared/datasets/model-samples). Prints agreement per file and every
 * task where the verdicts differ, with pyarena's status and detail, so each can be explained.
 */

import { scoreSamples } from "../src/runner/score-samples.js";
import { SandboxPool } from "../src/sandbox/sandbox-pool.js";
import {
  evalPlusResults,
  ldbResults,
  type RecordedSample,
  reflexionHumanEval,
  reflexionMbpp,
} from "../src/test-support/model-sample-files.js";
import { importedSuite } from "./imported-suites.mjs";

const only = process.argv.slice(2);
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
  const scored = await scoreSamples(pool, suite, samples);
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
}
