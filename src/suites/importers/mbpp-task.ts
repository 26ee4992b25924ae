import { PyarenaError } from "../../core/pyarena-error.js";
import { IMPORTED_TIER, type TaskDraft } from "./task-draft.js";

/** MBPP's data is CC-BY-4.0 (its dataset card); the code around it is Apache-2.0. */
export const MBPP_LICENSE = "CC-BY-4.0";

/** One MBPP problem, whichever file it came from. */
export interface MbppProblem {
  readonly id: string;
  readonly dataset: string;
  readonly sourceId: string;
  readonly text: string;
  readonly code: string;
  /** Code the original harness ran before the asserts (`test_setup_code`, `test_imports`). */
  readonly setup: string;
  /** The asserts shown in the prompt. */
  readonly shownTests: readonly string[];
  /** Every assert, the shown ones first (MBPP's `challenge_test_list` follows). */
  readonly tests: readonly string[];
}

const DEFINED = /^(?:def|class)\s+([A-Za-z_]\w*)/gm;
const IMPORT_LINE = /^(?:import\s|from\s+\S+\s+import\s).*$/gm;

/** MBPP has no entry_point field: it is the function of the solution that the first assert calls. */
export function mbppEntryPoint(code: string, firstTest: string, where: string): string {
  let best: { at: number; name: string } | undefined;
  for (const [, name] of code.matchAll(DEFINED)) {
    const at = firstTest.search(new RegExp(`\\b${name}\\s*\\(`));
    if (name !== undefined && at >= 0 && (best === undefined || at < best.at)) best = { at, name };
  }
  if (best === undefined)
    throw new PyarenaError(
      "IMPORT_FAILED",
      `${where}: no function of the solution is called by its first test`,
    );
  return best.name;
}

/** The prompt MBPP was evaluated with: the problem statement and its three example asserts. */
export function mbppPrompt(text: string, tests: readonly string[]): string {
  return [text.trim(), "", "Your code should pass these tests:", "", "```python", ...tests, "```", ""].join(
    "\n",
  );
}

/**
 * The task draft of an MBPP problem. Its asserts are converted in the sandbox; they may use what
 * the solution imports (MBPP ran them after it), so the solution's import lines join the setup.
 * The legacy fallback runs them in the candidate's own namespace, as MBPP did.
 */
export function mbppTask(problem: MbppProblem): TaskDraft {
  const code = problem.code.replace(/\r\n?/g, "\n");
  const [first] = problem.tests;
  if (first === undefined) throw new PyarenaError("IMPORT_FAILED", `${problem.sourceId}: no tests`);
  const entryPoint = mbppEntryPoint(code, first, `${problem.dataset} ${problem.sourceId}`);
  const setup = problem.setup.replace(/\r\n?/g, "\n");
  const imports = code.match(IMPORT_LINE) ?? [];
  const tests = problem.tests.map((t) => t.replace(/\r\n?/g, "\n").trim());
  return {
    id: problem.id,
    title: title(problem.sourceId, problem.text),
    tier: IMPORTED_TIER,
    kind: "generate",
    topics: ["mbpp"],
    entryPoint,
    prompt: mbppPrompt(problem.text, problem.shownTests),
    reference: code.endsWith("\n") ? code : `${code}\n`,
    source: { dataset: problem.dataset, id: problem.sourceId, license: MBPP_LICENSE },
    tests: {
      kind: "asserts",
      job: { setup: [...imports, setup].join("\n"), body: tests.join("\n"), callee: entryPoint },
      legacyTest: mbppLegacyTest(entryPoint, setup, tests),
    },
    notes: [],
  };
}

function title(sourceId: string, text: string): string {
  const line = text.trim().split("\n")[0] ?? "";
  return `MBPP ${sourceId}: ${line.length > 90 ? `${line.slice(0, 87)}...` : line}`;
}

/** MBPP asserts as a legacy test.py: run after the candidate, in its namespace, as MBPP did. */
export function mbppLegacyTest(entryPoint: string, setup: string, tests: readonly string[]): string {
  return [
    "# The dataset's asserts, run as its own harness ran them: after the solution, in its namespace.",
    `SETUP = ${JSON.stringify(setup)}`,
    "TESTS = [",
    ...tests.map((t) => `    ${JSON.stringify(t)},`),
    "]",
    "",
    "",
    "def check(candidate):",
    '    scope = dict(getattr(candidate, "__globals__", {}))',
    `    scope[${JSON.stringify(entryPoint)}] = candidate`,
    '    exec(compile(SETUP, "setup", "exec"), scope)',
    "    for test in TESTS:",
    '        exec(compile(test, "test", "exec"), scope)',
    "",
  ].join("\n");
}
