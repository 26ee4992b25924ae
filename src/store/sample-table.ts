import type {
  ExtractionMethod,
  SampleRow,
  StageOutcome,
  UnitKey,
  UnitResult,
  UnitStatus,
} from "../core/run-record.js";
import type { TaskKind, Tier } from "../core/task.js";
import type { SampleVerdict } from "../core/verdict.js";
import { readQuality, stageKey } from "./quality-table.js";
import { getResponses } from "./response-cache.js";
import type { Store } from "./store.js";

/** The identity of a unit inside one run, for sets of finished units. */
export function unitId(key: UnitKey): string {
  return `${key.model}\u0000${key.taskId}\u0000${key.sampleIndex}`;
}

/**
 * Write one finished unit, its stage verdicts and its observations in one transaction. The
 * primary key refuses a second copy of a unit, so a resumed run can never count one twice.
 */
export function saveUnit(store: Store, runId: string, unit: UnitResult): void {
  const db = store.db;
  db.transaction(() => {
    db.prepare(
      `INSERT INTO samples (run_id, model, task_id, sample_index, tier, kind, status, passed, finished_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      runId,
      unit.model,
      unit.taskId,
      unit.sampleIndex,
      unit.tier,
      unit.kind,
      unit.status,
      unit.passed ? 1 : 0,
      new Date().toISOString(),
    );
    const stage = db.prepare(
      `INSERT INTO verdicts (run_id, model, task_id, sample_index, stage_id, response_id, cached, extraction, code,
        status, passed_cases, total_cases, cpu_ms, peak_rss_kb, wall_ms, verdict_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const observation = db.prepare(
      `INSERT INTO observations (run_id, model, task_id, sample_index, stage_id, case_id, outcome_json)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const s of unit.stages) {
      const v = s.verdict;
      const { cases, ...summary } = v ?? { cases: [] };
      stage.run(
        runId,
        unit.model,
        unit.taskId,
        unit.sampleIndex,
        s.stageId,
        s.responseId,
        s.cached ? 1 : 0,
        s.extraction,
        s.code,
        v?.status ?? "no-code",
        v?.passedCases ?? 0,
        v?.totalCases ?? 0,
        v?.cpuMs ?? null,
        v?.peakRssKb ?? null,
        v?.wallMs ?? null,
        v === undefined ? null : JSON.stringify(summary),
      );
      for (const c of cases) {
        observation.run(
          runId,
          unit.model,
          unit.taskId,
          unit.sampleIndex,
          s.stageId,
          c.caseId,
          JSON.stringify(c),
        );
      }
    }
  })();
}

/** Units already finished in a run: what `--resume` skips. */
export function finishedUnits(store: Store, runId: string): Set<string> {
  const rows = store.db
    .prepare("SELECT model, task_id, sample_index FROM samples WHERE run_id = ?")
    .all(runId) as { model: string; task_id: string; sample_index: number }[];
  return new Set(rows.map((r) => unitId({ model: r.model, taskId: r.task_id, sampleIndex: r.sample_index })));
}

/** A unit that could not finish for infrastructure reasons (the API kept failing): retried on resume. */
export function saveUnitError(
  store: Store,
  runId: string,
  key: UnitKey,
  code: string,
  message: string,
): void {
  store.db
    .prepare(
      "INSERT INTO unit_errors (run_id, model, task_id, sample_index, code, message, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .run(runId, key.model, key.taskId, key.sampleIndex, code, message, new Date().toISOString());
}

export function unitErrors(store: Store, runId: string): { key: UnitKey; code: string; message: string }[] {
  const rows = store.db
    .prepare(
      `SELECT e.* FROM unit_errors e WHERE e.run_id = ? AND NOT EXISTS (SELECT 1 FROM samples s
        WHERE s.run_id = e.run_id AND s.model = e.model AND s.task_id = e.task_id AND s.sample_index = e.sample_index)`,
    )
    .all(runId) as { model: string; task_id: string; sample_index: number; code: string; message: string }[];
  return rows.map((r) => ({
    key: { model: r.model, taskId: r.task_id, sampleIndex: r.sample_index },
    code: r.code,
    message: r.message,
  }));
}

interface SampleDbRow {
  run_id: string;
  model: string;
  task_id: string;
  sample_index: number;
  tier: Tier;
  kind: TaskKind;
  status: UnitStatus;
  passed: number;
}

interface VerdictDbRow {
  model: string;
  task_id: string;
  sample_index: number;
  stage_id: string;
  response_id: number;
  cached: number;
  extraction: ExtractionMethod;
  code: string;
  verdict_json: string | null;
}

/**
 * Read a run's samples back, with stage verdicts (without per-case detail), quality metrics where
 * the quality pass has run, and response timing.
 */
export function readSamples(store: Store, runId: string): SampleRow[] {
  const samples = store.db
    .prepare("SELECT * FROM samples WHERE run_id = ? ORDER BY model, task_id, sample_index")
    .all(runId) as SampleDbRow[];
  const verdictRows = store.db
    .prepare("SELECT * FROM verdicts WHERE run_id = ? ORDER BY stage_id")
    .all(runId) as VerdictDbRow[];
  const quality = readQuality(store, runId);
  const stages = new Map<string, StageOutcome[]>();
  for (const v of verdictRows) {
    const key = { model: v.model, taskId: v.task_id, sampleIndex: v.sample_index };
    const id = unitId(key);
    const analysed = quality.get(stageKey(key, v.stage_id));
    const summary =
      v.verdict_json === null ? undefined : (JSON.parse(v.verdict_json) as Omit<SampleVerdict, "cases">);
    const outcome: StageOutcome = {
      stageId: v.stage_id,
      responseId: v.response_id,
      cached: v.cached === 1,
      extraction: v.extraction,
      code: v.code,
      ...(summary === undefined ? {} : { verdict: { ...summary, cases: [] } }),
      ...(analysed === undefined ? {} : { quality: analysed }),
    };
    stages.set(id, [...(stages.get(id) ?? []), outcome]);
  }
  const responses = getResponses(
    store,
    verdictRows.map((v) => v.response_id),
  );
  return samples.map((s) => {
    const own = stages.get(unitId({ model: s.model, taskId: s.task_id, sampleIndex: s.sample_index })) ?? [];
    return {
      runId: s.run_id,
      model: s.model,
      taskId: s.task_id,
      sampleIndex: s.sample_index,
      tier: s.tier,
      kind: s.kind,
      status: s.status,
      passed: s.passed === 1,
      stages: own,
      responses: own.flatMap((o) => {
        const r = responses.get(o.responseId);
        return r === undefined ? [] : [r];
      }),
    };
  });
}
