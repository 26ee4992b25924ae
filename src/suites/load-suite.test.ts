import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isPyarenaError, type PyarenaError } from "../core/pyarena-error.js";
import { examples } from "../test-support/examples.js";
import { loadSuite } from "./load-suite.js";

const root = mkdtempSync(join(tmpdir(), "pyarena-load-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

function problemsOf(dir: string): string[] {
  try {
    loadSuite(dir);
  } catch (error) {
    if (isPyarenaError(error, "SUITE_INVALID")) return [...(error as PyarenaError).details];
    throw error;
  }
  throw new Error("the suite loaded");
}

describe("loadSuite", () => {
  it("loads the example suite with every kind of stage", () => {
    const suite = examples();
    expect(suite.tasks.length).toBeGreaterThanOrEqual(6);
    const kinds = new Set(suite.tasks.map((t) => t.spec.kind));
    for (const kind of ["generate", "fix", "refactor", "multi-turn"])
      expect(kinds.has(kind as never)).toBe(true);
    expect(suite.tasks.some((t) => t.validators !== undefined)).toBe(true);
    expect(suite.tasks.find((t) => t.spec.id === "rpn-calculator")?.stages).toHaveLength(2);
    expect(suite.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(examples().contentHash).toBe(suite.contentHash);
  });

  it("reports every problem as `file: field: what was expected`", () => {
    const dir = join(root, "broken");
    write("broken/suite.yaml", "name: Bad Name\nversion: '1'\ndescription: x\n");
    write(
      "broken/tasks/a/task.yaml",
      "id: a\ntitle: A\ntier: impossible\nkind: generate\ntopics: []\nentry_point: f\n",
    );
    write(
      "broken/tasks/b/task.yaml",
      "id: b\ntitle: B\ntier: easy\nkind: fix\ntopics: [x]\nentry_point: f\n",
    );
    write("broken/tasks/b/prompt.md", "fix it");
    write("broken/tasks/b/reference.py", "def f(): pass");
    write("broken/tasks/b/cases.json", JSON.stringify({ cases: [{ id: "c", args: [{ not: "a value" }] }] }));
    write(
      "broken/tasks/c/task.yaml",
      "id: c\ntitle: C\ntier: easy\nkind: generate\ntopics: [x]\nentry_point: f\n",
    );
    write("broken/tasks/c/prompt.md", "p");
    write("broken/tasks/c/reference.py", "def f(): pass");
    write(
      "broken/tasks/c/cases.json",
      JSON.stringify({
        cases: [
          { id: "c", args: [] },
          { id: "c", args: [] },
        ],
      }),
    );
    const problems = problemsOf(dir);
    const at = (file: string) => relative(process.cwd(), join(dir, file));
    expect(problems).toContain(`${at("suite.yaml")}: name: a lower-case name with dashes`);
    expect(problems.some((p) => p.startsWith(`${at("suite.yaml")}: version: `))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${at("suite.yaml")}: canary: `))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${at("tasks/a/task.yaml")}: tier: `))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${at("tasks/a/task.yaml")}: topics: `))).toBe(true);
    expect(problems.some((p) => p.startsWith(`${at("tasks/b/task.yaml")}: kind: a given.py`))).toBe(true);
    expect(
      problems.some((p) => p.startsWith(`${at("tasks/b/cases.json")}: cases[0].args[0]: a Python value`)),
    ).toBe(true);
    expect(problems).toContain(`${at("tasks/c/cases.json")}: cases[1].id: a unique case id ("c" repeats)`);
  });

  it("names a missing referenced file", () => {
    const dir = join(root, "missing");
    write(
      "missing/suite.yaml",
      "name: m\nversion: '0.1'\ndescription: x\ncanary: PYARENA-CANARY-0123456789\n",
    );
    write(
      "missing/tasks/t/task.yaml",
      "id: t\ntitle: T\ntier: easy\nkind: generate\ntopics: [x]\nentry_point: f\n",
    );
    write("missing/tasks/t/prompt.md", "p");
    write("missing/tasks/t/cases.py", "");
    expect(problemsOf(dir)).toEqual([
      `${relative(process.cwd(), join(dir, "tasks/t/task.yaml"))}: reference: the file reference.py to exist in the task folder`,
    ]);
  });

  it("says when a folder is not a suite", () => {
    expect(() => loadSuite(root)).toThrow(/no suite/);
  });
});
