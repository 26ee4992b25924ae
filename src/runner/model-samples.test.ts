import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { loadSuite } from "../suites/load-suite.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { SHARED_DATASETS } from "../test-support/examples.js";
import {
  evalPlusResults,
  ldbResults,
  type RecordedSample,
  reflexionHumanEval,
} from "../test-support/model-sample-files.js";
import { describeSlow } from "../test-support/slow.js";
import { importSuite } from "./import-suite.js";
import { scoreSamples } from "./score-samples.js";

let pool: SandboxPool;
let humaneval: LoadedSuite;
const dir = mkdtempSync(join(tmpdir(), "pyarena-model-samples-"));

beforeAll(async () => {
  pool = await SandboxPool.open();
  await importSuite(pool, {
    format: "humaneval",
    file: join(SHARED_DATASETS, "humaneval", "HumanEval.jsonl.gz"),
    outDir: join(dir, "humaneval"),
  });
  humaneval = loadSuite(join(dir, "humaneval"));
}, 300_000);
afterAll(async () => {
  await pool[Symbol.asyncDispose]();
  rmSync(dir, { recursive: true, force: true });
});

/** Task ids where pyarena's verdict differs from the one the source recorded. */
async function differences(samples: readonly RecordedSample[]): Promise<string[]> {
  const scored = await scoreSamples(pool, humaneval, samples);
  return scored.flatMap((s, i) => (s.passed === samples[i]?.recordedPass ? [] : [s.task_id])).sort();
}

describeSlow(
  "pyarena's verdicts on real model samples agree with the verdicts their sources recorded",
  () => {
    it("EvalPlus, Llama-3-8B-Instruct on HumanEval (base): every task", async () => {
      const samples = evalPlusResults(
        "humaneval__meta-llama--Meta-Llama-3-8B-Instruct_vllm_temp_0.0-sanitized_eval_results.json",
        "base",
      );
      expect(await differences(samples)).toEqual([]);
    }, 300_000);

    it("LDB, GPT-4o debugged programs: every task (161/164)", async () => {
      const samples = ldbResults("ldb_result_humaneval_reflexionseed_gpt-4o-2024-05-13.jsonl");
      expect(samples.filter((s) => s.recordedPass)).toHaveLength(161);
      expect(await differences(samples)).toEqual([]);
    }, 300_000);

    it("Reflexion GPT-4: every task, except HumanEval/133 whose `math` came from the original harness's namespace", async () => {
      expect(await differences(reflexionHumanEval("humaneval_reflexion_gpt-4.jsonl"))).toEqual([]);
      expect(await differences(reflexionHumanEval("humaneval_simple_gpt-4.jsonl"))).toEqual([
        "HumanEval/133",
      ]);
    }, 300_000);
  },
);
