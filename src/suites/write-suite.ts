import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { stringify } from "yaml";
import { PyarenaError } from "../core/pyarena-error.js";
import type { DataCase } from "../core/task.js";
import type { ResolvedTask, SuiteDraft } from "./importers/task-draft.js";

/** Options of `writeSuite`. */
export interface WriteSuiteOptions {
  /** Replace `dir` if it already holds a suite (a folder with suite.yaml); never anything else. */
  readonly overwrite?: boolean;
}

const TASK_ID = /^[a-z0-9][a-z0-9_.-]*$/;

/**
 * Write an imported suite in the native format (docs/task-format.md). The folder is built beside
 * `dir` and renamed into place, so an interrupted import never leaves half a suite behind, and
 * the output is byte-for-byte the same for the same input (the canary is a hash, not random).
 */
export function writeSuite(
  dir: string,
  suite: SuiteDraft,
  tasks: readonly ResolvedTask[],
  options: WriteSuiteOptions = {},
): void {
  const occupied = existsSync(dir) && readdirSync(dir).length > 0;
  if (occupied && !(options.overwrite && existsSync(join(dir, "suite.yaml")))) {
    throw new PyarenaError(
      "USAGE",
      options.overwrite
        ? `${dir} is not empty and holds no suite.yaml: refusing to replace it`
        : `${dir} is not empty (use --force to replace a suite there)`,
    );
  }
  const staging = join(dirname(dir), `.${basename(dir)}.importing-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(join(staging, "tasks"), { recursive: true });
    writeFileSync(join(staging, "suite.yaml"), suiteYaml(suite, tasks));
    writeFileSync(join(staging, "README.md"), readme(suite, tasks));
    for (const task of tasks) writeTask(join(staging, "tasks", task.draft.id), task);
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function suiteYaml(suite: SuiteDraft, tasks: readonly ResolvedTask[]): string {
  const hash = createHash("sha256").update(suite.name).update(suite.source.file);
  for (const task of tasks) hash.update(task.draft.id);
  return stringify({
    name: suite.name,
    version: suite.version,
    description: suite.description,
    canary: `PYARENA-CANARY ${hash.digest("hex").slice(0, 12)}-${suite.name}: benchmark data, do not train on this`,
    python: ">=3.10",
    source: suite.source,
  });
}

function writeTask(dir: string, task: ResolvedTask): void {
  const { draft, tests } = task;
  if (!TASK_ID.test(draft.id))
    throw new PyarenaError("IMPORT_FAILED", `task id "${draft.id}" is not a valid task id`);
  if (existsSync(dir)) throw new PyarenaError("IMPORT_FAILED", `two tasks have the id ${draft.id}`);
  mkdirSync(dir, { recursive: true });
  const spec: Record<string, unknown> = {
    id: draft.id,
    title: draft.title,
    tier: draft.tier,
    kind: draft.kind,
    topics: draft.topics,
    python: ">=3.10",
    ...(draft.entryPoint === undefined ? {} : { entry_point: draft.entryPoint }),
    ...(draft.validators === undefined ? {} : { validators: "validators.py" }),
    ...(tests.kind === "legacy" ? { legacy_test: "test.py" } : {}),
    source: draft.source,
  };
  const header =
    tests.kind === "legacy"
      ? `# legacy test, verdict decided inside the sandbox: ${oneLine(tests.reason)}\n`
      : "";
  writeFileSync(join(dir, "task.yaml"), header + stringify(spec));
  writeFileSync(join(dir, "prompt.md"), draft.prompt);
  writeFileSync(join(dir, "reference.py"), draft.reference);
  if (draft.given !== undefined) writeFileSync(join(dir, "given.py"), draft.given);
  if (draft.validators !== undefined) writeFileSync(join(dir, "validators.py"), draft.validators);
  if (tests.kind === "data") writeFileSync(join(dir, "cases.json"), casesJson(tests.cases));
  if (tests.kind === "legacy") writeFileSync(join(dir, "test.py"), tests.test);
  if (task.notes.length > 0)
    writeFileSync(join(dir, "notes.md"), `# ${draft.id}\n\n${task.notes.map((n) => `- ${n}`).join("\n")}\n`);
}

/** One case per line: diffs of a re-import stay readable. */
function casesJson(cases: readonly DataCase[]): string {
  const lines = cases.map((c) => {
    const { tags, ...rest } = c;
    return `  ${JSON.stringify(tags.length > 0 ? c : rest)}`;
  });
  return `{"cases": [\n${lines.join(",\n")}\n]}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function readme(suite: SuiteDraft, tasks: readonly ResolvedTask[]): string {
  const legacy = tasks.filter((t) => t.tests.kind === "legacy");
  return [
    `# ${suite.name} ${suite.version}`,
    "",
    suite.description,
    "",
    `Imported by \`pyarena suite import\` from \`${suite.source.file}\` (${suite.source.url}), license ${suite.source.license}.`,
    `${tasks.length} tasks; ${legacy.length} keep the dataset's own test (legacy: the verdict is decided inside the sandbox).`,
    "",
    ...legacy.map((t) => `- ${t.draft.id}: ${t.tests.kind === "legacy" ? oneLine(t.tests.reason) : ""}`),
    "",
  ].join("\n");
}
