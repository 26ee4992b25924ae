import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ResolvedTask, SuiteDraft, TaskDraft } from "./importers/task-draft.js";
import { loadSuite } from "./load-suite.js";
import { writeSuite } from "./write-suite.js";

function draft(id: string, extra: Partial<TaskDraft> = {}): TaskDraft {
  return {
    id,
    title: `Task ${id}`,
    tier: "easy",
    kind: "generate",
    topics: ["demo"],
    entryPoint: "add",
    prompt: "Write add(a, b).\n",
    reference: "def add(a, b):\n    return a + b\n",
    source: { dataset: "demo", id: id.toUpperCase(), license: "MIT" },
    tests: { kind: "expression" },
    notes: [],
    ...extra,
  };
}

const SUITE: SuiteDraft = {
  name: "demo",
  version: "1.0",
  description: "A demo import.",
  source: { dataset: "demo", file: "demo.jsonl", license: "MIT", url: "https://example.org/demo" },
  tasks: [],
};

const TASKS: ResolvedTask[] = [
  {
    draft: draft("data-1", { validators: "def near(args, output, expected):\n    return True\n" }),
    tests: {
      kind: "data",
      cases: [
        {
          id: "assert-0",
          args: [1, { $float: 2.5 }],
          expected: { $float: 3.5 },
          atol: 1e-6,
          rtol: 1e-7,
          tags: [],
        },
        { id: "base-0", args: [[1], [2]], expected: [1, 2], tags: [], validator: "near" },
        { id: "base-1", args: ["x", 1], raises: "TypeError", tags: ["error-handling"] },
      ],
    },
    notes: ["EvalPlus atol 1e-6"],
  },
  {
    draft: draft("legacy-1"),
    tests: {
      kind: "legacy",
      test: "def check(candidate):\n    assert candidate(1, 2) == 3\n",
      reason: "line 2: For\nuses candidate",
    },
    notes: ["legacy test: line 2: For uses candidate"],
  },
  {
    draft: draft("expr-1", {
      kind: "predict-output",
      given: "def f(x):\n    return x\n",
      reference: "[1, 2]\n",
    }),
    tests: { kind: "expression" },
    notes: [],
  },
];

describe("writeSuite", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "pyarena-write-suite-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("writes a suite that the loader accepts, with every file of every kind of task", () => {
    const dir = join(root, "out");
    writeSuite(dir, SUITE, TASKS);
    const suite = loadSuite(dir);
    expect(suite.spec).toMatchObject({ name: "demo", version: "1.0", source: SUITE.source });
    expect(suite.spec.canary).toMatch(/^PYARENA-CANARY [0-9a-f]{12}-demo: /);
    expect(suite.tasks.map((t) => t.spec.id)).toEqual(["data-1", "expr-1", "legacy-1"]);
    const [data, expr, legacy] = suite.tasks;
    expect(data?.spec).toMatchObject({
      entry_point: "add",
      validators: "validators.py",
      source: { id: "DATA-1" },
    });
    expect(data?.stages[0]?.cases).toEqual(TASKS[0]?.tests);
    expect(readFileSync(join(dir, "tasks", "data-1", "notes.md"), "utf8")).toContain("- EvalPlus atol 1e-6");
    expect(readFileSync(join(dir, "tasks", "data-1", "cases.json"), "utf8").split("\n")).toHaveLength(6);
    expect(expr?.stages[0]?.cases).toEqual({ kind: "expression" });
    expect(expr?.given).toBe("def f(x):\n    return x\n");
    expect(expr?.stages[0]?.reference).toBe("[1, 2]\n");
    expect(legacy?.spec.legacy_test).toBe("test.py");
    expect(legacy?.stages[0]?.cases.kind).toBe("legacy");
    const yaml = readFileSync(join(dir, "tasks", "legacy-1", "task.yaml"), "utf8");
    expect(yaml.split("\n")[0]).toBe(
      "# legacy test, verdict decided inside the sandbox: line 2: For uses candidate",
    );
    expect(readFileSync(join(dir, "README.md"), "utf8")).toContain("- legacy-1: line 2: For uses candidate");
  });

  it("writes the same bytes for the same input", () => {
    writeSuite(join(root, "a"), SUITE, TASKS);
    writeSuite(join(root, "b"), SUITE, TASKS);
    expect(loadSuite(join(root, "a")).contentHash).toBe(loadSuite(join(root, "b")).contentHash);
  });

  it("refuses a non-empty folder unless it holds a suite and overwrite is asked for", () => {
    const dir = join(root, "out");
    mkdirSync(dir);
    writeFileSync(join(dir, "precious.txt"), "keep me");
    expect(() => writeSuite(dir, SUITE, TASKS)).toThrow(expect.objectContaining({ code: "USAGE" }));
    expect(() => writeSuite(dir, SUITE, TASKS, { overwrite: true })).toThrow(/no suite\.yaml/);
    expect(readFileSync(join(dir, "precious.txt"), "utf8")).toBe("keep me");
    rmSync(dir, { recursive: true });
    writeSuite(dir, SUITE, TASKS);
    expect(() => writeSuite(dir, SUITE, TASKS)).toThrow(/--force/);
    writeSuite(dir, SUITE, TASKS.slice(0, 1), { overwrite: true });
    expect(readdirSync(join(dir, "tasks"))).toEqual(["data-1"]);
    expect(readdirSync(root)).toEqual(["out"]);
  });

  it("rejects invalid and repeated task ids without leaving a partial suite", () => {
    const bad: ResolvedTask = { ...TASKS[2]!, draft: draft("Bad Id") };
    expect(() => writeSuite(join(root, "x"), SUITE, [bad])).toThrow(
      expect.objectContaining({ code: "IMPORT_FAILED" }),
    );
    expect(() => writeSuite(join(root, "y"), SUITE, [TASKS[2]!, TASKS[2]!])).toThrow(
      /two tasks have the id expr-1/,
    );
    expect(existsSync(join(root, "x")) || existsSync(join(root, "y"))).toBe(false);
    expect(readdirSync(root)).toEqual([]);
  });
});
