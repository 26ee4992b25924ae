import { readDatasetFile, textField } from "./read-dataset-file.js";
import { type ParseOptions, selectRecords } from "./task-draft.js";

/** facebookresearch/cruxeval is MIT-licensed. */
export const CRUXEVAL_LICENSE = "MIT";
export const CRUXEVAL_URL = "https://github.com/facebookresearch/cruxeval";

/** One CRUXEval record: `code` defines `f`; `f(<input>) == <output>`, both as Python source. */
export interface CruxEvalProblem {
  readonly sourceId: string;
  readonly number: string;
  readonly code: string;
  readonly input: string;
  readonly output: string;
}

/** The records of cruxeval.jsonl (800 problems, `sample_0` ... `sample_799`). */
export function readCruxEval(file: string, options: ParseOptions): CruxEvalProblem[] {
  return selectRecords(readDatasetFile(file), (r) => String(r.id), options).map((record) => {
    const sourceId = textField(record, "id", file);
    const where = `${file}: ${sourceId}`;
    return {
      sourceId,
      number: sourceId.slice(sourceId.lastIndexOf("_") + 1),
      code: textField(record, "code", where),
      input: textField(record, "input", where),
      output: textField(record, "output", where),
    };
  });
}

/** A value's source cut to fit a title. */
export function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}
