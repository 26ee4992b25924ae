import { basename } from "node:path";
import { checkLegacyTest } from "./check-function-tests.js";
import { atolField, EVALPLUS_LICENSE, evalPlusTask, inputLists } from "./evalplus-task.js";
import { completionPrompt, taskNumber } from "./parse-humaneval.js";
import { readDatasetFile, textField } from "./read-dataset-file.js";
import { type ParseOptions, type SuiteDraft, selectRecords } from "./task-draft.js";

/**
 * HumanEval+ in EvalPlus's native format (HumanEvalPlus*.jsonl.gz, or the same as plain
 * .jsonl): HumanEval's prompts with `base_input` and `plus_input`. The reference is
 * `prompt + canonical_solution` (EvalPlus's ground truth; `contract` is left out, as there).
 */
export function parseHumanEvalPlus(file: string, options: ParseOptions = {}): SuiteDraft {
  const all = readDatasetFile(file, { pythonValues: true });
  const records = selectRecords(all, (r) => String(r.task_id), options);
  const tasks = records.map((record) => {
    const sourceId = textField(record, "task_id", file);
    const where = `${file}: ${sourceId}`;
    const prompt = textField(record, "prompt", where);
    const entryPoint = textField(record, "entry_point", where);
    return evalPlusTask({
      dataset: "humaneval",
      suite: "humaneval-plus",
      id: `humaneval-plus-${taskNumber(sourceId)}`,
      sourceId,
      title: `${sourceId} (HumanEval+): ${entryPoint}`,
      prompt: completionPrompt(entryPoint, prompt),
      reference: prompt + textField(record, "canonical_solution", where),
      entryPoint,
      base: inputLists(record, "base_input", where),
      plus: inputLists(record, "plus_input", where),
      atol: atolField(record, where),
      ...(typeof record.test === "string"
        ? { originalTest: checkLegacyTest({ preamble: prompt, test: record.test, entryPoint }) }
        : {}),
    });
  });
  return {
    name: "humaneval-plus",
    version: "0.1.10",
    description: "HumanEval+ (EvalPlus, Liu et al. 2023): HumanEval's 164 tasks with many more test inputs.",
    source: {
      dataset: "humaneval-plus",
      file: basename(file),
      license: EVALPLUS_LICENSE,
      url: "https://github.com/evalplus/humanevalplus_release",
    },
    tasks,
  };
}
