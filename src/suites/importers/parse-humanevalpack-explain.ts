import { basename } from "node:path";
import { checkFunctionTests } from "./check-function-tests.js";
import { HUMANEVALPACK_LICENSE, HUMANEVALPACK_URL, readHumanEvalPack } from "./read-humanevalpack.js";
import { IMPORTED_TIER, type ParseOptions, type SuiteDraft, type TaskDraft } from "./task-draft.js";

function explainPrompt(entryPoint: string, given: string): string {
  return [
    `Explain what the Python function \`${entryPoint}\` below does: its inputs, its result and the`,
    "edge cases it handles. Be precise enough that a programmer who never saw this code could write",
    "an equivalent function from your explanation alone. Do not include code in your answer.",
    "",
    "```python",
    given.trimEnd(),
    "```",
    "",
  ].join("\n");
}

/**
 * HumanEvalExplain (HumanEvalPack): explain a correct function. given.py = `declaration +
 * canonical_solution` (no docstring, so the explanation cannot be copied). Scoring later has a
 * model re-derive code from the explanation; that code runs on the task's tests, kept here as cases.
 */
export function parseHumanEvalPackExplain(file: string, options: ParseOptions = {}): SuiteDraft {
  const tasks = readHumanEvalPack(file, options).map((problem): TaskDraft => {
    const given = problem.declaration + problem.canonical;
    return {
      id: `humanevalpack-explain-${problem.number}`,
      title: `${problem.sourceId} (HumanEvalExplain): ${problem.entryPoint}`,
      tier: IMPORTED_TIER,
      kind: "explain",
      topics: ["humanevalpack", "code-reading"],
      entryPoint: problem.entryPoint,
      prompt: explainPrompt(problem.entryPoint, given),
      reference: given,
      given,
      source: { dataset: "humanevalpack", id: problem.sourceId, license: HUMANEVALPACK_LICENSE },
      tests: checkFunctionTests({
        preamble: problem.prompt,
        test: problem.test,
        entryPoint: problem.entryPoint,
      }),
      notes: [],
    };
  });
  return {
    name: "humanevalpack-explain",
    version: "1.0",
    description:
      "HumanEvalExplain (HumanEvalPack, Python): explain each of HumanEval's 164 functions precisely enough to rebuild it.",
    source: {
      dataset: "humanevalpack",
      file: basename(file),
      license: HUMANEVALPACK_LICENSE,
      url: HUMANEVALPACK_URL,
    },
    tasks,
  };
}
