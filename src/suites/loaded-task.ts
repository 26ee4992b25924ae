import type { DataCase, SuiteSpec, TaskSpec } from "../core/task.js";

/** How a stage's cases are given: data (cases.json), code (cases.py), a legacy check(), or one answer. */
export type StageCases =
  | { readonly kind: "data"; readonly cases: readonly DataCase[] }
  | { readonly kind: "code"; readonly source: string }
  | { readonly kind: "legacy"; readonly source: string }
  | { readonly kind: "expression" };

export interface Mutant {
  readonly name: string;
  readonly source: string;
}

/** One thing the model is asked and checked on: the whole task, or one turn of a conversation. */
export interface Stage {
  readonly id: string;
  readonly prompt: string;
  readonly reference: string;
  readonly cases: StageCases;
  readonly mutants: readonly Mutant[];
}

export interface LoadedTask {
  readonly spec: TaskSpec;
  readonly dir: string;
  readonly given: string | undefined;
  readonly validators: string | undefined;
  readonly stages: readonly Stage[];
}

export interface LoadedSuite {
  readonly spec: SuiteSpec;
  readonly dir: string;
  readonly tasks: readonly LoadedTask[];
  /** sha256 over every file of the suite: goes into run manifests. */
  readonly contentHash: string;
}
