import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import { EXAMPLES_DIR } from "../test-support/examples.js";
import { describeSlow } from "../test-support/slow.js";

const run = promisify(execFile);

async function pyarena(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", packagePath("src", "cli", "main.ts"), ...args],
      {
        env: { ...process.env, NO_COLOR: "1" },
        timeout: 120_000,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `pyarena exec` of a candidate for the example task merge-intervals. */
function execMergeIntervals(code: string, ...extra: string[]) {
  const file = join(mkdtempSync(join(tmpdir(), "pyarena-cli-")), "c.py");
  writeFileSync(file, code);
  return pyarena("exec", "--suite", EXAMPLES_DIR, "--task", "merge-intervals", "--code", file, ...extra);
}

describe("pyarena command line", () => {
  it("exits 2 and lists `path: field: expected` for an invalid suite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pyarena-cli-"));
    writeFileSync(
      join(dir, "suite.yaml"),
      "name: x\nversion: nope\ndescription: d\ncanary: PYARENA-CANARY-0123456789\n",
    );
    const result = await pyarena("suite", "check", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/suite\.yaml: version: a version such as 0\.1/);
  });

  it("exits 2 on a usage error", async () => {
    expect((await pyarena("exec", "--suite", EXAMPLES_DIR)).code).toBe(2);
  });

  it("shows a passing candidate case by case and exits 0", async () => {
    const result = await execMergeIntervals(
      "def merge_intervals(xs):\n    if any(a > b for a, b in xs):\n        raise ValueError\n    out = []\n    for a, b in sorted(xs):\n        if out and a <= out[-1][1]:\n            out[-1] = (out[-1][0], max(out[-1][1], b))\n        else:\n            out.append((a, b))\n    return out\n",
    );
    expect(result.stdout).toContain("PASSED 8/8 cases");
    expect(result.code).toBe(0);
  });

  it("exits 1 and names the failing cases for a wrong candidate", async () => {
    const result = await execMergeIntervals("def merge_intervals(xs):\n    return sorted(xs)\n", "--json");
    expect(result.code).toBe(1);
    const [verdict] = JSON.parse(result.stdout) as [
      { status: string; cases: { caseId: string; reason: string }[] },
    ];
    expect(verdict.status).toBe("failed");
    expect(verdict.cases.find((c) => c.caseId === "invalid")?.reason).toBe("mismatch");
  });

  it("with --quality, lists every lint finding, the docstring and hint counts and pyright's errors", async () => {
    const result = await execMergeIntervals(
      "import os\n\n\ndef merge_intervals(xs: list) -> int:\n    try:\n        return sorted(xs)\n    except:\n        return []\n",
      "--quality",
    );
    expect(result.stdout).toMatch(/F401 \[readability\] `os` imported but unused/);
    expect(result.stdout).toMatch(/E722 \[likely-bug\]/);
    expect(result.stdout).toContain("docstrings 0/1 (0%)");
    expect(result.stdout).toContain("type hints 2/2 (100%)");
    // Both returns contradict `-> int`.
    expect(result.stdout).toMatch(
      /types: 2 pyright error\(s\)\n {2}6 reportReturnType:.*\n {2}8 reportReturnType:/,
    );
  });
});

describeSlow("pyarena suite check", () => {
  it("proves the example suite sound and exits 0", async () => {
    const result = await pyarena("suite", "check", EXAMPLES_DIR);
    expect(result.stdout).toMatch(/examples 0\.1\.0: (\d+)\/\1 stages sound/);
    expect(result.code).toBe(0);
  });

  it("exits 1 when a mutant survives", async () => {
    const { cpSync } = await import("node:fs");
    const dir = mkdtempSync(join(tmpdir(), "pyarena-cli-"));
    cpSync(EXAMPLES_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, "tasks/word-frequencies/mutants/same-as-reference.py"),
      (await import("node:fs")).readFileSync(join(dir, "tasks/word-frequencies/reference.py")),
    );
    const result = await pyarena("suite", "check", dir, "--runs", "1", "--task", "word-frequencies");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("mutant same-as-reference.py passes every case");
  });
});
