import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { seededRandom } from "../core/seeded-random.js";
import type { SampleVerdict } from "../core/verdict.js";
import { executionLimits } from "../sandbox/execution-limits.js";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { perfRatios } from "../scoring/perf-ratio.js";
import { loadSuite } from "../suites/load-suite.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import { describeSlow } from "../test-support/slow.js";
import { checkSuite } from "./check-suite.js";
import { evaluateCandidate } from "./evaluate-candidate.js";
import { judgeReference } from "./judge-job.js";
import { stageJob } from "./stage-job.js";
import { type StageOracle, stageOracle } from "./stage-oracle.js";

/*
 * Perf cases through the real pipeline (bubblewrap, python3, the harness): two hand-made tasks
 * whose references are linear, one with data cases (task.yaml + cases.json) and one with
 * cases.py and a validator on its perf case. A low CPU floor keeps the too-slow runs short.
 */

const root = mkdtempSync(join(tmpdir(), "pyarena-perf-"));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

const random = seededRandom(11);
const large = Array.from({ length: 200_000 }, () => Math.floor(random() * 1_000_000));

function writeSuite(): void {
  write(
    "suite.yaml",
    'name: perf-test\nversion: "0.1"\ndescription: perf cases\ncanary: "PYARENA-CANARY perf-test-suite"\nlimits:\n  cpu_floor_seconds: 1\npolicy:\n  perf_tiers: [hard]\n',
  );
  const task = (id: string, entry: string, extra = "") =>
    `id: ${id}\ntitle: ${id}\ntier: hard\nkind: generate\ntopics: [perf]\nentry_point: ${entry}\n${extra}`;
  write("tasks/dedupe/task.yaml", task("dedupe", "dedupe"));
  write("tasks/dedupe/prompt.md", "Remove duplicates, keeping the first of each.");
  write("tasks/dedupe/reference.py", "def dedupe(values):\n    return list(dict.fromkeys(values))\n");
  write(
    "tasks/dedupe/cases.json",
    JSON.stringify({
      cases: [
        { id: "small", args: [[3, 1, 3, 2, 1]] },
        { id: "empty", args: [[]], tags: ["edge"] },
        { id: "same", args: [[7, 7, 7]], tags: ["edge", "error-handling"] },
        { id: "large", args: [large], tags: ["perf"] },
      ],
    }),
  );
  write("tasks/dedupe/mutants/sorted.py", DEDUPE.wrongSmall);
  // Naive, and also wrong on an ordinary case: its perf cases never run in a real evaluation.
  write("tasks/dedupe/mutants/quadratic-empty-none.py", DEDUPE.quadraticEmptyNone);
  write("tasks/two-sum/mutants/quadratic.py", TWO_SUM.quadratic);
  write("tasks/two-sum/task.yaml", task("two-sum", "two_sum", "validators: validators.py\n"));
  write("tasks/two-sum/prompt.md", "Return the indices of two values that sum to target.");
  write(
    "tasks/two-sum/reference.py",
    "def two_sum(values, target):\n    seen = {}\n    for j, v in enumerate(values):\n        if target - v in seen:\n            return (seen[target - v], j)\n        seen[v] = j\n    return None\n",
  );
  write(
    "tasks/two-sum/cases.py",
    `from pyarena_cases import case


@case(validator="same_pair")
def small(m):
    return m.two_sum([2, 7, 11, 15], 9)


@case("edge")
def none(m):
    return m.two_sum([1, 2], 10)


@case("perf", validator="same_pair")
def large(m):
    values = list(range(0, 400_000, 2))
    return m.two_sum(values, values[-1] + values[-2])
`,
  );
  write(
    "tasks/two-sum/validators.py",
    "def same_pair(args, actual, expected):\n    return sorted(actual) == sorted(expected)\n",
  );
}

const DEDUPE = {
  linear:
    "def dedupe(values):\n    seen = set()\n    return [v for v in values if not (v in seen or seen.add(v))]\n",
  quadratic:
    "def dedupe(values):\n    out = []\n    for v in values:\n        if v not in out:\n            out.append(v)\n    return out\n",
  wrongSmall: "def dedupe(values):\n    return sorted(set(values))\n",
  quadraticEmptyNone:
    "def dedupe(values):\n    out = []\n    for v in values:\n        if v not in out:\n            out.append(v)\n    return out or None\n",
  wrongLarge:
    "def dedupe(values):\n    out = list(dict.fromkeys(values))\n    return out[:-1] if len(values) > 1000 else out\n",
};

const TWO_SUM = {
  // Another right answer than the reference's: the validator decides the perf case.
  linear:
    "def two_sum(values, target):\n    where = {v: i for i, v in enumerate(values)}\n    for i, v in enumerate(values):\n        j = where.get(target - v)\n        if j is not None and j != i:\n            return (j, i) if j > i else (i, j)\n    return None\n",
  quadratic:
    "def two_sum(values, target):\n    for i in range(len(values)):\n        for j in range(i + 1, len(values)):\n            if values[i] + values[j] == target:\n                return (i, j)\n    return None\n",
};

let pool: SandboxPool;
let suite: LoadedSuite;
const oracles = new Map<string, StageOracle>();

function taskOf(id: string): LoadedTask {
  const task = suite.tasks.find((t) => t.spec.id === id);
  if (task === undefined) throw new Error(`no task ${id}`);
  return task;
}

async function evaluate(taskId: string, code: string): Promise<SampleVerdict> {
  const task = taskOf(taskId);
  const stage = task.stages[0]!;
  const oracle = oracles.get(taskId) ?? (await stageOracle(pool, suite, task, stage));
  oracles.set(taskId, oracle);
  return evaluateCandidate(pool, suite, task, stage, oracle, code);
}

beforeAll(async () => {
  writeSuite();
  suite = loadSuite(root);
  pool = await SandboxPool.open();
});
afterAll(async () => {
  await pool?.[Symbol.asyncDispose]();
  rmSync(root, { recursive: true, force: true });
});

describeSlow("perf cases in a job of their own", () => {
  it("runs the reference in a main, a perf and a baseline job, and the reference passes", async () => {
    for (const id of ["dedupe", "two-sum"]) {
      const task = taskOf(id);
      const stage = task.stages[0]!;
      const oracle = await stageOracle(pool, suite, task, stage);
      oracles.set(id, oracle);
      expect(oracle.problems).toEqual([]);
      expect(oracle.perf?.caseIds).toEqual(["large"]);
      expect(oracle.referenceReport.observations.map((o) => o.caseId)).not.toContain("large");
      expect(oracle.perf?.referenceReport.observations.map((o) => o.caseId)).toEqual(["large"]);
      expect(oracle.perf?.baselineCpuMs).toBeGreaterThan(0);
      expect(oracle.perf?.baselinePeakRssKb).toBeGreaterThan(0);
      const verdict = await judgeReference({ pool, suite, task, stage }, oracle);
      expect(verdict.status).toBe("passed");
      expect(verdict.perf?.outcome).toBe("passed");
    }
    const dedupe = oracles.get("dedupe")!;
    console.log(
      `dedupe reference: main ${dedupe.referenceCpuMs} ms, perf ${dedupe.perf?.referenceCpuMs} ms, baseline ${dedupe.perf?.baselineCpuMs} ms`,
    );
  }, 60_000);

  it("passes a linear candidate, at about the reference's CPU time once the baseline is taken out", async () => {
    const verdict = await evaluate("dedupe", DEDUPE.linear);
    expect(verdict.status).toBe("passed");
    expect(verdict.passedCases).toBe(4);
    expect(verdict.totalCases).toBe(4);
    expect(verdict.perf?.outcome).toBe("passed");
    expect(verdict.tally).toEqual({
      edge: { passed: 2, total: 2 },
      errorHandling: { passed: 1, total: 1 },
      perf: { passed: 1, total: 1 },
      other: { passed: 1, total: 1 },
    });
    const perf = verdict.perf!;
    const ratio = perfRatios(perf)?.cpu;
    console.log(`linear dedupe: ${JSON.stringify(perf)}; ratio ${ratio?.toFixed(2)}`);
    expect(ratio).toBeDefined();
    expect(ratio!).toBeLessThan(3);
    expect(perf.cpuMs).toBeGreaterThan(perf.baselineCpuMs);
    // The verdict's own numbers are the main job's: far below the perf job's.
    expect(verdict.cpuMs).toBeLessThan(perf.cpuMs);
  }, 60_000);

  it("calls a quadratic candidate that is right on the small cases too-slow", async () => {
    const started = performance.now();
    const verdict = await evaluate("dedupe", DEDUPE.quadratic);
    console.log(`quadratic dedupe: ${verdict.detail} in ${Math.round(performance.now() - started)} ms`);
    expect(verdict.status).toBe("too-slow");
    expect(verdict.perf?.outcome).toBe("too-slow");
    expect(verdict.detail).toMatch(
      /^perf cases ran out of the CPU limit of \d+\.\d s \(reference \d+\.\d+ s\)$/,
    );
    expect(verdict.passedCases).toBe(3);
    expect(verdict.tally?.perf).toEqual({ passed: 0, total: 1 });
  }, 60_000);

  it("skips the perf cases of a candidate that fails an ordinary case", async () => {
    const verdict = await evaluate("dedupe", DEDUPE.wrongSmall);
    expect(verdict.status).toBe("failed");
    expect(verdict.perf).toMatchObject({ outcome: "skipped", cpuMs: 0, peakRssKb: 0 });
    expect(verdict.totalCases).toBe(4);
    expect(verdict.cases.find((c) => c.caseId === "large")).toMatchObject({
      passed: false,
      reason: "missing",
    });
    expect(verdict.tally?.perf).toEqual({ passed: 0, total: 1 });
  }, 60_000);

  it("fails a candidate that is wrong on the perf case only", async () => {
    const verdict = await evaluate("dedupe", DEDUPE.wrongLarge);
    expect(verdict.status).toBe("failed");
    expect(verdict.perf?.outcome).toBe("failed");
    expect(verdict.detail).toMatch(/^perf cases: /);
    expect(verdict.passedCases).toBe(3);
    expect(verdict.perf?.cpuMs).toBeGreaterThan(0);
  }, 60_000);

  it("runs only the cases named in `only`, from cases.py, and nothing for `only: []`", async () => {
    const task = taskOf("two-sum");
    const stage = task.stages[0]!;
    const run = async (only?: readonly string[]) => {
      const { files, job } = stageJob(task, stage, TWO_SUM.linear, only);
      const report = await pool.run({ files, job, limits: executionLimits({}) });
      expect(report.termination).toBe("exited");
      return report.observations.map((o) => o.caseId);
    };
    expect(await run()).toEqual(["small", "none", "large"]);
    expect(await run(["none", "small"])).toEqual(["small", "none"]);
    expect(await run([])).toEqual([]);
    const dedupe = taskOf("dedupe");
    const data = stageJob(dedupe, dedupe.stages[0]!, DEDUPE.linear, ["empty"]);
    expect((data.job.cases as { id: string }[]).map((c) => c.id)).toEqual(["empty"]);
  }, 60_000);

  it("judges cases.py cases with a validator in either job, and a quadratic candidate too-slow", async () => {
    const linear = await evaluate("two-sum", TWO_SUM.linear);
    expect(linear.status).toBe("passed");
    expect(linear.perf?.outcome).toBe("passed");
    // Another right answer than the reference's in both jobs: the validator accepted it.
    for (const id of ["small", "large"]) {
      const c = linear.cases.find((v) => v.caseId === id);
      expect(c?.passed).toBe(true);
      expect(c?.actual).not.toEqual(c?.expected);
    }
    const quadratic = await evaluate("two-sum", TWO_SUM.quadratic);
    expect(quadratic.status).toBe("too-slow");
    expect(quadratic.perf?.outcome).toBe("too-slow");
    expect(quadratic.tally).toMatchObject({ edge: { passed: 1, total: 1 }, perf: { passed: 0, total: 1 } });
  }, 60_000);

  it("suite check: a naive mutant that also fails an ordinary case still shows the perf case separates it", async () => {
    const checks = await checkSuite(pool, suite, { runs: 1 });
    expect(checks.map((c) => [c.taskId, c.mutantsCaught, c.problems])).toEqual([
      ["dedupe", 2, []],
      ["two-sum", 1, []],
    ]);
    const dedupe = taskOf("dedupe");
    const withoutNaive: LoadedSuite = {
      ...suite,
      tasks: [
        {
          ...dedupe,
          stages: dedupe.stages.map((st) => ({
            ...st,
            mutants: st.mutants.filter((m) => m.name === "sorted.py"),
          })),
        },
      ],
    };
    const [check] = await checkSuite(pool, withoutNaive, { runs: 1 });
    expect(check?.problems).toEqual([
      "no mutant runs out of CPU or memory: add the naive solution as a mutant",
    ]);
  }, 120_000);
});
