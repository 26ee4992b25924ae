import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import type { ModelResponse } from "../core/language-model.js";
import type { RunManifest, UnitResult } from "../core/run-record.js";
import type { SampleVerdict } from "../core/verdict.js";
import { findCachedResponse, responseCacheKey, saveResponse } from "./response-cache.js";
import { createRun, getManifest, getRun, listRuns, setRunStatus } from "./run-table.js";
import { finishedUnits, readSamples, saveUnit, saveUnitError, unitErrors, unitId } from "./sample-table.js";
import { Store } from "./store.js";

const dirs: string[] = [];
function dbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), "pyarena-store-"));
  dirs.push(dir);
  return join(dir, "nested", "pyarena.db");
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const manifest = {
  toolVersion: "0.1.0",
  createdAt: "2026-11-23T10:00:00.000Z",
  suite: { name: "examples", version: "0.1.0", contentHash: "abc", dir: "/x" },
  taskIds: ["t1"],
  filters: { tiers: [], kinds: [] },
  models: ["fake:a"],
  parameters: { temperature: 0 },
  samples: 2,
  seed: null,
  prompts: { version: "v1", hashes: { system: "h" } },
  sandbox: { unsafe: false, python: "/usr/bin/python3", pythonVersion: "3.11.2", slots: 2 },
  concurrency: { generation: 4, execution: 2 },
  machine: { platform: "linux", arch: "x64", cpus: 2, cpuModel: "cpu", memoryGb: 24, node: "v20" },
} satisfies RunManifest;

const response: ModelResponse = {
  text: "```python\ndef f():\n    return 1\n```",
  reasoning: "think",
  finishReason: "stop",
  attempts: [{ attempt: 1, error: "429", status: 429, durationMs: 3, waitMs: 100 }],
  timing: {
    ttftMs: 12.5,
    thinkingTtftMs: 4,
    totalMs: 40,
    inputTokens: 10,
    outputTokens: 20,
    reasoningTokens: 5,
    tokenSource: "api",
    tokensPerSecond: 500,
  },
};

const verdict: SampleVerdict = {
  status: "passed",
  passedCases: 1,
  totalCases: 1,
  cases: [{ caseId: "c1", passed: true, reason: "match", tags: ["edge"] }],
  legacy: false,
  unsafe: false,
  detail: "",
  cpuMs: 10,
  peakRssKb: 9000,
  wallMs: 20,
};

describe("Store", () => {
  it("creates the schema by numbered migrations, once, in a real SQLite file with WAL", () => {
    const path = dbPath();
    using store = Store.open(path);
    expect(store.schemaVersion).toBe(2);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    store.close();
    using again = Store.open(path);
    expect(again.schemaVersion).toBe(2);
  });

  it("refuses a database written by a newer schema", () => {
    const path = dbPath();
    Store.open(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (99, 'x')").run();
    raw.close();
    expect(() => Store.open(path)).toThrow(/newer pyarena/);
  });

  it("keeps runs with their manifests", () => {
    using store = Store.open(dbPath());
    createRun(store, "r1", manifest);
    expect(getManifest(store, "r1")).toEqual(manifest);
    setRunStatus(store, "r1", "finished");
    expect(getRun(store, "r1").status).toBe("finished");
    expect(listRuns(store).map((r) => r.id)).toEqual(["r1"]);
    expect(() => getRun(store, "nope")).toThrow(/no run nope/);
  });

  it("caches responses by model, parameters, messages and sample index, with their original timing", () => {
    using store = Store.open(dbPath());
    const parts = {
      model: "fake:a",
      parameters: { temperature: 0 },
      messages: [{ role: "user" as const, content: "hi" }],
      sampleIndex: 0,
    };
    expect(findCachedResponse(store, responseCacheKey(parts))).toBeUndefined();
    const stored = saveResponse(store, parts, response);
    expect(stored.timing).toEqual(response.timing);
    expect(stored.attempts).toEqual(response.attempts);
    expect(findCachedResponse(store, responseCacheKey(parts))?.id).toBe(stored.id);
    expect(responseCacheKey({ ...parts, sampleIndex: 1 })).not.toBe(responseCacheKey(parts));
    expect(responseCacheKey({ ...parts, parameters: { temperature: 0.5 } })).not.toBe(
      responseCacheKey(parts),
    );
    expect(responseCacheKey({ ...parts, model: "fake:b" })).not.toBe(responseCacheKey(parts));
    // Key order of parameters does not matter.
    expect(responseCacheKey({ ...parts, parameters: { temperature: 0, topP: 1 } })).toBe(
      responseCacheKey({ ...parts, parameters: { topP: 1, temperature: 0 } }),
    );
  });

  it("stores a unit once: a second copy is refused, and resume sees it as finished", () => {
    using store = Store.open(dbPath());
    createRun(store, "r1", manifest);
    const stored = saveResponse(
      store,
      { model: "fake:a", parameters: {}, messages: [], sampleIndex: 0 },
      response,
    );
    const unit: UnitResult = {
      model: "fake:a",
      taskId: "t1",
      sampleIndex: 0,
      tier: "easy",
      kind: "generate",
      status: "passed",
      passed: true,
      stages: [
        {
          stageId: "1",
          responseId: stored.id,
          cached: false,
          extraction: "fenced-entry",
          code: "x",
          verdict,
        },
      ],
    };
    saveUnit(store, "r1", unit);
    expect(() => saveUnit(store, "r1", unit)).toThrow(/UNIQUE/);
    expect(finishedUnits(store, "r1")).toEqual(new Set([unitId(unit)]));
    const rows = readSamples(store, "r1");
    expect(rows).toHaveLength(1);
    expect(rows[0]?.responses[0]?.timing.ttftMs).toBe(12.5);
    expect(rows[0]?.stages[0]?.verdict?.status).toBe("passed");
    const obs = store.db.prepare("SELECT outcome_json FROM observations").all() as { outcome_json: string }[];
    expect(JSON.parse(obs[0]?.outcome_json ?? "{}").tags).toEqual(["edge"]);
  });

  it("keeps failed units apart, and forgets them once the unit finishes on resume", () => {
    using store = Store.open(dbPath());
    createRun(store, "r1", manifest);
    const key = { model: "fake:a", taskId: "t1", sampleIndex: 1 };
    saveUnitError(store, "r1", key, "PROVIDER_HTTP", "500 five times");
    expect(unitErrors(store, "r1")).toHaveLength(1);
    const stored = saveResponse(
      store,
      { model: "fake:a", parameters: {}, messages: [], sampleIndex: 1 },
      response,
    );
    saveUnit(store, "r1", {
      ...key,
      tier: "easy",
      kind: "generate",
      status: "no-code",
      passed: false,
      stages: [{ stageId: "1", responseId: stored.id, cached: false, extraction: "none", code: "" }],
    });
    expect(unitErrors(store, "r1")).toHaveLength(0);
    expect(readSamples(store, "r1")[0]?.stages[0]?.verdict).toBeUndefined();
  });
});
