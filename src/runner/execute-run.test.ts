import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { LanguageModel } from "../core/language-model.js";
import { FakeModel } from "../providers/fake/fake-model.js";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { getRun } from "../store/run-table.js";
import { readSamples } from "../store/sample-table.js";
import { Store } from "../store/store.js";
import type { LoadedSuite } from "../suites/loaded-task.js";
import { examples } from "../test-support/examples.js";
import { describeSlow } from "../test-support/slow.js";
import { startTestRun } from "../test-support/start-test-run.js";
import { referenceAnswer, suiteResponder } from "../test-support/suite-responder.js";
import { executeRun } from "./execute-run.js";
import { loadPromptTemplates } from "./prompt-templates.js";

let pool: SandboxPool;
let suite: LoadedSuite;
let dir: string;
const templates = loadPromptTemplates();

beforeAll(async () => {
  pool = await SandboxPool.open();
  suite = examples();
  dir = mkdtempSync(join(tmpdir(), "pyarena-run-"));
});
afterAll(async () => {
  await pool[Symbol.asyncDispose]();
  rmSync(dir, { recursive: true, force: true });
});

function startRun(
  store: Store,
  models: readonly LanguageModel[],
  samples: number,
  taskIds?: string[],
): string {
  return startTestRun({
    store,
    suite,
    pool,
    templates,
    models: models.map((m) => m.spec),
    samples,
    ...(taskIds ? { taskIds } : {}),
  });
}

describeSlow("executeRun", () => {
  it("judges every unit of models × tasks × samples and stores each once", async () => {
    using store = Store.open(join(dir, "a.db"));
    const good = new FakeModel(suiteResponder(suite, referenceAnswer), { spec: "fake:reference" });
    const firstMutant = new FakeModel(
      suiteResponder(suite, (task, stage) =>
        task.spec.id === "word-frequencies"
          ? { prose: "Use a Counter." }
          : { code: stage.mutants[0]?.source ?? "" },
      ),
      { spec: "fake:mutant" },
    );
    const runId = startRun(store, [good, firstMutant], 2);
    const outcome = await executeRun({
      store,
      pool,
      suite,
      runId,
      templates,
      models: new Map([good, firstMutant].map((m) => [m.spec, m])),
    });
    // 30 stages with code: rpn-calculator has two turns, and the mutant gives no code twice.
    expect(outcome).toEqual({ status: "finished", completed: 28, errors: 0, analysed: 30 });
    const rows = readSamples(store, runId);
    expect(rows).toHaveLength(28);
    const byModel = (spec: string) => rows.filter((r) => r.model === spec);
    expect(byModel("fake:reference").every((r) => r.passed)).toBe(true);
    expect(byModel("fake:mutant").some((r) => r.passed)).toBe(false);
    const noCode = byModel("fake:mutant").filter((r) => r.taskId === "word-frequencies");
    expect(noCode.map((r) => r.status)).toEqual(["no-code", "no-code"]);
    expect(noCode[0]?.stages[0]?.extraction).toBe("none");
    // Multi-turn: both turns answered and judged, the second with the first in the conversation.
    const rpn = byModel("fake:reference").find((r) => r.taskId === "rpn-calculator");
    expect(rpn?.stages.map((s) => s.verdict?.status)).toEqual(["passed", "passed"]);
    expect(
      rpn?.responses.every((r) => r.timing.tokenSource === "tokenizer" && r.timing.outputTokens > 0),
    ).toBe(true);
    expect(getRun(store, runId).status).toBe("finished");
  });

  it("stops on abort, resumes without counting a unit twice, and answers reruns from the cache", async () => {
    using store = Store.open(join(dir, "b.db"));
    let calls = 0;
    const responder = suiteResponder(suite, referenceAnswer, { delayMs: 30 });
    const slow = new FakeModel(
      (messages) => {
        calls++;
        return responder(messages);
      },
      { spec: "fake:slow" },
    );
    const models = new Map([[slow.spec, slow as LanguageModel]]);
    const runId = startRun(store, [slow], 3);
    const controller = new AbortController();
    let seen = 0;
    const first = await executeRun({
      store,
      pool,
      suite,
      runId,
      templates,
      models,
      signal: controller.signal,
      onUnit: () => {
        if (++seen === 5) controller.abort(new Error("stop"));
      },
    });
    expect(first.status).toBe("stopped");
    expect(getRun(store, runId).status).toBe("stopped");
    const stored = readSamples(store, runId).length;
    expect(stored).toBeGreaterThanOrEqual(5);
    expect(stored).toBeLessThan(21);
    const resumed = await executeRun({ store, pool, suite, runId, templates, models });
    expect(resumed.status).toBe("finished");
    expect(resumed.completed).toBe(21 - stored);
    const rows = readSamples(store, runId);
    expect(rows).toHaveLength(21);
    expect(new Set(rows.map((r) => `${r.taskId}#${r.sampleIndex}`)).size).toBe(21);
    // A new run with the same model, parameters and prompts is served from the cache.
    const callsBefore = calls;
    const again = startRun(store, [slow], 3);
    await executeRun({ store, pool, suite, runId: again, templates, models });
    expect(calls).toBe(callsBefore);
    const cached = readSamples(store, again);
    expect(cached.every((r) => r.stages.every((s) => s.cached))).toBe(true);
    const original = new Map(rows.map((r) => [`${r.taskId}#${r.sampleIndex}`, r.responses[0]?.timing]));
    expect(
      cached.every(
        (r) =>
          r.responses[0]?.timing === undefined ||
          r.responses[0].timing.totalMs === original.get(`${r.taskId}#${r.sampleIndex}`)?.totalMs,
      ),
    ).toBe(true);
  });

  it("refuses to resume when the suite changed since the run started", async () => {
    using store = Store.open(join(dir, "c.db"));
    const model = new FakeModel(suiteResponder(suite, referenceAnswer), { spec: "fake:r" });
    const runId = startRun(store, [model], 1, ["word-frequencies"]);
    const changed = { ...suite, contentHash: "0".repeat(64) };
    await expect(
      executeRun({ store, pool, suite: changed, runId, templates, models: new Map([[model.spec, model]]) }),
    ).rejects.toThrow(/changed since run/);
  });
});
