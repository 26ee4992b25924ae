import { basename } from "node:path";
import { CRUXEVAL_LICENSE, CRUXEVAL_URL, readCruxEval, shorten } from "./read-cruxeval.js";
import { IMPORTED_TIER, type ParseOptions, type SuiteDraft, type TaskDraft } from "./task-draft.js";

/**
 * CRUXEval-O (Gu et al. 2024): predict what `f(<input>)` returns. The reference expression is
 * the dataset's `output`; the candidate's expression is evaluated beside given.py's `f` and must
 * equal it, which is CRUXEval's own `assert <output> == <answer>`.
 */
export function parseCruxEvalOutput(file: string, options: ParseOptions = {}): SuiteDraft {
  const tasks = readCruxEval(file, options).map(
    (problem): TaskDraft => ({
      id: `cruxeval-output-${problem.number}`,
      title: `CRUXEval-O ${problem.sourceId}: the value of f(${shorten(problem.input)})`,
      tier: IMPORTED_TIER,
      kind: "predict-output",
      topics: ["cruxeval", "code-reading"],
      prompt: [
        `What does \`f(${problem.input})\` return, for the function \`f\` below?`,
        "Answer with one Python expression for the value, such as a literal (`[1, 2]`, `'abc'`), not with a call of `f`.",
        "",
        "```python",
        problem.code.trimEnd(),
        "```",
        "",
      ].join("\n"),
      reference: `${problem.output}\n`,
      given: `${problem.code.trimEnd()}\n`,
      source: { dataset: "cruxeval", id: problem.sourceId, license: CRUXEVAL_LICENSE },
      tests: { kind: "expression" },
      notes: [],
    }),
  );
  return {
    name: "cruxeval-output",
    version: "1.0",
    description:
      "CRUXEval-O: predict the output of 800 short Python functions on a given input (Gu et al. 2024).",
    source: { dataset: "cruxeval", file: basename(file), license: CRUXEVAL_LICENSE, url: CRUXEVAL_URL },
    tasks,
  };
}
