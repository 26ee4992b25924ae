import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { PyarenaError } from "../core/pyarena-error.js";
import { MIGRATIONS } from "./migrations.js";

/**
 * The SQLite database of one project: runs, responses (the cache), samples and their verdicts.
 * WAL mode lets `pyarena report` read while a run writes; every unit is one transaction, so a
 * killed run leaves only whole units behind.
 */
export class Store implements Disposable {
  readonly db: Database.Database;
  readonly path: string;

  private constructor(db: Database.Database, path: string) {
    this.db = db;
    this.path = path;
  }

  static open(path: string): Store {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(path);
    } catch (error) {
      throw new PyarenaError("STORE", `cannot open the results database ${path}`, { cause: error });
    }
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    db.pragma("synchronous = NORMAL");
    const store = new Store(db, path);
    store.migrate();
    return store;
  }

  /** Schema version after migrating: the highest migration applied. */
  get schemaVersion(): number {
    const row = this.db.prepare("SELECT MAX(id) AS v FROM schema_migrations").get() as { v: number | null };
    return row.v ?? 0;
  }

  private migrate(): void {
    this.db.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (id INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    );
    const applied = new Set(
      (this.db.prepare("SELECT id FROM schema_migrations").all() as { id: number }[]).map((r) => r.id),
    );
    const latest = Math.max(0, ...applied);
    const known = Math.max(...MIGRATIONS.map((m) => m.id));
    if (latest > known) {
      throw new PyarenaError(
        "STORE",
        `${this.path} was written by a newer pyarena (schema ${latest}, this one knows ${known})`,
      );
    }
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.id)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db
          .prepare("INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)")
          .run(migration.id, new Date().toISOString());
      })();
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  [Symbol.dispose](): void {
    this.close();
  }
}
