import type { CaseOutcome } from "../core/observation.js";
import type { CaseTag } from "../core/task.js";
import type { CaseExpectation } from "../scoring/case-expectation.js";
import type { Stage } from "../suites/loaded-task.js";

/** A case as declared: in cases.json, or by cases.py (found by discovery). */
export interface CaseInfo {
  id: string;
  tags: CaseTag[];
  validator?: string;
}

const LEGACY_PASS: CaseOutcome = { kind: "value", value: true };

/**
 * What each case must produce: the data's expected value, digest or exception when given, else
 * the reference's observation. Problems with the reference are appended to `problems`.
 */
export function stageExpectations(
  stage: Stage,
  cases: readonly CaseInfo[],
  observed: ReadonlyMap<string, CaseOutcome>,
  problems: string[],
): CaseExpectation[] {
  const data = stage.cases.kind === "data" ? new Map(stage.cases.cases.map((c) => [c.id, c])) : undefined;
  const expectations: CaseExpectation[] = [];
  for (const info of cases) {
    const seen = observed.get(info.id);
    const spec = data?.get(info.id);
    let expected: CaseOutcome | undefined = seen;
    if (stage.cases.kind === "legacy") expected = LEGACY_PASS;
    if (spec?.expected !== undefined) expected = { kind: "value", value: spec.expected };
    const digest = spec?.expected_sha256;
    if (digest !== undefined)
      expected = { kind: "value", value: { $opaque: `a value with sha256 ${digest}` } };
    if (spec?.raises !== undefined) expected = { kind: "raised", type: spec.raises, bases: [] };
    if (seen === undefined) problems.push(`case ${info.id}: the reference reported nothing`);
    if (expected === undefined) continue;
    if (
      digest === undefined &&
      expected.kind === "value" &&
      JSON.stringify(expected.value).includes('"$opaque"')
    ) {
      problems.push(
        `case ${info.id}: the reference returned a value that is not plain data (${JSON.stringify(expected.value).slice(0, 80)})`,
      );
    }
    expectations.push({
      id: info.id,
      tags: info.tags,
      expected,
      tolerance: { atol: spec?.atol ?? 0, rtol: spec?.rtol ?? 0 },
      ...(digest === undefined ? {} : { digest }),
      ...(info.validator ? { validator: info.validator } : {}),
    });
  }
  return expectations;
}
