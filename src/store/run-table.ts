import { PyarenaError } from "../core/pyarena-error.js";
import type { RunManifest } from "../core/run-record.js";
import type { Store } from "./store.js";

export type RunStatus = "running" | "stopped" | "finished";

export interface RunInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly status: RunStatus;
  readonly suiteName: string;
  readonly suiteVersion: string;
  readonly suiteHash: string;
  readonly finishedAt: string | null;
}

interface RunRow {
  id: string;
  created_at: string;
  status: RunStatus;
  suite_name: string;
  suite_version: string;
  suite_hash: string;
  finished_at: string | null;
}

function toInfo(row: RunRow): RunInfo {
  return {
    id: row.id,
    createdAt: row.created_at,
    status: row.status,
    suiteName: row.suite_name,
    suiteVersion: row.suite_version,
    suiteHash: row.suite_hash,
    finishedAt: row.finished_at,
  };
}

/** Record a new run with its manifest; both or neither. */
export function createRun(store: Store, id: string, manifest: RunManifest): void {
  store.db.transaction(() => {
    store.db
      .prepare(
        "INSERT INTO runs (id, created_at, status, suite_name, suite_version, suite_hash) VALUES (?, ?, 'running', ?, ?, ?)",
      )
      .run(id, manifest.createdAt, manifest.suite.name, manifest.suite.version, manifest.suite.contentHash);
    store.db.prepare("INSERT INTO manifests (run_id, json) VALUES (?, ?)").run(id, JSON.stringify(manifest));
  })();
}

export function setRunStatus(store: Store, id: string, status: RunStatus): void {
  store.db
    .prepare("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?")
    .run(status, status === "finished" ? new Date().toISOString() : null, id);
}

export function getRun(store: Store, id: string): RunInfo {
  const row = store.db.prepare("SELECT * FROM runs WHERE id = ?").get(id) as RunRow | undefined;
  if (row === undefined) {
    const known = listRuns(store)
      .slice(0, 5)
      .map((r) => r.id);
    throw new PyarenaError("RUN_NOT_FOUND", `no run ${id} in ${store.path}`, {
      details: known.length > 0 ? [`recent runs: ${known.join(", ")}`] : ["the database holds no runs yet"],
    });
  }
  return toInfo(row);
}

export function getManifest(store: Store, id: string): RunManifest {
  getRun(store, id);
  const row = store.db.prepare("SELECT json FROM manifests WHERE run_id = ?").get(id) as { json: string };
  return JSON.parse(row.json) as RunManifest;
}

/** Newest first. */
export function listRuns(store: Store): RunInfo[] {
  return (store.db.prepare("SELECT * FROM runs ORDER BY created_at DESC, id DESC").all() as RunRow[]).map(
    toInfo,
  );
}
