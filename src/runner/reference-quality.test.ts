import { expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import type { SampleRow } from "../core/run-record.js";
import { lintCandidate } from "../scoring/quality/lint-candidate.js";
import { stageQualityOf } from "../scoring/quality/stage-quality-of.js";
import { typeErrors } from "../scoring/quality/type-accuracy.js";
import { sampleMetrics } from "../scoring/sample-metrics.js";
import { loadSuite } from "../suites/load-suite.js";
import { describeSlow } from "../test-support/slow.js";
import { ReferenceQuality } from "./reference-quality.js";

describeSlow("ReferenceQuality", () => {
  it("charges a candidate only for pyright errors and lint findings beyond its reference's", async () => {
    // A metaclass that sets attributes on its classes: correct, idiomatic, and pyright objects.
    const suite = loadSuite(packagePath("suites", "core"));
    const task = suite.tasks.find((t) => t.spec.id === "plugin-registry-metaclass");
    const stage = task?.stages[0];
    if (task === undefined || stage === undefined) throw new Error("the core suite changed");
    const references = new ReferenceQuality(suite);
    const at = { taskId: task.spec.id, stageId: stage.id };
    expect(references.of(at.taskId, at.stageId).typeErrors).toBeNull();

    const unchecked = references.unchecked([at, at]);
    expect(unchecked.size).toBe(1);
    const candidate = `${stage.reference}\n\ndef extra() -> int:\n    return "not an int"\n`;
    const results = await typeErrors(new Map([...unchecked, ["candidate", candidate]]));
    references.record(results);
    const reference = references.of(at.taskId, at.stageId);
    expect(reference.typeErrors).toBeGreaterThan(0);
    expect(references.unchecked([at]).size).toBe(0);

    const quality = stageQualityOf(
      lintCandidate(candidate),
      { ok: false, reason: "not parsed in this test" },
      results.get("candidate"),
      reference,
    );
    const row = {
      passed: true,
      taskId: at.taskId,
      stages: [
        { stageId: at.stageId, responseId: 1, cached: false, extraction: "fenced", code: candidate, quality },
      ],
    } as unknown as SampleRow;
    // Lint findings the reference has too are not charged either.
    expect(quality.lint.beyondReference).toEqual({ likelyBug: 0, idiom: 0, readability: 0 });
    const metrics = sampleMetrics(row);
    expect(metrics.weightedBeyondReferencePer100).toBe(0);
    expect(metrics.typeErrors).toBe((reference.typeErrors ?? 0) + 1);
    expect(metrics.typeErrorsBeyondReference).toBe(1);
  }, 60_000);
});
