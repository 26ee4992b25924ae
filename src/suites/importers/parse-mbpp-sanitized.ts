import { basename } from "node:path";
import { MBPP_LICENSE, mbppTask } from "./mbpp-task.js";
import { readDatasetFile, textField, textList } from "./read-dataset-file.js";
import { type ParseOptions, type SuiteDraft, selectRecords } from "./task-draft.js";

/**
 * The hand-verified MBPP subset (sanitized-mbpp.json): 427 problems whose `prompt` was
 * reworded and whose `test_imports` must run before the asserts.
 */
export function parseMbppSanitized(file: string, options: ParseOptions = {}): SuiteDraft {
  const records = selectRecords(readDatasetFile(file), (r) => String(r.task_id), options);
  const tasks = records.map((record) => {
    const sourceId = String(record.task_id);
    const where = `${file}: task ${sourceId}`;
    const tests = textList(record, "test_list");
    return mbppTask({
      id: `mbpp-sanitized-${sourceId}`,
      dataset: "mbpp-sanitized",
      sourceId,
      text: textField(record, "prompt", where),
      code: textField(record, "code", where),
      setup: textList(record, "test_imports").join("\n"),
      shownTests: tests,
      tests,
    });
  });
  return {
    name: "mbpp-sanitized",
    version: "1.0",
    description:
      "MBPP sanitized: the 427 hand-verified MBPP tasks with clarified prompts (Austin et al. 2021).",
    source: {
      dataset: "mbpp-sanitized",
      file: basename(file),
      license: MBPP_LICENSE,
      url: "https://github.com/google-research/google-research/tree/master/mbpp",
    },
    tasks,
  };
}
