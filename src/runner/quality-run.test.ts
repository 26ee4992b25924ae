import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import { FakeModel } from "../providers/fake/fake-model.js";
import { renderReport } from "../report/render-report.js";
import { reportTables } from "../report/report-tables.js";
import { type ModelSummary, summarizeRun } from "../report/summarize-run.js";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { parseWeights } from "../scoring/composite-score.js";
import { QUALITY_VERSION } from "../scoring/quality/stage-quality-of.js";
import { readSamples } from "../store/sample-table.js";
import { Store } from "../store/store.js";
import { loadSuite } from "../suites/load-suite.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { describeSlow } from "../test-support/slow.js";
import { startTestRun } from "../test-support/start-test-run.js";
import { suiteResponder } from "../test-support/suite-responder.js";
import { executeRun } from "./execute-run.js";
import { loadPromptTemplates } from "./prompt-templates.js";

/** Linear, documented, typed, handles the error: what the reference does. */
const GOOD = `def unique_in_order(values: list[int]) -> list[int]:
    """Return the distinct values of values in order of first appearance.

    Returns a new list; raises TypeError when values is not a list.
    """
    if not isinstance(values, list):
        raise TypeError("values must be a list")
    seen: set[int] = set()
    result: list[int] = []
    for value in values:
        if value not in seen:
            seen.add(value)
            result.append(value)
    return result
`;

/**
 * Passes every case, but: an unused import (F401), a type comparison with != (E721) and a bare
 * except (E722); a return annotation that lies (int, returns a list); no docstring; and a list
 * membership test that makes it quadratic where the reference is linear.
 */
const SLOPPY = `import os


def unique_in_order(values: list[int]) -> int:
    if type(values) != list:
        raise TypeError("not a list")
    out = []
    for v in values:
        try:
            if v not in out:
                out.append(v)
        except:
            continue
    return out
`;

/** Short and correct on ordinary input, but never raises for a non-list: fails error handling. */
const CARELESS = `def unique_in_order(values):
    return list(dict.fromkeys(values))
`;

let pool: SandboxPool;
let suite: LoadedSuite;
let dir: string;
const templates = loadPromptTemplates();
const answers = { "fake:good": GOOD, "fake:sloppy": SLOPPY, "fake:careless": CARELESS };

beforeAll(async () => {
  pool = await SandboxPool.open();
  suite = loadSuite(packagePath("src/runner/fixtures/quality-suite"));
  dir = mkdtempSync(join(tmpdir(), "pyarena-quality-"));
});
afterAll(async () => {
  await pool[Symbol.asyncDispose]();
  rmSync(dir, { recursive: true, force: true });
});

function byModel(summaries: readonly ModelSummary[]): Record<keyof typeof answers, ModelSummary> {
  return Object.fromEntries(summaries.map((s) => [s.model, s])) as Record<keyof typeof answers, ModelSummary>;
}

describeSlow("the quality pass of a run", () => {
  it("moves every metric in the right direction for hand-made answers, and resumes", async () => {
    using store = Store.open(join(dir, "q.db"));
    const models = Object.entries(answers).map(
      ([spec, code]) =>
        new FakeModel(
          suiteResponder(suite, () => ({ code })),
          { spec },
        ),
    );
    const runId = startTestRun({
      store,
      suite,
      pool,
      templates,
      models: models.map((m) => m.spec),
      samples: 1,
      generationConcurrency: 3,
    });
    const run = (skipQuality: boolean) =>
      executeRun({
        store,
        pool,
        suite,
        runId,
        templates,
        skipQuality,
        models: new Map(models.map((m) => [m.spec, m])),
      });

    // Without the quality pass the composite is not shown as if it were complete.
    expect((await run(true)).analysed).toBe(0);
    const before = byModel(summarizeRun(runId, readSamples(store, runId)));
    expect(before["fake:good"].quality.pending).toBe(1);
    expect(renderReport(reportTables(Object.values(before)), "markdown")).toContain(
      "incomplete (1 not analysed)",
    );

    // Resuming analyses exactly what is missing, once.
    expect((await run(false)).analysed).toBe(3);
    expect((await run(false)).analysed).toBe(0);

    const s = byModel(summarizeRun(runId, readSamples(store, runId)));
    const good = s["fake:good"].quality.metrics;
    const sloppy = s["fake:sloppy"].quality.metrics;
    const careless = s["fake:careless"].quality.metrics;
    expect(s["fake:good"].passAt1.estimate).toBe(1);
    expect(s["fake:sloppy"].passAt1.estimate).toBe(1);
    expect(s["fake:careless"].passAt1.estimate).toBe(0);

    // Code quality: the unused import is readability, E721 and the bare except are likely bugs.
    expect(good.findingsPer100?.estimate).toBe(0);
    expect(sloppy.likelyBugPer100?.estimate).toBeCloseTo((100 * 2) / 12, 5);
    expect(sloppy.readabilityPer100?.estimate).toBeCloseTo((100 * 1) / 12, 5);
    expect(good.complexityRatio?.estimate).toBe(1);
    // The reference has no findings, so every one is beyond it: (3 × 2 + 0.5 × 1) per 12 lines.
    expect(sloppy.weightedBeyondReferencePer100?.estimate).toBeCloseTo((100 * 6.5) / 12, 5);

    // Documentation and types: the lying annotation is a pyright error; hints absent are not.
    expect(good.docstringCoverage?.estimate).toBe(1);
    expect(good.wellShaped?.estimate).toBe(1);
    expect(sloppy.docstringCoverage?.estimate).toBe(0);
    expect(good.hintCoverage?.estimate).toBe(1);
    expect(careless.hintCoverage?.estimate).toBe(0);
    expect(good.typeErrors?.estimate).toBe(0);
    expect(sloppy.typeErrors?.estimate).toBeGreaterThanOrEqual(1);
    expect(sloppy.typeErrorsBeyondReference?.estimate).toBe(sloppy.typeErrors?.estimate);
    expect(good.typeErrorsBeyondReference?.estimate).toBe(0);

    // Completeness: only the careless answer misses the error-handling case.
    expect(good.edge?.estimate).toBe(1);
    expect(careless.edge?.estimate).toBe(1);
    expect(good.errorHandling?.estimate).toBe(1);
    expect(careless.errorHandling?.estimate).toBe(0);

    // Efficiency: measured only for answers that pass; the quadratic one costs many times more.
    expect(good.cpuRatio?.estimate).toBeLessThan(3);
    expect(sloppy.cpuRatio?.estimate).toBeGreaterThan(5 * (good.cpuRatio?.estimate ?? Number.NaN));
    expect(careless.cpuRatio).toBeUndefined();
    expect(good.tooSlow?.estimate).toBe(0);

    // The composite ranks them as a reader would, and its weights are the user's to change.
    const composite = (m: keyof typeof answers) => s[m].quality.composite.estimate;
    expect(composite("fake:good")).toBeGreaterThan(0.95);
    expect(composite("fake:good")).toBeGreaterThan(composite("fake:sloppy"));
    expect(composite("fake:sloppy")).toBeGreaterThan(composite("fake:careless"));
    const passOnly = parseWeights("quality=0,documentation=0,types=0,completeness=0,efficiency=0");
    const reweighted = byModel(summarizeRun(runId, readSamples(store, runId), passOnly));
    expect(reweighted["fake:sloppy"].quality.composite.estimate).toBe(1);

    const report = renderReport(reportTables(Object.values(s)), "markdown");
    for (const title of [
      "Code quality",
      "Documentation and types",
      "Completeness",
      "Efficiency on perf cases",
    ])
      expect(report).toContain(title);
    expect(report).toMatch(/\| pass@1 \| composite \|/);
    expect(report).toContain(`analysers ${QUALITY_VERSION}`);

    // A row left by older analysers is not averaged in silently.
    store.db
      .prepare(
        "UPDATE quality SET json = json_set(json, '$.version', 'ruff-rules-1+ast-1+pyright-basic-1') WHERE model = ?",
      )
      .run("fake:careless");
    const mixed = renderReport(reportTables(summarizeRun(runId, readSamples(store, runId))), "markdown");
    expect(mixed).toContain(
      `WARNING: analyser versions differ (ruff-rules-1+ast-1+pyright-basic-1, ${QUALITY_VERSION})`,
    );
  }, 180_000);
});
