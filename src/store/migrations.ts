/**
 * Numbered migrations, applied in order and recorded in `schema_migrations`. Never edit a
 * migration that has shipped: add the next number, so every older database upgrades the same way.
 */
export const MIGRATIONS: readonly { readonly id: number; readonly sql: string }[] = [
  {
    id: 1,
    sql: `
CREATE TABLE runs (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'stopped', 'finished')),
  suite_name TEXT NOT NULL,
  suite_version TEXT NOT NULL,
  suite_hash TEXT NOT NULL,
  finished_at TEXT
);
CREATE TABLE manifests (
  run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
  json TEXT NOT NULL
);
CREATE TABLE responses (
  id INTEGER PRIMARY KEY,
  cache_key TEXT NOT NULL UNIQUE,
  model TEXT NOT NULL,
  messages_json TEXT NOT NULL,
  parameters_json TEXT NOT NULL,
  sample_index INTEGER NOT NULL,
  text TEXT NOT NULL,
  reasoning TEXT NOT NULL,
  finish_reason TEXT NOT NULL,
  attempts_json TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE timings (
  response_id INTEGER PRIMARY KEY REFERENCES responses(id) ON DELETE CASCADE,
  ttft_ms REAL,
  thinking_ttft_ms REAL,
  total_ms REAL NOT NULL,
  input_tokens INTEGER,
  output_tokens INTEGER NOT NULL,
  reasoning_tokens INTEGER NOT NULL,
  token_source TEXT NOT NULL,
  tokens_per_second REAL
);
CREATE TABLE samples (
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  model TEXT NOT NULL,
  task_id TEXT NOT NULL,
  sample_index INTEGER NOT NULL,
  tier TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  passed INTEGER NOT NULL,
  finished_at TEXT NOT NULL,
  PRIMARY KEY (run_id, model, task_id, sample_index)
);
CREATE TABLE verdicts (
  run_id TEXT NOT NULL,
  model TEXT NOT NULL,
  task_id TEXT NOT NULL,
  sample_index INTEGER NOT NULL,
  stage_id TEXT NOT NULL,
  response_id INTEGER REFERENCES responses(id),
  cached INTEGER NOT NULL,
  extraction TEXT NOT NULL,
  code TEXT NOT NULL,
  status TEXT NOT NULL,
  passed_cases INTEGER NOT NULL,
  total_cases INTEGER NOT NULL,
  cpu_ms REAL,
  peak_rss_kb REAL,
  wall_ms REAL,
  verdict_json TEXT,
  PRIMARY KEY (run_id, model, task_id, sample_index, stage_id),
  FOREIGN KEY (run_id, model, task_id, sample_index)
    REFERENCES samples(run_id, model, task_id, sample_index) ON DELETE CASCADE
);
CREATE TABLE observations (
  run_id TEXT NOT NULL,
  model TEXT NOT NULL,
  task_id TEXT NOT NULL,
  sample_index INTEGER NOT NULL,
  stage_id TEXT NOT NULL,
  case_id TEXT NOT NULL,
  outcome_json TEXT NOT NULL,
  PRIMARY KEY (run_id, model, task_id, sample_index, stage_id, case_id),
  FOREIGN KEY (run_id, model, task_id, sample_index, stage_id)
    REFERENCES verdicts(run_id, model, task_id, sample_index, stage_id) ON DELETE CASCADE
);
CREATE TABLE unit_errors (
  id INTEGER PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  model TEXT NOT NULL,
  task_id TEXT NOT NULL,
  sample_index INTEGER NOT NULL,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX samples_by_run ON samples(run_id, model);
`,
  },
  {
    id: 2,
    sql: `
CREATE TABLE quality (
  run_id TEXT NOT NULL,
  model TEXT NOT NULL,
  task_id TEXT NOT NULL,
  sample_index INTEGER NOT NULL,
  stage_id TEXT NOT NULL,
  json TEXT NOT NULL,
  analysed_at TEXT NOT NULL,
  PRIMARY KEY (run_id, model, task_id, sample_index, stage_id),
  FOREIGN KEY (run_id, model, task_id, sample_index, stage_id)
    REFERENCES verdicts(run_id, model, task_id, sample_index, stage_id) ON DELETE CASCADE
);
`,
  },
];
