import { readDatasetFile, textField } from "./read-dataset-file.js";
import { type ParseOptions, selectRecords } from "./task-draft.js";

/** bigcode-project/octopack releases HumanEvalPack under MIT. */
export const HUMANEVALPACK_LICENSE = "MIT";
export const HUMANEVALPACK_URL = "https://github.com/bigcode-project/octopack";

/** One record of HumanEvalPack's Python split, with the fields the fix and explain tasks use. */
export interface HumanEvalPackProblem {
  readonly sourceId: string;
  readonly number: string;
  /** Signature and docstring, after the helper functions (HumanEval's prompt). */
  readonly prompt: string;
  /** Imports, helper functions and the bare `def` line, without the docstring. */
  readonly declaration: string;
  readonly canonical: string;
  readonly buggy: string;
  readonly bugType: string;
  readonly failureSymptoms: string;
  readonly entryPoint: string;
  readonly docstring: string;
  /** `def check(<entry point>)` followed by `check(<entry point>)`. */
  readonly test: string;
}

/** The records of humanevalpack-python.jsonl (164 tasks, `Python/0` ... `Python/163`). */
export function readHumanEvalPack(file: string, options: ParseOptions): HumanEvalPackProblem[] {
  const records = selectRecords(readDatasetFile(file), (r) => String(r.task_id), options);
  return records.map((record) => {
    const sourceId = textField(record, "task_id", file);
    const where = `${file}: ${sourceId}`;
    return {
      sourceId,
      number: sourceId.slice(sourceId.lastIndexOf("/") + 1),
      prompt: textField(record, "prompt", where),
      declaration: textField(record, "declaration", where),
      canonical: textField(record, "canonical_solution", where),
      buggy: textField(record, "buggy_solution", where),
      bugType: typeof record.bug_type === "string" ? record.bug_type : "",
      failureSymptoms: typeof record.failure_symptoms === "string" ? record.failure_symptoms : "",
      entryPoint: textField(record, "entry_point", where),
      docstring: typeof record.docstring === "string" ? record.docstring : "",
      test: textField(record, "test", where),
    };
  });
}
