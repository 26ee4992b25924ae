import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { PyarenaError } from "../core/pyarena-error.js";
import {
  dataCasesFileSchema,
  type SuiteSpec,
  suiteSpecSchema,
  type TaskSpec,
  taskSpecSchema,
} from "../core/task.js";
import { formatProblem, type SuiteProblem } from "./format-issues.js";
import type { LoadedSuite, LoadedTask, Mutant, Stage, StageCases } from "./loaded-task.js";
import { readSpecFile } from "./read-spec-file.js";

const NEEDS_GIVEN = new Set(["fix", "refactor", "explain", "tutor", "predict-output", "predict-input"]);

/**
 * Load a suite and validate every file. All problems are gathered and thrown together as one
 * SUITE_INVALID error whose details read `path: field: what was expected`.
 */
export function loadSuite(dir: string): LoadedSuite {
  if (!existsSync(join(dir, "suite.yaml"))) {
    throw new PyarenaError("SUITE_NOT_FOUND", `no suite at ${dir} (a suite is a folder with suite.yaml)`);
  }
  const problems: SuiteProblem[] = [];
  const spec = readSpecFile(join(dir, "suite.yaml"), rel(dir, "suite.yaml"), suiteSpecSchema, problems);
  const tasks: LoadedTask[] = [];
  const seen = new Map<string, string>();
  for (const taskDir of findTaskDirs(dir)) {
    const task = loadTask(taskDir, problems);
    if (task === undefined) continue;
    const previous = seen.get(task.spec.id);
    if (previous !== undefined) {
      problems.push({
        file: rel(taskDir, "task.yaml"),
        field: "id",
        expected: `a unique id (also used by ${previous})`,
      });
    }
    seen.set(task.spec.id, rel(taskDir));
    tasks.push(task);
  }
  if (spec !== undefined && tasks.length === 0 && problems.length === 0) {
    problems.push({
      file: rel(dir, "suite.yaml"),
      field: "",
      expected: "at least one task folder with a task.yaml",
    });
  }
  if (problems.length > 0 || spec === undefined) {
    throw new PyarenaError("SUITE_INVALID", `suite ${dir} has ${problems.length} problem(s)`, {
      details: problems.map(formatProblem),
    });
  }
  tasks.sort((a, b) => a.spec.id.localeCompare(b.spec.id));
  return { spec: spec as SuiteSpec, dir, tasks, contentHash: hashTree(dir) };
}

function rel(root: string, ...parts: string[]): string {
  return relative(process.cwd(), join(root, ...parts)) || ".";
}

function findTaskDirs(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
      const child = join(current, entry.name);
      if (existsSync(join(child, "task.yaml"))) found.push(child);
      else walk(child);
    }
  };
  walk(dir);
  return found.sort();
}

function readText(
  taskDir: string,
  file: string,
  field: string,
  problems: SuiteProblem[],
): string | undefined {
  const path = join(taskDir, file);
  if (!existsSync(path)) {
    problems.push({
      file: rel(taskDir, "task.yaml"),
      field,
      expected: `the file ${file} to exist in the task folder`,
    });
    return undefined;
  }
  return readFileSync(path, "utf8");
}

function loadTask(taskDir: string, problems: SuiteProblem[]): LoadedTask | undefined {
  const yamlPath = rel(taskDir, "task.yaml");
  const spec = readSpecFile(join(taskDir, "task.yaml"), yamlPath, taskSpecSchema, problems);
  if (spec === undefined) return undefined;
  const before = problems.length;
  const given = existsSync(join(taskDir, "given.py"))
    ? readFileSync(join(taskDir, "given.py"), "utf8")
    : undefined;
  if (NEEDS_GIVEN.has(spec.kind) && given === undefined) {
    problems.push({
      file: yamlPath,
      field: "kind",
      expected: `a given.py beside task.yaml (kind ${spec.kind} shows code to the model)`,
    });
  }
  if (spec.kind === "multi-turn" && spec.turns === undefined) {
    problems.push({
      file: yamlPath,
      field: "turns",
      expected: "a list of at least two turns for kind multi-turn",
    });
  }
  const validators =
    spec.validators === undefined ? undefined : readText(taskDir, spec.validators, "validators", problems);
  const stages: Stage[] = [];
  if (spec.turns !== undefined) {
    spec.turns.forEach((turn, i) => {
      const field = `turns[${i}]`;
      const stage = loadStage(
        taskDir,
        spec,
        String(i + 1),
        {
          prompt: turn.prompt,
          reference: turn.reference,
          cases: turn.cases,
          mutants: turn.mutants ?? `mutants-${i + 1}`,
        },
        field,
        problems,
      );
      if (stage !== undefined) stages.push(stage);
    });
  } else {
    const casesFile = spec.cases ?? (existsSync(join(taskDir, "cases.py")) ? "cases.py" : "cases.json");
    const stage = loadStage(
      taskDir,
      spec,
      "1",
      {
        prompt: "prompt.md",
        reference: "reference.py",
        cases: casesFile,
        mutants: "mutants",
      },
      "",
      problems,
    );
    if (stage !== undefined) stages.push(stage);
  }
  if (problems.length > before) return undefined;
  return { spec, dir: taskDir, given, validators, stages };
}

interface StageFiles {
  prompt: string;
  reference: string;
  cases: string;
  mutants: string;
}

function loadStage(
  taskDir: string,
  spec: TaskSpec,
  id: string,
  files: StageFiles,
  field: string,
  problems: SuiteProblem[],
): Stage | undefined {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  const prompt = readText(taskDir, files.prompt, at("prompt"), problems);
  const reference = readText(taskDir, files.reference, at("reference"), problems);
  const cases = loadCases(taskDir, spec, files.cases, at("cases"), problems);
  if (prompt === undefined || reference === undefined || cases === undefined) return undefined;
  return { id, prompt, reference, cases, mutants: loadMutants(join(taskDir, files.mutants)) };
}

function loadCases(
  taskDir: string,
  spec: TaskSpec,
  file: string,
  field: string,
  problems: SuiteProblem[],
): StageCases | undefined {
  const yamlPath = rel(taskDir, "task.yaml");
  if (spec.kind === "predict-output" || spec.kind === "predict-input") return { kind: "expression" };
  if (spec.legacy_test !== undefined) {
    if (spec.entry_point === undefined)
      problems.push({ file: yamlPath, field: "entry_point", expected: "an entry point for a legacy test" });
    const source = readText(taskDir, spec.legacy_test, "legacy_test", problems);
    return source === undefined ? undefined : { kind: "legacy", source };
  }
  if (file.endsWith(".py")) {
    const source = readText(taskDir, file, field, problems);
    return source === undefined ? undefined : { kind: "code", source };
  }
  if (spec.entry_point === undefined) {
    problems.push({
      file: yamlPath,
      field: "entry_point",
      expected: "a function name: data cases call it with their args",
    });
  }
  const parsed = readSpecFile(join(taskDir, file), rel(taskDir, file), dataCasesFileSchema, problems);
  if (parsed === undefined) return undefined;
  const ids = new Set<string>();
  parsed.cases.forEach((c, i) => {
    if (ids.has(c.id))
      problems.push({
        file: rel(taskDir, file),
        field: `cases[${i}].id`,
        expected: `a unique case id ("${c.id}" repeats)`,
      });
    if (c.validator !== undefined && spec.validators === undefined) {
      problems.push({
        file: rel(taskDir, file),
        field: `cases[${i}].validator`,
        expected: "a validators file named in task.yaml",
      });
    }
    ids.add(c.id);
  });
  return { kind: "data", cases: parsed.cases };
}

function loadMutants(dir: string): Mutant[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .map((name) => ({ name, source: readFileSync(join(dir, name), "utf8") }));
}

function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const child = join(current, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile())
        hash.update(relative(dir, child)).update("\0").update(readFileSync(child)).update("\0");
    }
  };
  walk(dir);
  return hash.digest("hex");
}
