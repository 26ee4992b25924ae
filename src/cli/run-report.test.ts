import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import { EXAMPLES_DIR, examples, exampleTask } from "../test-support/examples.js";
import { describeSlow } from "../test-support/slow.js";

const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "pyarena-cli-run-"));
const db = join(dir, "results.db");

async function pyarena(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(
      process.execPath,
      ["--import", "tsx", packagePath("src", "cli", "main.ts"), ...args],
      {
        env: { ...process.env, NO_COLOR: "1", PYARENA_DB: db, ...env },
        timeout: 180_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `pyarena score` of a samples file on the example suite. */
function score(samples: string, out: string, ...extra: string[]) {
  return pyarena(["score", "--suite", EXAMPLES_DIR, "--samples", samples, "--out", out, ...extra]);
}

describeSlow("pyarena run, report, export and score", () => {
  let runId = "";
  beforeAll(async () => {
    const result = await pyarena([
      "run",
      "--suite",
      EXAMPLES_DIR,
      "--model",
      "fake:instant",
      "--task",
      "word-frequencies",
      "merge-intervals",
      "--samples",
      "2",
    ]);
    expect(result.stderr).toMatch(/finished \(4 samples\)/);
    expect(result.code).toBe(0);
    runId = /run (\S+): fake:instant/.exec(result.stderr)?.[1] ?? "";
  }, 180_000);

  it("lists the run and reports it in every format", async () => {
    const runs = JSON.parse((await pyarena(["runs", "--json"])).stdout) as { id: string; status: string }[];
    expect(runs.map((r) => [r.id, r.status])).toEqual([[runId, "finished"]]);
    const json = JSON.parse((await pyarena(["report", "--json"])).stdout) as {
      tables: { title: string; rows: string[][] }[];
      summaries: {
        model: string;
        byTier: Record<string, { quality: { metrics: Record<string, unknown> } }>;
      }[];
    };
    expect(json.tables[0]?.rows[0]?.slice(0, 4)).toEqual(["fake:instant", "2", "2", "0.0% [0.0–0.0]"]);
    // Every metric per tier, with its interval, for scripts.
    expect(json.summaries[0]?.byTier.easy?.quality.metrics.docstringCoverage).toMatchObject({
      estimate: expect.any(Number),
      low: expect.any(Number),
      high: expect.any(Number),
    });
    expect((await pyarena(["report", runId, "--csv"])).stdout).toMatch(
      /^Correctness.*\nmodel,tasks,samples\/task,pass@1/,
    );
    expect((await pyarena(["report", "--markdown"])).stdout).toContain("| fake:instant | 2 | 2 |");
    const board = await pyarena(["report", "--leaderboard", "examples"]);
    expect(board.stdout).toContain("Leaderboard: examples 0.1.0");
    expect((await pyarena(["report", "nope"])).code).toBe(2);
  });

  it("narrows every table to a tier or kind", async () => {
    const medium = await pyarena(["report", "--tier", "medium", "--json"]);
    const json = JSON.parse(medium.stdout) as {
      heading: string;
      summaries: { tasks: number; samples: number; byTier: Record<string, unknown> }[];
    };
    expect(json.heading).toBe(`Run ${runId}: medium tasks only`);
    expect(json.summaries.map((s) => [s.tasks, s.samples, Object.keys(s.byTier)])).toEqual([
      [1, 2, ["medium"]],
    ]);
    const board = await pyarena(["report", "--leaderboard", "examples", "--tier", "easy", "medium"]);
    expect(board.stdout).toMatch(/easy and medium tasks only/);
    expect(board.stdout).toMatch(/fake:instant +│ 2 +│ 2 /);
    const none = await pyarena(["report", "--kind", "fix"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no samples of kind fix");
    expect((await pyarena(["report", "--tier", "impossible"])).code).not.toBe(0);
  });

  it("exports samples and scores them back, with the same verdicts", async () => {
    const out = join(dir, "samples.jsonl");
    expect((await pyarena(["export", "samples", "--out", out])).code).toBe(0);
    const exported = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(exported).toHaveLength(4);
    expect(exported[0]).toMatchObject({ model: "fake:instant", pyarena_status: "failed" });
    const scored = await pyarena(["score", "--suite", EXAMPLES_DIR, "--samples", out]);
    expect(scored.stdout).toMatch(/pass@1 +│ 0\.0%/);
    const verdicts = readFileSync(join(dir, "samples.pyarena-verdicts.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(verdicts.map((v) => v.status)).toEqual(exported.map((e) => e.pyarena_status));
  });

  it("scores reference solutions as passing", async () => {
    const suite = examples();
    const file = join(dir, "refs.jsonl");
    const lines = ["word-frequencies", "merge-intervals"].map((id) =>
      JSON.stringify({ task_id: id, solution: exampleTask(suite, id).stages[0]?.reference }),
    );
    writeFileSync(file, `${lines.join("\n")}\n`);
    const scored = await score(file, join(dir, "v.jsonl"));
    expect(scored.stdout).toMatch(/pass@1 +│ 100\.0%/);
    expect(scored.stdout).not.toContain("Code quality");
    const line = JSON.parse(readFileSync(join(dir, "v.jsonl"), "utf8").split("\n")[0] ?? "");
    expect(line.metrics).toMatchObject({ passed: true, edge: 1 });
    expect(line).not.toHaveProperty("composite");
  });

  it("scores samples' quality with --quality, with the same metrics as a run", async () => {
    const reference = exampleTask(examples(), "word-frequencies").stages[0]?.reference ?? "";
    const sloppy =
      "import os\ndef word_frequencies(text):\n    try:\n        return {}\n    except:\n        pass\n";
    const file = join(dir, "mixed.jsonl");
    writeFileSync(
      file,
      `${[reference, sloppy].map((solution) => JSON.stringify({ task_id: "word-frequencies", solution })).join("\n")}\n`,
    );
    const out = join(dir, "mixed-verdicts.jsonl");
    const scored = await score(file, out, "--quality", "--model", "mixed-bag");
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(/composite +│ \d/);
    expect(scored.stdout).toMatch(/Code quality[\s\S]*mixed-bag/);
    const [good, bad] = readFileSync(out, "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(good.metrics).toMatchObject({
      passed: true,
      weightedBeyondReferencePer100: 0,
      typeErrorsBeyondReference: 0,
    });
    expect(bad.metrics.passed).toBe(false);
    // The unused import and the bare except are found.
    expect(bad.metrics.likelyBugPer100).toBeGreaterThan(0);
    expect(bad.metrics.findingsPer100).toBeGreaterThan(good.metrics.findingsPer100);
    expect(good.composite).toBeGreaterThan(0.5);
    expect(bad.composite).toBeLessThan(good.composite);
  });

  it("says which key is missing, and how to get the default model when offline", async () => {
    const keyless = await pyarena(["run", "--suite", EXAMPLES_DIR, "--model", "openai:gpt-4o"], {
      OPENAI_API_KEY: "",
    });
    expect(keyless.code).not.toBe(0);
    expect(keyless.stderr).toContain("OPENAI_API_KEY");
    const offline = await pyarena(["run", "--suite", EXAMPLES_DIR], {
      PYARENA_MODELS_DIR: join(dir, "models"),
      PYARENA_HF_ENDPOINT: "http://pyarena-offline-test.invalid",
    });
    expect(offline.code).not.toBe(0);
    expect(offline.stderr).toMatch(/qwen2\.5-coder-0\.5b/);
    expect(offline.stderr).toMatch(/OPENAI_API_KEY|ollama:/);
  });
});
