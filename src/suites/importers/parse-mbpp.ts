import { basename } from "node:path";
import { MBPP_LICENSE, mbppTask } from "./mbpp-task.js";
import { readDatasetFile, textField, textList } from "./read-dataset-file.js";
import { type ParseOptions, type SuiteDraft, selectRecords } from "./task-draft.js";

/**
 * The full MBPP (mbpp.jsonl): 974 problems with `text`, `code` (CRLF line endings, normalised
 * here), `test_setup_code` and `test_list`; the 11 `challenge_test_list` asserts become cases too.
 */
export function parseMbpp(file: string, options: ParseOptions = {}): SuiteDraft {
  const records = selectRecords(readDatasetFile(file), (r) => String(r.task_id), options);
  const tasks = records.map((record) => {
    const sourceId = String(record.task_id);
    const where = `${file}: task ${sourceId}`;
    const shown = textList(record, "test_list");
    return mbppTask({
      id: `mbpp-${sourceId}`,
      dataset: "mbpp",
      sourceId,
      text: textField(record, "text", where),
      code: textField(record, "code", where),
      setup: typeof record.test_setup_code === "string" ? record.test_setup_code : "",
      shownTests: shown,
      tests: [...shown, ...textList(record, "challenge_test_list")],
    });
  });
  return {
    name: "mbpp",
    version: "1.0",
    description: "MBPP, Mostly Basic Python Problems (Austin et al. 2021), all 974 crowd-sourced tasks.",
    source: {
      dataset: "mbpp",
      file: basename(file),
      license: MBPP_LICENSE,
      url: "https://github.com/google-research/google-research/tree/master/mbpp",
    },
    tasks,
  };
}
