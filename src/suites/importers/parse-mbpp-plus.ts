import { basename } from "node:path";
import { atolField, EVALPLUS_LICENSE, evalPlusTask, inputLists } from "./evalplus-task.js";
import { deserializeMbppPlusInputs } from "./mbpp-plus-inputs.js";
import { mbppLegacyTest } from "./mbpp-task.js";
import { readDatasetFile, textField } from "./read-dataset-file.js";
import { type ParseOptions, type SuiteDraft, selectRecords } from "./task-draft.js";

/** MBPP+'s prompt: the task and one example assert, in a docstring, as EvalPlus shows it. */
function mbppPlusPrompt(entryPoint: string, prompt: string): string {
  return [
    `Write a Python function \`${entryPoint}\` for the task below; the assert shows how it is called.`,
    "Reply with the complete code, imports included.",
    "",
    "```python",
    prompt.trim(),
    "```",
    "",
  ].join("\n");
}

/**
 * MBPP+ in EvalPlus's native format (MbppPlus*.jsonl.gz, or plain .jsonl). Inputs are rebuilt
 * with EvalPlus's per-task table (tuples, complex numbers); the reference is
 * `canonical_solution`. The `assertion` field (the original asserts) is not needed: expected
 * values come from the reference, which also avoids Mbpp/120's assertion lacking `import math`.
 */
export function parseMbppPlus(file: string, options: ParseOptions = {}): SuiteDraft {
  const all = readDatasetFile(file, { pythonValues: true });
  const records = selectRecords(all, (r) => String(r.task_id), options);
  const tasks = records.map((record) => {
    const sourceId = textField(record, "task_id", file);
    const where = `${file}: ${sourceId}`;
    const number = Number(sourceId.slice(sourceId.lastIndexOf("/") + 1));
    const entryPoint = textField(record, "entry_point", where);
    return evalPlusTask({
      dataset: "mbpp",
      suite: "mbpp-plus",
      id: `mbpp-plus-${number}`,
      sourceId,
      title: `${sourceId} (MBPP+): ${entryPoint}`,
      prompt: mbppPlusPrompt(entryPoint, textField(record, "prompt", where)),
      reference: textField(record, "canonical_solution", where).replace(/^\n+/, ""),
      entryPoint,
      base: deserializeMbppPlusInputs(number, inputLists(record, "base_input", where)),
      plus: deserializeMbppPlusInputs(number, inputLists(record, "plus_input", where)),
      atol: atolField(record, where),
      originalTest: mbppLegacyTest(entryPoint, "", [textField(record, "assertion", where)]),
    });
  });
  return {
    name: "mbpp-plus",
    version: "0.2.0",
    description:
      "MBPP+ (EvalPlus, Liu et al. 2023): 378 hand-verified MBPP tasks with many more test inputs.",
    source: {
      dataset: "mbpp-plus",
      file: basename(file),
      license: EVALPLUS_LICENSE,
      url: "https://github.com/evalplus/mbppplus_release",
    },
    tasks,
  };
}
