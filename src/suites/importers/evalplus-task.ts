import type { PyValue } from "../../core/py-value.js";
import { PyarenaError } from "../../core/pyarena-error.js";
import { evalPlusOracle } from "./evalplus-oracles.js";
import type { DatasetRecord } from "./read-dataset-file.js";
import { IMPORTED_TIER, type InputDraft, type TaskDraft } from "./task-draft.js";

/** EvalPlus releases its datasets under Apache-2.0. */
export const EVALPLUS_LICENSE = "Apache-2.0";

/** One EvalPlus problem with its inputs already rebuilt as the function receives them. */
export interface EvalPlusProblem {
  readonly dataset: "humaneval" | "mbpp";
  readonly suite: string;
  readonly id: string;
  readonly sourceId: string;
  readonly title: string;
  readonly prompt: string;
  readonly reference: string;
  readonly entryPoint: string;
  readonly base: readonly PyValue[][];
  readonly plus: readonly PyValue[][];
  readonly atol: number;
  /** The original HumanEval check() or MBPP asserts as a legacy test.py (HumanEval+ Mini has none). */
  readonly originalTest?: string;
}

/** The list of argument lists in `base_input` / `plus_input` of an EvalPlus record. */
export function inputLists(record: DatasetRecord, field: string, where: string): PyValue[][] {
  const value = record[field] as PyValue | undefined;
  // Mbpp/793 has `"plus_input": {}`: an empty dict, which EvalPlus iterates as no inputs.
  if (value !== null && typeof value === "object" && "$dict" in value && value.$dict.length === 0) return [];
  if (!Array.isArray(value) || !value.every((inp) => Array.isArray(inp))) {
    throw new PyarenaError("IMPORT_FAILED", `${where}: ${field} is not a list of argument lists`);
  }
  return value as PyValue[][];
}

/** The task's `atol` field, a Python number in the file. */
export function atolField(record: DatasetRecord, where: string): number {
  const value = record.atol as PyValue | undefined;
  if (typeof value === "number") return value;
  if (value !== null && typeof value === "object" && "$float" in value && typeof value.$float === "number")
    return value.$float;
  throw new PyarenaError("IMPORT_FAILED", `${where}: atol is not a number`);
}

/**
 * An EvalPlus task: every base and plus input becomes a case (`base-0`, `plus-17`), whose
 * expected value the import computes by running the reference, as EvalPlus does. Special
 * oracles become validators or a generated legacy test.
 */
export function evalPlusTask(problem: EvalPlusProblem): TaskDraft {
  const inputs: InputDraft[] = [
    ...problem.base.map((args, i) => ({ id: `base-${i}`, args })),
    ...problem.plus.map((args, i) => ({ id: `plus-${i}`, args })),
  ];
  const oracle = evalPlusOracle(problem.dataset, problem.entryPoint, problem.atol);
  const notes = [
    `${problem.base.length} base and ${problem.plus.length} plus inputs; expected values from the reference`,
  ];
  if (problem.atol > 0) notes.push(`EvalPlus atol ${problem.atol}`);
  if (oracle !== undefined) notes.push(`special oracle: ${oracle.note}`);
  return {
    id: problem.id,
    title: problem.title,
    tier: IMPORTED_TIER,
    kind: "generate",
    topics: [problem.suite],
    entryPoint: problem.entryPoint,
    prompt: problem.prompt,
    reference: problem.reference,
    ...(oracle?.kind === "validator" ? { validators: oracle.source } : {}),
    source: { dataset: problem.suite, id: problem.sourceId, license: EVALPLUS_LICENSE },
    tests: {
      kind: "inputs",
      inputs,
      atol: problem.atol,
      ...(problem.originalTest === undefined ? {} : { originalTest: problem.originalTest }),
      ...(oracle === undefined
        ? {}
        : {
            oracle:
              oracle.kind === "validator" ? { kind: "validator", name: oracle.name } : { kind: "not-none" },
          }),
    },
    notes,
  };
}
