import type { LintReport } from "../scoring/quality/lint-candidate.js";
import { lintCandidate } from "../scoring/quality/lint-candidate.js";
import type { TypeAccuracy } from "../scoring/quality/type-accuracy.js";
import type { LoadedSuite } from "../suites/loaded-task.js";

/** What a stage's reference scores on the measures that candidates are compared against. */
export interface ReferenceFacts {
  readonly complexityMax: number;
  /** The reference's lint finding codes: a task may dictate a name or a shape that ruff flags. */
  readonly lintCodes: readonly string[];
  /** pyright errors on the reference; null until checked. */
  readonly typeErrors: number | null;
}

/**
 * The references' own complexity and pyright errors, computed once per run. Working, idiomatic
 * code can still draw pyright errors (metaclass attributes, containers of `object`), so a
 * candidate's type errors are also read against its reference's.
 */
export class ReferenceQuality {
  readonly #references = new Map<string, string>();
  readonly #lint = new Map<string, LintReport>();
  readonly #typeErrors = new Map<string, number>();

  constructor(suite: LoadedSuite) {
    for (const task of suite.tasks)
      for (const stage of task.stages) this.#references.set(key(task.spec.id, stage.id), stage.reference);
  }

  /** References of these stages that pyright has not checked yet: id → source. */
  unchecked(stages: readonly { readonly taskId: string; readonly stageId: string }[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const s of stages) {
      const k = key(s.taskId, s.stageId);
      const source = this.#references.get(k);
      if (source !== undefined && !this.#typeErrors.has(k)) out.set(`reference\u0000${k}`, source);
    }
    return out;
  }

  /** Keep pyright's results for ids that `unchecked` produced; other ids are ignored. */
  record(results: ReadonlyMap<string, TypeAccuracy>): void {
    for (const [id, accuracy] of results)
      if (id.startsWith("reference\u0000")) this.#typeErrors.set(id.slice(10), accuracy.errors);
  }

  of(taskId: string, stageId: string): ReferenceFacts {
    const k = key(taskId, stageId);
    const source = this.#references.get(k);
    let lint = this.#lint.get(k);
    if (lint === undefined && source !== undefined) {
      lint = lintCandidate(source);
      this.#lint.set(k, lint);
    }
    return {
      complexityMax: lint?.complexity.max ?? 0,
      lintCodes: lint?.findings.map((f) => f.code) ?? [],
      typeErrors: this.#typeErrors.get(k) ?? null,
    };
  }
}

function key(taskId: string, stageId: string): string {
  return `${taskId}\u0000${stageId}`;
}
