import type { CaseOutcome } from "../core/observation.js";
import { PyarenaError } from "../core/pyarena-error.js";
import { type DataCase, dataCaseSchema } from "../core/task.js";
import { valueDigest } from "../core/value-digest.js";
import { trustedLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { outcomeMatches } from "../scoring/outcome-matches.js";
import { evalPlusTolerance } from "../suites/importers/evalplus-tolerance.js";
import { legacyReasonGroup, REFERENCE_DISAGREES } from "../suites/importers/legacy-reason-group.js";
import { notNoneTest } from "../suites/importers/not-none-test.js";
import { parseDataset } from "../suites/importers/parse-dataset.js";
import type { ResolvedTask, SuiteDraft, TaskDraft, TestsDraft } from "../suites/importers/task-draft.js";
import { writeSuite } from "../suites/write-suite.js";
import { mapConcurrent } from "./map-concurrent.js";

/** What to import, where to, and how to report progress. */
export interface ImportOptions {
  readonly format: string;
  readonly file: string;
  readonly outDir: string;
  /** Import only the first N tasks of the file. */
  readonly limit?: number;
  /** Import only these source ids (e.g. `HumanEval/32`). */
  readonly ids?: readonly string[];
  readonly overwrite?: boolean;
  readonly signal?: AbortSignal;
  readonly onTask?: (task: ResolvedTask, done: number, total: number) => void;
}

/** What an import did: the numbers the CLI prints and the tests assert. */
export interface ImportSummary {
  readonly suite: string;
  readonly outDir: string;
  readonly tasks: number;
  /** Assert-based tests turned into data cases. */
  readonly converted: number;
  /** EvalPlus tasks whose expected values came from running the reference. */
  readonly differential: number;
  readonly expression: number;
  readonly legacy: number;
  readonly cases: number;
  /** Why tests stayed legacy: a short reason → the task ids. */
  readonly legacyReasons: ReadonlyMap<string, readonly string[]>;
  /** Tasks left out and cases dropped, with the reason. */
  readonly warnings: readonly string[];
  readonly wallMs: number;
}

interface Resolution {
  readonly task?: ResolvedTask;
  readonly warnings: readonly string[];
}

/**
 * `pyarena suite import`: parse a public dataset (pure), do the sandbox work its tests need
 * (convert asserts into data; run the reference on EvalPlus inputs to learn expected values),
 * and write a native suite whose candidate runs never need the dataset again.
 */
export async function importSuite(pool: SandboxPool, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const draft = parseDataset(options.format, options.file, {
    ...(options.limit === undefined ? {} : { limit: options.limit }),
    ...(options.ids === undefined ? {} : { ids: options.ids }),
  });
  if (draft.tasks.length === 0)
    throw new PyarenaError("IMPORT_FAILED", `no tasks selected from ${options.file}`);
  let done = 0;
  const resolutions = await mapConcurrent(
    draft.tasks,
    pool.environment.slots * 2,
    async (task) => {
      const resolution = await resolveTask(pool, task, options.signal);
      done++;
      if (resolution.task !== undefined) options.onTask?.(resolution.task, done, draft.tasks.length);
      return resolution;
    },
    options.signal,
  );
  options.signal?.throwIfAborted();
  const tasks = resolutions.flatMap((r) => (r.task === undefined ? [] : [r.task]));
  writeSuite(options.outDir, draft, tasks, { overwrite: options.overwrite ?? false });
  return summarize(
    draft,
    options.outDir,
    tasks,
    resolutions.flatMap((r) => r.warnings),
    performance.now() - started,
  );
}

async function resolveTask(pool: SandboxPool, draft: TaskDraft, signal?: AbortSignal): Promise<Resolution> {
  const tests = draft.tests;
  switch (tests.kind) {
    case "expression":
      return { task: { draft, tests, notes: draft.notes }, warnings: [] };
    case "legacy":
      return { task: legacyTask(draft, tests.test, tests.reason), warnings: [] };
    case "asserts":
      return { task: await convertAsserts(pool, draft, tests, signal), warnings: [] };
    case "inputs":
      return runReference(pool, draft, tests, signal);
  }
}

async function convertAsserts(
  pool: SandboxPool,
  draft: TaskDraft,
  tests: Extract<TestsDraft, { kind: "asserts" }>,
  signal?: AbortSignal,
): Promise<ResolvedTask> {
  const result = await pool.run(
    { files: {}, job: { mode: "convert", ...tests.job }, limits: trustedLimits({}) },
    signal,
  );
  const body = result.control.find((m) => m.kind === "convert")?.body as
    | { ok?: unknown; cases?: unknown; reason?: unknown }
    | undefined;
  const legacy = (reason: string) => legacyTask(draft, tests.legacyTest, reason);
  if (body === undefined)
    return legacy(`evaluating the test ended with ${result.termination}: ${lastLine(result.stderr)}`);
  if (body.ok !== true) return legacy(typeof body.reason === "string" ? body.reason : "no reason given");
  const raw = Array.isArray(body.cases) ? body.cases : [];
  const cases = raw.map((c, i) => {
    const parsed = dataCaseSchema.safeParse({ ...(c as object), id: `assert-${i}` });
    if (!parsed.success) {
      throw new PyarenaError("IMPORT_FAILED", `${draft.id}: the converter returned a malformed case`, {
        details: [parsed.error.message.slice(0, 500)],
      });
    }
    return parsed.data;
  });
  const disagreement = await referenceDisagrees(pool, draft, cases, signal);
  if (disagreement !== undefined) return legacy(disagreement);
  return { draft, tests: { kind: "data", cases }, notes: draft.notes };
}

/**
 * Converted cases compare with `==` on plain data, the original asserts with the objects' own
 * `==`: a `Counter` equals a dict there, but is opaque here. So the reference must pass every
 * converted case, or the conversion is not faithful and the original test is kept.
 */
async function referenceDisagrees(
  pool: SandboxPool,
  draft: TaskDraft,
  cases: readonly DataCase[],
  signal?: AbortSignal,
): Promise<string | undefined> {
  const report = await pool.run(
    { files: { "candidate.py": draft.reference }, job: casesJob(draft, cases), limits: trustedLimits({}) },
    signal,
  );
  if (report.loadError !== undefined)
    return `${REFERENCE_DISAGREES}: it raised ${report.loadError.type} when loaded`;
  const observed = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  for (const c of cases) {
    const actual = observed.get(c.id);
    if (actual === undefined)
      return `${REFERENCE_DISAGREES}: no result for ${c.id} (it ended with ${report.termination})`;
    const expected: CaseOutcome = { kind: "value", value: c.expected ?? null };
    if (!outcomeMatches(expected, actual, { atol: c.atol ?? 0, rtol: c.rtol ?? 0 })) {
      const got =
        actual.kind === "raised" ? `raised ${actual.type}` : JSON.stringify(actual.value).slice(0, 80);
      return `${REFERENCE_DISAGREES}: for ${c.id} it gives ${got}`;
    }
  }
  return undefined;
}

function casesJob(
  draft: TaskDraft,
  cases: ReadonlyArray<{ id: string; args: readonly unknown[] }>,
): Record<string, unknown> {
  return {
    mode: "cases",
    candidate: "candidate.py",
    entry_point: draft.entryPoint,
    cases: cases.map((c) => ({
      id: c.id,
      args: c.args,
      ...("kwargs" in c && c.kwargs ? { kwargs: c.kwargs } : {}),
    })),
  };
}

async function runReference(
  pool: SandboxPool,
  draft: TaskDraft,
  tests: Extract<TestsDraft, { kind: "inputs" }>,
  signal?: AbortSignal,
): Promise<Resolution> {
  const job = casesJob(draft, tests.inputs);
  const report = await pool.run(
    { files: { "candidate.py": draft.reference }, job, limits: trustedLimits({}) },
    signal,
  );
  if (report.loadError !== undefined) {
    return { warnings: [`${draft.id}: left out, its reference raised ${report.loadError.type} when loaded`] };
  }
  const observed = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  const notNone = tests.oracle?.kind === "not-none";
  const opaque = notNone ? undefined : [...observed.values()].map(opaqueType).find((t) => t !== undefined);
  if (opaque !== undefined && tests.originalTest !== undefined) {
    const reason = `the reference returns ${opaque} objects, which are not plain data, so the dataset's original test replaces the EvalPlus inputs`;
    return { task: legacyTask(draft, tests.originalTest, reason), warnings: [] };
  }
  const warnings: string[] = [];
  const kept = tests.inputs.flatMap((input) => {
    const outcome = observed.get(input.id);
    const problem = outcomeProblem(outcome, report.termination, notNone);
    if (problem === undefined && outcome !== undefined) return [{ input, outcome }];
    warnings.push(`${draft.id}: case ${input.id} dropped, ${problem}`);
    return [];
  });
  if (kept.length === 0)
    return { warnings: [...warnings, `${draft.id}: left out, no case has an expected value`] };
  const notes = [...draft.notes, ...warnings.map((w) => w.slice(draft.id.length + 2))];
  if (notNone) {
    const flags = kept.map(({ outcome }) => outcome.kind === "value" && outcome.value !== null);
    const test = notNoneTest(
      kept.map((k) => k.input),
      flags,
    );
    const reason =
      "EvalPlus only checks whether the output is None, and the reference returns re.Match objects";
    return { task: legacyTask({ ...draft, notes }, test, reason), warnings };
  }
  const validator = tests.oracle?.kind === "validator" ? tests.oracle.name : undefined;
  const cases = kept.map(({ input, outcome }): DataCase => {
    const expected = outcome.kind === "value" ? outcome.value : null; // raised outcomes were dropped
    const judge = validator === undefined ? evalPlusTolerance(expected, tests.atol) : { validator };
    if (validator === undefined && JSON.stringify(expected).length > MAX_EXPECTED_BYTES) {
      return { id: input.id, args: [...input.args], tags: [], expected_sha256: valueDigest(expected) };
    }
    return { id: input.id, args: [...input.args], tags: [], expected, ...judge };
  });
  return { task: { draft, tests: { kind: "data", cases }, notes }, warnings };
}

/**
 * Expected values larger than this are stored as a digest (`expected_sha256`) and compared
 * exactly: a few EvalPlus inputs (n = 10^6 for HumanEval/15, /100, /130; Mbpp/255) have outputs of
 * 1 to 40 MB each, which would make cases.json hundreds of MB.
 */
export const MAX_EXPECTED_BYTES = 1 << 20;

/** Why a reference outcome cannot be an expected value, if it cannot. `re.Match` is fine for "not None". */
function outcomeProblem(
  outcome: CaseOutcome | undefined,
  termination: string,
  opaqueOk: boolean,
): string | undefined {
  if (outcome === undefined) return `the reference gave no result (it ended with ${termination})`;
  // EvalPlus computes every expected output from the canonical solution, so an exception here
  // is the reference hitting a sandbox limit (MemoryError on Mbpp/255's largest input), not an
  // expected behaviour: the case is dropped rather than written as `raises`.
  if (outcome.kind === "raised") return `the reference raised ${outcome.type}`;
  const json = JSON.stringify(outcome.value);
  if (!opaqueOk && json.includes('"$opaque"')) return "the reference returned a value that is not plain data";
  return undefined;
}

/** The type of the first object in a result that cannot leave the sandbox as data. */
function opaqueType(outcome: CaseOutcome): string | undefined {
  if (outcome.kind !== "value") return undefined;
  return /"\$opaque":"([^"]*)"/.exec(JSON.stringify(outcome.value))?.[1];
}

function legacyTask(draft: TaskDraft, test: string, reason: string): ResolvedTask {
  return {
    draft,
    tests: { kind: "legacy", test, reason },
    notes: [...draft.notes, `legacy test: ${reason}`],
  };
}

function lastLine(text: string): string {
  return text.trim().split("\n").pop()?.slice(0, 200) ?? "";
}

function summarize(
  draft: SuiteDraft,
  outDir: string,
  tasks: readonly ResolvedTask[],
  warnings: readonly string[],
  wallMs: number,
): ImportSummary {
  const count = (test: (t: ResolvedTask) => boolean) => tasks.filter(test).length;
  const legacyReasons = new Map<string, string[]>();
  for (const task of tasks) {
    if (task.tests.kind !== "legacy") continue;
    const group = legacyReasonGroup(task.tests.reason);
    legacyReasons.set(group, [...(legacyReasons.get(group) ?? []), task.draft.id]);
  }
  return {
    suite: draft.name,
    outDir,
    tasks: tasks.length,
    converted: count((t) => t.draft.tests.kind === "asserts" && t.tests.kind === "data"),
    differential: count((t) => t.draft.tests.kind === "inputs" && t.tests.kind === "data"),
    expression: count((t) => t.tests.kind === "expression"),
    legacy: count((t) => t.tests.kind === "legacy"),
    cases: tasks.reduce((n, t) => n + (t.tests.kind === "data" ? t.tests.cases.length : 1), 0),
    legacyReasons,
    warnings,
    wallMs,
  };
}
