import { basename } from "node:path";
import { checkFunctionTests } from "./check-function-tests.js";
import { readDatasetFile, textField } from "./read-dataset-file.js";
import {
  IMPORTED_TIER,
  type ParseOptions,
  type SuiteDraft,
  selectRecords,
  type TaskDraft,
} from "./task-draft.js";

/** OpenAI's human-eval repository is MIT-licensed. */
export const HUMANEVAL_LICENSE = "MIT";

/** `HumanEval/17` → `humaneval-17`: the number is the stable part of every HumanEval-derived id. */
export function taskNumber(sourceId: string): string {
  return sourceId.slice(sourceId.lastIndexOf("/") + 1).toLowerCase();
}

/** The prompt of a HumanEval-style completion task: the dataset's signature and docstring. */
export function completionPrompt(entryPoint: string, code: string): string {
  return [
    `Complete the Python function \`${entryPoint}\` below. Reply with the whole function, signature`,
    "included, together with the imports and helper functions it needs, not only its body.",
    "",
    "```python",
    code.trimEnd(),
    "```",
    "",
  ].join("\n");
}

/**
 * OpenAI's HumanEval (HumanEval.jsonl.gz): 164 function completions. The reference is
 * `prompt + canonical_solution`; the cases come from `test`'s check(candidate).
 */
export function parseHumanEval(file: string, options: ParseOptions = {}): SuiteDraft {
  const records = selectRecords(readDatasetFile(file), (r) => String(r.task_id), options);
  const tasks = records.map((record): TaskDraft => {
    const sourceId = textField(record, "task_id", file);
    const where = `${file}: ${sourceId}`;
    const prompt = textField(record, "prompt", where);
    const entryPoint = textField(record, "entry_point", where);
    return {
      id: `humaneval-${taskNumber(sourceId)}`,
      title: `${sourceId}: ${entryPoint}`,
      tier: IMPORTED_TIER,
      kind: "generate",
      topics: ["humaneval"],
      entryPoint,
      prompt: completionPrompt(entryPoint, prompt),
      reference: prompt + textField(record, "canonical_solution", where),
      source: { dataset: "humaneval", id: sourceId, license: HUMANEVAL_LICENSE },
      tests: checkFunctionTests({ preamble: prompt, test: textField(record, "test", where), entryPoint }),
      notes: [],
    };
  });
  return {
    name: "humaneval",
    version: "1.0",
    description: "OpenAI HumanEval: 164 hand-written Python function completions (Chen et al. 2021).",
    source: {
      dataset: "humaneval",
      file: basename(file),
      license: HUMANEVAL_LICENSE,
      url: "https://github.com/openai/human-eval",
    },
    tasks,
  };
}
