import { basename } from "node:path";
import { CRUXEVAL_LICENSE, CRUXEVAL_URL, readCruxEval, shorten } from "./read-cruxeval.js";
import { IMPORTED_TIER, type ParseOptions, type SuiteDraft, type TaskDraft } from "./task-draft.js";

/**
 * CRUXEval-I (Gu et al. 2024): find an input for which `f` returns the given output. The
 * candidate answers with a call `f(...)`, evaluated beside given.py's `f`; its value must equal
 * that of the reference expression `f(<dataset input>)`. Any input that works is right, as in
 * CRUXEval's `assert <output> == <answer>`.
 */
export function parseCruxEvalInput(file: string, options: ParseOptions = {}): SuiteDraft {
  const tasks = readCruxEval(file, options).map(
    (problem): TaskDraft => ({
      id: `cruxeval-input-${problem.number}`,
      title: `CRUXEval-I ${problem.sourceId}: an input giving ${shorten(problem.output)}`,
      tier: IMPORTED_TIER,
      kind: "predict-input",
      topics: ["cruxeval", "code-reading"],
      prompt: [
        `Find an input for the function \`f\` below such that \`f(...) == ${problem.output}\`.`,
        "Answer with one Python expression that calls `f` with your input, such as `f([1, 2], 'a')`.",
        "",
        "```python",
        problem.code.trimEnd(),
        "```",
        "",
      ].join("\n"),
      reference: `f(${problem.input})\n`,
      given: `${problem.code.trimEnd()}\n`,
      source: { dataset: "cruxeval", id: problem.sourceId, license: CRUXEVAL_LICENSE },
      tests: { kind: "expression" },
      notes: [],
    }),
  );
  return {
    name: "cruxeval-input",
    version: "1.0",
    description:
      "CRUXEval-I: find an input that makes each of 800 short Python functions return a given output (Gu et al. 2024).",
    source: { dataset: "cruxeval", file: basename(file), license: CRUXEVAL_LICENSE, url: CRUXEVAL_URL },
    tasks,
  };
}
