import { basename } from "node:path";
import { checkFunctionTests } from "./check-function-tests.js";
import {
  HUMANEVALPACK_LICENSE,
  HUMANEVALPACK_URL,
  type HumanEvalPackProblem,
  readHumanEvalPack,
} from "./read-humanevalpack.js";
import { IMPORTED_TIER, type ParseOptions, type SuiteDraft, type TaskDraft } from "./task-draft.js";

const SYMPTOMS: Readonly<Record<string, string>> = {
  "incorrect output": "it returns wrong results for some inputs",
  "infinite loop": "it never returns for some inputs (an infinite loop)",
  stackoverflow: "it fails with a stack overflow (unbounded recursion) for some inputs",
};

function fixPrompt(problem: HumanEvalPackProblem, given: string): string {
  const symptom = SYMPTOMS[problem.failureSymptoms] ?? problem.failureSymptoms;
  return [
    `The Python function \`${problem.entryPoint}\` below has a bug${symptom ? `: ${symptom}` : ""}.`,
    "Fix it. Reply with the whole corrected code (imports, helpers and the function), not a diff.",
    "",
    "```python",
    given.trimEnd(),
    "```",
    "",
    "What the function should do:",
    "",
    ...problem.docstring
      .trim()
      .split("\n")
      .map((line) => (line ? `    ${line}` : "")),
    "",
  ].join("\n");
}

/**
 * HumanEvalFix (HumanEvalPack, Muennighoff et al. 2023): HumanEval's functions with one
 * injected bug. given.py = `declaration + buggy_solution`; the reference restores
 * `canonical_solution`; the cases are the task's tests (converted, or legacy).
 */
export function parseHumanEvalPackFix(file: string, options: ParseOptions = {}): SuiteDraft {
  const tasks = readHumanEvalPack(file, options).map((problem): TaskDraft => {
    const given = problem.declaration + problem.buggy;
    return {
      id: `humanevalpack-fix-${problem.number}`,
      title: `${problem.sourceId} (HumanEvalFix): ${problem.entryPoint}, ${problem.bugType || "bug"}`,
      tier: IMPORTED_TIER,
      kind: "fix",
      topics: ["humanevalpack", "debugging"],
      entryPoint: problem.entryPoint,
      prompt: fixPrompt(problem, given),
      reference: problem.declaration + problem.canonical,
      given,
      source: { dataset: "humanevalpack", id: problem.sourceId, license: HUMANEVALPACK_LICENSE },
      tests: checkFunctionTests({
        preamble: problem.prompt,
        test: problem.test,
        entryPoint: problem.entryPoint,
      }),
      notes: problem.bugType
        ? [`bug type: ${problem.bugType}; symptom: ${problem.failureSymptoms || "unknown"}`]
        : [],
    };
  });
  return {
    name: "humanevalpack-fix",
    version: "1.0",
    description:
      "HumanEvalFix (HumanEvalPack, Python): fix a bug injected into each of HumanEval's 164 functions.",
    source: {
      dataset: "humanevalpack",
      file: basename(file),
      license: HUMANEVALPACK_LICENSE,
      url: HUMANEVALPACK_URL,
    },
    tasks,
  };
}
