import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pyEqual } from "../core/py-equal.js";
import type { SampleVerdict } from "../core/verdict.js";
import { trustedLimits } from "../sandbox/execution-limits.js";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { loadSuite } from "../suites/load-suite.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { SHARED_DATASETS } from "../test-support/examples.js";
import { describeSlow } from "../test-support/slow.js";
import { checkSuite } from "./check-suite.js";
import { evaluateCandidate } from "./evaluate-candidate.js";
import { type ImportOptions, type ImportSummary, importSuite } from "./import-suite.js";
import { stageOracle } from "./stage-oracle.js";

// `suite import` end to end on the real public files and sandbox; every reference must pass its
// own cases. The numbers asserted are those measured on ../shared/datasets: a change means the
// importer (or the file) changed.

// Sandboxes of this file get their own uids (when run as root), away from other test files.
process.env.PYARENA_SANDBOX_UID_BASE ??= "61300";

const data = (...parts: string[]) => join(SHARED_DATASETS, ...parts);
let pool: SandboxPool;
let root: string;

beforeAll(async () => {
  pool = await SandboxPool.open();
  root = mkdtempSync(join(tmpdir(), "pyarena-import-"));
});

afterAll(async () => {
  await pool?.[Symbol.asyncDispose]();
  if (root) rmSync(root, { recursive: true, force: true });
});

interface Imported {
  readonly summary: ImportSummary;
  readonly suite: LoadedSuite;
}

/** Import, load, and check that every reference passes (runs: 1). */
async function importChecked(options: Omit<ImportOptions, "outDir">): Promise<Imported> {
  const outDir = join(root, `${options.format}-${Math.random().toString(36).slice(2)}`);
  const summary = await importSuite(pool, { ...options, outDir });
  const suite = loadSuite(outDir);
  expect(suite.tasks).toHaveLength(summary.tasks);
  const checks = await checkSuite(pool, suite, { runs: 1 });
  expect(checks.filter((c) => !c.referencePassed || c.problems.length > 0)).toEqual([]);
  return { summary, suite };
}

async function verdict(suite: LoadedSuite, taskId: string, code: string): Promise<SampleVerdict> {
  const task = suite.tasks.find((t) => t.spec.id === taskId);
  const stage = task?.stages[0];
  if (task === undefined || stage === undefined) throw new Error(`no task ${taskId}`);
  const oracle = await stageOracle(pool, suite, task, stage);
  return evaluateCandidate(pool, suite, task, stage, oracle, code);
}

function legacyIds(summary: ImportSummary): Record<string, string[]> {
  return Object.fromEntries([...summary.legacyReasons].map(([reason, ids]) => [reason, [...ids].sort()]));
}

describeSlow("importSuite on the public datasets", () => {
  it("HumanEval: 164 tasks, 153 converted to data, 11 legacy, every reference passes", async () => {
    const { summary, suite } = await importChecked({
      format: "humaneval",
      file: data("humaneval", "HumanEval.jsonl.gz"),
    });
    expect(summary).toMatchObject({
      suite: "humaneval",
      tasks: 164,
      converted: 153,
      legacy: 11,
      differential: 0,
    });
    expect(legacyIds(summary)).toEqual({
      "a For statement around the function under test": [
        "humaneval-32",
        "humaneval-38",
        "humaneval-44",
        "humaneval-50",
        "humaneval-53",
      ],
      "an assert that is not a recognised comparison": [
        "humaneval-33",
        "humaneval-37",
        "humaneval-52",
        "humaneval-56",
        "humaneval-61",
        "humaneval-72",
      ],
    });
    const truncate = suite.tasks.find((t) => t.spec.id === "humaneval-2")?.stages[0]?.cases;
    expect(truncate?.kind === "data" && truncate.cases.slice(0, 2)).toEqual([
      { id: "assert-0", args: [{ $float: 3.5 }], expected: { $float: 0.5 }, tags: [] },
      { id: "assert-1", args: [{ $float: 1.33 }], expected: { $float: 0.33 }, atol: 1e-6, tags: [] },
    ]);
    // HumanEval/32 stays legacy: its check() accepts any root of the random polynomials.
    const findZero = `import math\ndef find_zero(xs):\n    lo, hi = -1e3, 1e3\n    for _ in range(200):\n        mid = (lo + hi) / 2\n        if poly(xs, lo) * poly(xs, mid) <= 0:\n            hi = mid\n        else:\n            lo = mid\n    return lo\n\ndef poly(xs, x):\n    return sum(c * math.pow(x, i) for i, c in enumerate(xs))\n`;
    expect((await verdict(suite, "humaneval-32", findZero)).status).toBe("passed");
    expect((await verdict(suite, "humaneval-32", "def find_zero(xs):\n    return 0.0\n")).status).toBe(
      "failed",
    );
  });

  it("MBPP: all 974 tasks, 965 converted and 9 legacy with their reasons", async () => {
    const { summary } = await importChecked({ format: "mbpp", file: data("mbpp", "mbpp.jsonl") });
    expect(summary).toMatchObject({ tasks: 974, converted: 965, legacy: 9 });
    expect(legacyIds(summary)).toEqual({
      "NameError while evaluating the test": ["mbpp-367", "mbpp-601", "mbpp-927"],
      "an argument or expected value is not plain data": ["mbpp-533"],
      "an assert that is not a recognised comparison": ["mbpp-912"],
      "the reference does not pass the converted cases (its results are not plain data, e.g. a Counter, or differ)":
        ["mbpp-40", "mbpp-653", "mbpp-88", "mbpp-902"],
    });
  });

  it("MBPP sanitized: the first 20 tasks and mbpp-88, with set comparisons and Counters kept legacy", async () => {
    const ids = [
      "2",
      "3",
      "4",
      "6",
      "7",
      "8",
      "9",
      "11",
      "12",
      "14",
      "16",
      "17",
      "18",
      "19",
      "20",
      "56",
      "57",
      "58",
      "59",
      "61",
      "88",
    ];
    const { summary, suite } = await importChecked({
      format: "mbpp-sanitized",
      file: data("mbpp", "sanitized-mbpp.json"),
      ids,
    });
    expect(summary).toMatchObject({ tasks: 21, converted: 18, legacy: 3 });
    expect(Object.values(legacyIds(summary)).flat().sort()).toEqual([
      "mbpp-sanitized-2",
      "mbpp-sanitized-7",
      "mbpp-sanitized-88",
    ]);
    // The legacy test keeps MBPP's own comparison: any order of the shared elements passes.
    const reordered =
      "def similar_elements(a, b):\n    return tuple(sorted(set(a) & set(b), reverse=True))\n";
    expect((await verdict(suite, "mbpp-sanitized-2", reordered)).status).toBe("passed");
    expect(
      (await verdict(suite, "mbpp-sanitized-2", "def similar_elements(a, b):\n    return (4,)\n")).status,
    ).toBe("failed");
  });

  it("HumanEval+: base + plus inputs, expected values from the reference, EvalPlus tolerances, any root for find_zero", async () => {
    const ids = ["HumanEval/0", "HumanEval/2", "HumanEval/32", "HumanEval/53"];
    const { summary, suite } = await importChecked({
      format: "humaneval-plus",
      file: data("humanevalplus", "HumanEvalPlus.jsonl.gz"),
      ids,
    });
    expect(summary).toMatchObject({ tasks: 4, differential: 4, legacy: 0, warnings: [] });
    const cases = (id: string) => {
      const c = suite.tasks.find((t) => t.spec.id === id)?.stages[0]?.cases;
      return c?.kind === "data" ? c.cases : [];
    };
    // Counts of base-N and plus-N cases are those of the dataset's base_input and plus_input.
    const counts = (id: string) => [
      cases(id).filter((c) => c.id.startsWith("base-")).length,
      cases(id).length,
    ];
    expect([
      counts("humaneval-plus-0"),
      counts("humaneval-plus-2"),
      counts("humaneval-plus-32"),
      counts("humaneval-plus-53"),
    ]).toEqual([
      [7, 1006],
      [3, 974],
      [100, 888],
      [105, 971],
    ]);
    expect(summary.cases).toBe(1006 + 974 + 888 + 971);
    expect(cases("humaneval-plus-2")[0]).toMatchObject({
      id: "base-0",
      args: [{ $float: 3.5 }],
      expected: { $float: 0.5 },
      atol: 1e-6,
      rtol: 1e-7,
    });
    expect(cases("humaneval-plus-0")[0]).toEqual({
      id: "base-0",
      args: expect.any(Array),
      expected: expect.any(Boolean),
      tags: [],
    });
    expect(
      cases("humaneval-plus-32").every((c) => c.validator === "is_root" && c.expected !== undefined),
    ).toBe(true);
    // Newton with a tighter stop gives other (right) values: the validator accepts them, equality would not.
    const tighter = [
      "def find_zero(xs):",
      "    def p(x):",
      "        return sum(c * x**i for i, c in enumerate(xs))",
      "    def dp(x):",
      "        return sum(i * c * x ** (i - 1) for i, c in enumerate(xs) if i)",
      "    x = 0.0",
      "    for _ in range(1000):",
      "        if abs(p(x)) < 1e-9:",
      "            break",
      "        x = x - p(x) / dp(x)",
      "    return x",
      "",
    ].join("\n");
    const accepted = await verdict(suite, "humaneval-plus-32", tighter);
    expect(accepted.status).toBe("passed");
    const differ = accepted.cases.filter(
      (c) =>
        c.expected?.kind === "value" &&
        c.actual?.kind === "value" &&
        !pyEqual(c.actual.value, c.expected.value),
    );
    expect(differ.length).toBeGreaterThan(0);
    expect((await verdict(suite, "humaneval-plus-32", "def find_zero(xs):\n    return 0.0\n")).status).toBe(
      "failed",
    );
  });

  it("MBPP+: rebuilt tuples and complex inputs, special oracles as validators or legacy tests", async () => {
    const ids = [
      "Mbpp/2",
      "Mbpp/82",
      "Mbpp/88",
      "Mbpp/124",
      "Mbpp/252",
      "Mbpp/558",
      "Mbpp/581",
      "Mbpp/737",
      "Mbpp/793",
    ];
    const { summary, suite } = await importChecked({
      format: "mbpp-plus",
      file: data("mbppplus", "MbppPlus.jsonl.gz"),
      ids,
    });
    expect(summary).toMatchObject({ tasks: 9, differential: 7, legacy: 2, warnings: [] });
    expect(legacyIds(summary)).toEqual({
      "EvalPlus only checks whether the output is None, and the reference returns re.Match objects": [
        "mbpp-plus-737",
      ],
      "the reference returns collections.Counter objects, which are not plain data, so the dataset's original test replaces the EvalPlus inputs":
        ["mbpp-plus-88"],
    });
    const task = (id: string) => suite.tasks.find((t) => t.spec.id === id);
    const first = (id: string) => {
      const c = task(id)?.stages[0]?.cases;
      return c?.kind === "data" ? c.cases[0] : undefined;
    };
    expect(first("mbpp-plus-82")).toMatchObject({ atol: 1e-4, rtol: 1e-7 });
    expect(first("mbpp-plus-124")?.args).toEqual([{ $float: 0 }, { $complex: [0, 1] }]);
    expect(first("mbpp-plus-581")).toMatchObject({ validator: "either_formula" });
    expect(readFileSync(join(task("mbpp-plus-581")?.dir ?? "", "notes.md"), "utf8")).toContain(
      "special oracle",
    );
    // Set comparison, as EvalPlus does for similar_elements: order is free, content is not.
    const reordered =
      "def similar_elements(a, b):\n    return tuple(sorted(set(a) & set(b), reverse=True))\n";
    expect((await verdict(suite, "mbpp-plus-2", reordered)).status).toBe("passed");
    expect(
      (await verdict(suite, "mbpp-plus-2", "def similar_elements(a, b):\n    return tuple(set(a))\n")).status,
    ).toBe("failed");
    // "Not None" oracle: a bool answer is judged as a bool, anything else by being None or not.
    const asBool =
      "import re\ndef check_str(s):\n    return re.search('^[aeiouAEIOU][A-Za-z0-9_]*', s) is not None\n";
    expect((await verdict(suite, "mbpp-plus-737", asBool)).status).toBe("passed");
    expect((await verdict(suite, "mbpp-plus-737", "def check_str(s):\n    return s\n")).status).toBe(
      "failed",
    );
  });

  it("HumanEvalFix: references pass, and every buggy solution fails its tests", async () => {
    const { summary, suite } = await importChecked({
      format: "humanevalpack-fix",
      file: data("humanevalpack", "humanevalpack-python.jsonl"),
      limit: 10,
    });
    expect(summary).toMatchObject({ tasks: 10, converted: 10, legacy: 0 });
    for (const task of suite.tasks) {
      expect((await verdict(suite, task.spec.id, task.stages[0]?.reference ?? "")).status, task.spec.id).toBe(
        "passed",
      );
      expect((await verdict(suite, task.spec.id, task.given ?? "")).status, task.spec.id).not.toBe("passed");
    }
  });

  it("HumanEvalExplain: the canonical code is given and passes the tests kept for re-derived code", async () => {
    const { summary, suite } = await importChecked({
      format: "humanevalpack-explain",
      file: data("humanevalpack", "humanevalpack-python.jsonl"),
      limit: 4,
    });
    expect(summary).toMatchObject({ tasks: 4, converted: 4 });
    expect(suite.tasks.every((t) => t.spec.kind === "explain" && t.given === t.stages[0]?.reference)).toBe(
      true,
    );
  });

  it("CRUXEval-O: the dataset's output is a right answer, another value is not", async () => {
    const { summary, suite } = await importChecked({
      format: "cruxeval-output",
      file: data("cruxeval", "cruxeval.jsonl"),
      limit: 10,
    });
    expect(summary).toMatchObject({ tasks: 10, expression: 10 });
    for (const task of suite.tasks) {
      const output = task.stages[0]?.reference ?? "";
      expect((await verdict(suite, task.spec.id, output)).status, task.spec.id).toBe("passed");
      expect((await verdict(suite, task.spec.id, `[${output.trim()}, 'wrong']`)).status, task.spec.id).toBe(
        "failed",
      );
    }
  });

  it("CRUXEval-I: a call of f on the dataset's input is a right answer, another input is not", async () => {
    const { suite } = await importChecked({
      format: "cruxeval-input",
      file: data("cruxeval", "cruxeval.jsonl"),
      limit: 5,
    });
    for (const task of suite.tasks) {
      expect((await verdict(suite, task.spec.id, task.stages[0]?.reference ?? "")).status, task.spec.id).toBe(
        "passed",
      );
      expect((await verdict(suite, task.spec.id, "f()")).status, task.spec.id).not.toBe("passed");
    }
  });
});

describe("importSuite arguments", () => {
  it("rejects an unknown format before starting anything", async () => {
    await expect(
      importSuite(pool, { format: "apps", file: "x.jsonl", outDir: "/nonexistent" }),
    ).rejects.toMatchObject({
      code: "USAGE",
    });
  });
});

describe("the sandbox's convert mode (python/pyarena_convert.py)", () => {
  async function convert(job: Record<string, unknown>): Promise<unknown> {
    const result = await pool.run({ files: {}, job: { mode: "convert", ...job }, limits: trustedLimits({}) });
    return result.control.find((m) => m.kind === "convert")?.body;
  }

  it("reads the body of check(candidate), runs the rest of the module first and skips check(f)", async () => {
    const body =
      "K = 2\n\ndef check(candidate):\n    import math\n    assert candidate(K) == 4\n    assert math.isclose(candidate(1.5), 2.25, rel_tol=1e-3)\n\ncheck(f)\n";
    expect(await convert({ setup: "", body, function: "check" })).toEqual({
      ok: true,
      cases: [
        { args: [2], expected: 4 },
        { args: [{ $float: 1.5 }], expected: { $float: 2.25 }, atol: 0, rtol: 0.001 },
      ],
    });
  });

  it("treats the entry point's own name as the candidate", async () => {
    const body = "def check(candidate):\n    assert candidate(1) == f(1)\n";
    expect(
      await convert({ setup: "def f(x):\n    return None\n", body, function: "check", aliases: ["f"] }),
    ).toEqual({
      ok: false,
      reason: "line 2: candidate(1) == f(1)",
    });
  });

  it("says why a test cannot be converted", async () => {
    expect(await convert({ setup: "", body: "def test(a, b):\n    pass\n", function: "check" })).toEqual({
      ok: false,
      reason: "no single function check() in the test",
    });
    expect(
      await convert({ setup: "", body: "for x in range(3):\n    assert g(x) == x\n", callee: "g" }),
    ).toEqual({
      ok: false,
      reason: "line 1: For uses g",
    });
  });
});
