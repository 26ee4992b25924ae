/** Public datasets imported once into scratch/imported/<format>, reused by the benchmarks. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { packagePath } from "../src/core/package-path.js";
import { importSuite } from "../src/runner/import-suite.js";
import type { SandboxPool } from "../src/sandbox/sandbox-pool.js";
import { loadSuite } from "../src/suites/load-suite.js";
import type { LoadedSuite } from "../src/suites/loaded-task.js";

const DATASETS = packagePath("..", "shared", "datasets");
const FILES: Record<string, string> = {
  humaneval: "humaneval/HumanEval.jsonl.gz",
  "humaneval-plus": "humanevalplus/HumanEvalPlus.jsonl.gz",
  mbpp: "mbpp/mbpp.jsonl",
  "mbpp-plus": "mbppplus/MbppPlus.jsonl.gz",
};

export async function importedSuite(pool: SandboxPool, format: string): Promise<LoadedSuite> {
  const outDir = packagePath("scratch", "imported", format);
  if (!existsSync(join(outDir, "suite.yaml"))) {
    const file = FILES[format];
    if (file === undefined) throw new Error(`no dataset file for ${format}`);
    const started = performance.now();
    await importSuite(pool, { format, file: join(DATASETS, file), outDir, overwrite: true });
    process.stderr.write(`imported ${format} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return loadSuite(outDir);
}
