import type { StageQuality } from "../../core/stage-quality.js";
import type { LintReport } from "./lint-candidate.js";
import { LINT_RULE_SET_VERSION } from "./lint-rule-set.js";
import { documentationMetrics, type StructureResult } from "./python-structure.js";
import type { TypeAccuracy } from "./type-accuracy.js";

/**
 * The analysers and rule sets behind a stored StageQuality: a change to any of them bumps this,
 * and a report that covers rows of different versions says so above its code-quality table.
 */
export const QUALITY_VERSION = `ruff-rules-${LINT_RULE_SET_VERSION}+ast-1+pyright-basic-1`;

/**
 * One stage's stored quality row from the three analysers' results. Only counts are kept (plus
 * finding codes and pyright rules for drill-down): the full messages can be recomputed from the
 * stored code whenever someone looks at one sample.
 */
export function stageQualityOf(
  lint: LintReport,
  structure: StructureResult,
  types: TypeAccuracy | undefined,
  reference: {
    readonly complexityMax: number;
    readonly lintCodes: readonly string[];
    readonly typeErrors: number | null;
  },
): StageQuality {
  const notes: string[] = [];
  let documentation: StageQuality["documentation"] = null;
  if (structure.ok) {
    const d = documentationMetrics(structure.facts);
    documentation = {
      publicDefinitions: d.publicDefinitions,
      documented: d.documented,
      wellShaped: d.wellShaped,
      hintSlots: d.hintSlots,
      annotatedSlots: d.annotatedSlots,
    };
  } else {
    notes.push(`documentation: ${structure.reason}`);
  }
  if (types === undefined) notes.push("types: pyright gave no result for this file");
  return {
    version: QUALITY_VERSION,
    lint: {
      nonBlankLines: lint.nonBlankLines,
      likelyBug: lint.counts["likely-bug"],
      idiom: lint.counts.idiom,
      readability: lint.counts.readability,
      codes: lint.findings.map((f) => f.code),
      complexityMax: lint.complexity.max,
      complexityTotal: lint.complexity.total,
      beyondReference: findingsBeyond(lint, reference.lintCodes),
    },
    referenceComplexityMax: reference.complexityMax,
    referenceTypeErrors: reference.typeErrors,
    documentation,
    types:
      types === undefined
        ? null
        : {
            errors: types.errors,
            syntaxErrors: types.syntaxErrors,
            rules: types.diagnostics.filter((d) => d.rule !== "syntax").map((d) => d.rule),
          },
    notes,
  };
}

/**
 * The candidate's findings per group that its reference does not also have, code by code: if the
 * reference draws two E501 and the candidate three, one counts. A finding the task itself causes
 * (an exception name the prompt dictates, N818) is then not charged to the candidate.
 */
function findingsBeyond(
  lint: LintReport,
  referenceCodes: readonly string[],
): { likelyBug: number; idiom: number; readability: number } {
  const allowance = new Map<string, number>();
  for (const code of referenceCodes) allowance.set(code, (allowance.get(code) ?? 0) + 1);
  const beyond = { likelyBug: 0, idiom: 0, readability: 0 };
  for (const f of lint.findings) {
    const left = allowance.get(f.code) ?? 0;
    if (left > 0) {
      allowance.set(f.code, left - 1);
      continue;
    }
    if (f.group === "likely-bug") beyond.likelyBug++;
    else if (f.group === "idiom") beyond.idiom++;
    else beyond.readability++;
  }
  return beyond;
}
