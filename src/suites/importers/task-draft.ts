import type { PyValue } from "../../core/py-value.js";
import type { DataCase, TaskKind, Tier } from "../../core/task.js";

/**
 * What an importer makes of a public dataset, before anything runs. Parsing is pure (files in,
 * drafts out); turning asserts into data and computing expected values needs the sandbox, so
 * drafts say how to do it and `runner/import-suite.ts` does it.
 */
export interface SuiteDraft {
  readonly name: string;
  readonly version: string;
  readonly description: string;
  readonly source: {
    readonly dataset: string;
    readonly file: string;
    readonly license: string;
    readonly url: string;
  };
  readonly tasks: readonly TaskDraft[];
}

/** One task as parsed: everything task.yaml and the task files need, except sandbox results. */
export interface TaskDraft {
  readonly id: string;
  readonly title: string;
  readonly tier: Tier;
  readonly kind: TaskKind;
  readonly topics: readonly string[];
  readonly entryPoint?: string;
  readonly prompt: string;
  /** Python source, or for predict-output/predict-input tasks a Python expression. */
  readonly reference: string;
  readonly given?: string;
  readonly validators?: string;
  readonly source: { readonly dataset: string; readonly id: string; readonly license: string };
  readonly tests: TestsDraft;
  /** Facts a user should know about this task (special oracles, dataset quirks). */
  readonly notes: readonly string[];
}

/** The job of the harness's `convert` mode (python/pyarena_convert.py). */
export interface ConvertJob {
  readonly setup: string;
  readonly body: string;
  readonly callee?: string;
  readonly function?: string;
  readonly aliases?: readonly string[];
}

/** One EvalPlus input: the arguments of `f(*args)`, already as Python values. */
export interface InputDraft {
  readonly id: string;
  readonly args: readonly PyValue[];
}

/**
 * How a task's cases are made. `asserts`: converted to data in the sandbox, or kept as the
 * legacy test when they cannot be. `inputs`: expected values come from running the reference
 * (EvalPlus's differential testing), compared with EvalPlus's float tolerance. `legacy`: a
 * check() that decides inside the sandbox. `expression`: one answer, compared with the
 * reference expression's value.
 */
export type TestsDraft =
  | { readonly kind: "asserts"; readonly job: ConvertJob; readonly legacyTest: string }
  | {
      readonly kind: "inputs";
      readonly inputs: readonly InputDraft[];
      /** EvalPlus's per-task atol (0 for most tasks). */
      readonly atol: number;
      /** EvalPlus's special oracle, if any: a validator function, or its "is not None" check. */
      readonly oracle?: { readonly kind: "validator"; readonly name: string } | { readonly kind: "not-none" };
      /** The dataset's original test as a legacy test.py: kept if the outputs are not plain data. */
      readonly originalTest?: string;
    }
  | { readonly kind: "legacy"; readonly test: string; readonly reason: string }
  | { readonly kind: "expression" };

/** A task's tests once the sandbox work is done: what `writeSuite` writes. */
export type ResolvedTests =
  | { readonly kind: "data"; readonly cases: readonly DataCase[] }
  | { readonly kind: "legacy"; readonly test: string; readonly reason: string }
  | { readonly kind: "expression" };

/** A draft with its tests resolved: the unit that `writeSuite` writes. */
export interface ResolvedTask {
  readonly draft: TaskDraft;
  readonly tests: ResolvedTests;
  /** The draft's notes plus what the import learned (why a test stayed legacy, dropped cases). */
  readonly notes: readonly string[];
}

/** Which records of a dataset file to parse. */
export interface ParseOptions {
  /** Keep only the first N records: a quick import for tests and trials. */
  readonly limit?: number;
  /** Keep only records whose source id (e.g. `HumanEval/32`) is listed. */
  readonly ids?: readonly string[];
}

/** Apply `limit` and `ids` to a dataset's records, in file order. */
export function selectRecords<T>(
  records: readonly T[],
  sourceId: (record: T) => string,
  options: ParseOptions,
): T[] {
  const wanted = options.ids === undefined ? undefined : new Set(options.ids);
  const chosen = wanted === undefined ? [...records] : records.filter((r) => wanted.has(sourceId(r)));
  return options.limit === undefined ? chosen : chosen.slice(0, options.limit);
}

/** The default tier of imported tasks: function-level problems that a single prompt states. */
export const IMPORTED_TIER: Tier = "easy";
