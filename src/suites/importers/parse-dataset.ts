import { PyarenaError } from "../../core/pyarena-error.js";
import { parseCruxEvalInput } from "./parse-cruxeval-input.js";
import { parseCruxEvalOutput } from "./parse-cruxeval-output.js";
import { parseHumanEval } from "./parse-humaneval.js";
import { parseHumanEvalPlus } from "./parse-humaneval-plus.js";
import { parseHumanEvalPackExplain } from "./parse-humanevalpack-explain.js";
import { parseHumanEvalPackFix } from "./parse-humanevalpack-fix.js";
import { parseMbpp } from "./parse-mbpp.js";
import { parseMbppPlus } from "./parse-mbpp-plus.js";
import { parseMbppSanitized } from "./parse-mbpp-sanitized.js";
import type { ParseOptions, SuiteDraft } from "./task-draft.js";

const PARSERS = {
  humaneval: parseHumanEval,
  mbpp: parseMbpp,
  "mbpp-sanitized": parseMbppSanitized,
  "humaneval-plus": parseHumanEvalPlus,
  "mbpp-plus": parseMbppPlus,
  "humanevalpack-fix": parseHumanEvalPackFix,
  "humanevalpack-explain": parseHumanEvalPackExplain,
  "cruxeval-input": parseCruxEvalInput,
  "cruxeval-output": parseCruxEvalOutput,
} as const satisfies Record<string, (file: string, options?: ParseOptions) => SuiteDraft>;

/** A format name of `pyarena suite import`. */
export type DatasetFormat = keyof typeof PARSERS;

/** The formats `pyarena suite import` reads, in the order the help lists them. */
export const DATASET_FORMATS = Object.keys(PARSERS) as DatasetFormat[];

/** Whether a command-line word names a supported format. */
export function isDatasetFormat(value: string): value is DatasetFormat {
  return Object.hasOwn(PARSERS, value);
}

/** Parse a public dataset file into suite and task drafts; nothing is run. */
export function parseDataset(format: string, file: string, options: ParseOptions = {}): SuiteDraft {
  if (!isDatasetFormat(format)) {
    throw new PyarenaError(
      "USAGE",
      `unknown dataset format "${format}"; one of: ${DATASET_FORMATS.join(", ")}`,
    );
  }
  return PARSERS[format](file, options);
}
