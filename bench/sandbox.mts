/**
 * npm run bench:sandbox — what isolation costs.
 *  1. Median wall time per sample of a sandboxed `pass` (launcher + bubblewrap + harness) against a
 *     bare `python3 -I -c pass` with the same interpreter, sequentially. Goal: at most 1.5×.
 *  2. Wall time to check every HumanEval canonical solution, and every HumanEval+ canonical solution
 *     on all base and plus inputs, with full isolation on all cores (imports are timed apart).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { packagePath } from "../src/core/package-path.js";
import { checkSuite } from "../src/runner/check-suite.js";
import { executionLimits } from "../src/sandbox/execution-limits.js";
import { SandboxPool } from "../src/sandbox/sandbox-pool.js";
import { loadSuite } from "../src/suites/load-suite.js";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const DATASETS = packagePath("..", "shared", "datasets");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timeProcess(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { stdio: "ignore", env: {} });
    child.on("error", reject);
    child.on("close", () => resolve(performance.now() - started));
  });
}

async function overhead(pool: SandboxPool): Promise<void> {
  const python = pool.environment.python.executable;
  const job = {
    files: { "candidate.py": "pass\n" },
    job: { mode: "cases", candidate: "candidate.py", entry_point: "f", cases: [] },
    limits: executionLimits({}),
  };
  for (let i = 0; i < 10; i++) {
    await timeProcess(python, ["-I", "-c", "pass"]);
    await pool.run(job);
  }
  const bare: number[] = [];
  const boxed: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    bare.push(await timeProcess(python, ["-I", "-c", "pass"]));
    const started = performance.now();
    await pool.run(job);
    boxed.push(performance.now() - started);
  }
  const ratio = median(boxed) / median(bare);
  console.log(`interpreter          ${python} (${pool.environment.python.version})`);
  console.log(`bare python3 -I -c pass   median ${median(bare).toFixed(1)} ms over ${SAMPLES}`);
  console.log(
    `sandboxed pass            median ${median(boxed).toFixed(1)} ms over ${SAMPLES} (launcher + bwrap + harness, job files written and removed)`,
  );
  console.log(
    `overhead ratio            ${ratio.toFixed(2)}x  (goal <= 1.5x) ${ratio <= 1.5 ? "OK" : "MISSED"}`,
  );
}

async function importAndCheck(pool: SandboxPool, format: string, file: string): Promise<void> {
  if (!existsSync(file)) {
    console.log(`${format}: ${file} not found, skipped`);
    return;
  }
  const out = mkdtempSync(join(tmpdir(), `pyarena-bench-${format}-`));
  try {
    const importStarted = performance.now();
    const code = await new Promise<number>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          packagePath("src", "cli", "main.ts"),
          "suite",
          "import",
          format,
          file,
          "--out",
          out,
        ],
        {
          stdio: ["ignore", "ignore", "inherit"],
        },
      );
      child.on("error", reject);
      child.on("close", (c) => resolve(c ?? 1));
    });
    if (code !== 0) {
      console.log(`${format}: import failed (exit ${code})`);
      return;
    }
    const importSeconds = (performance.now() - importStarted) / 1000;
    const suite = loadSuite(out);
    const cases = suite.tasks.reduce(
      (n, t) => n + t.stages.reduce((m, s) => m + (s.cases.kind === "data" ? s.cases.cases.length : 1), 0),
      0,
    );
    const started = performance.now();
    const checks = await checkSuite(pool, suite, { runs: 1 });
    const seconds = (performance.now() - started) / 1000;
    const passed = checks.filter((c) => c.referencePassed).length;
    const legacy = checks.filter((c) => c.legacy).length;
    console.log(
      `${format.padEnd(15)} check ${seconds.toFixed(1)} s: ${passed}/${checks.length} canonical solutions pass, ${cases} cases, ${legacy} legacy; import took ${importSeconds.toFixed(1)} s`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await using pool = await SandboxPool.open();
console.log(
  `pyarena sandbox benchmark on ${availableParallelism()} cores, ${pool.environment.slots} sandbox slots`,
);
await overhead(pool);
await importAndCheck(pool, "humaneval", join(DATASETS, "humaneval", "HumanEval.jsonl.gz"));
await importAndCheck(pool, "humaneval-plus", join(DATASETS, "humanevalplus", "HumanEvalPlus.jsonl.gz"));
