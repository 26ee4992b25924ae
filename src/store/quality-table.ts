import type { StageQuality } from "../core/stage-quality.js";
import type { Store } from "./store.js";

/** A stage whose code the quality pass has not analysed yet. */
export interface PendingStage {
  readonly model: string;
  readonly taskId: string;
  readonly sampleIndex: number;
  readonly stageId: string;
  readonly kind: string;
  readonly code: string;
}

/** The key of one stage of one unit, as used by `readQuality`. */
export function stageKey(
  key: { model: string; taskId: string; sampleIndex: number },
  stageId: string,
): string {
  return `${key.model}\u0000${key.taskId}\u0000${key.sampleIndex}\u0000${stageId}`;
}

/**
 * Stages of a run with extracted code and no quality row yet: what the quality pass still has to
 * do, so a stopped or resumed run analyses each stage exactly once.
 */
export function pendingQualityStages(store: Store, runId: string): PendingStage[] {
  const rows = store.db
    .prepare(
      `SELECT v.model, v.task_id, v.sample_index, v.stage_id, s.kind, v.code FROM verdicts v
       JOIN samples s USING (run_id, model, task_id, sample_index)
       WHERE v.run_id = ? AND v.extraction <> 'none' AND NOT EXISTS (SELECT 1 FROM quality q
         WHERE q.run_id = v.run_id AND q.model = v.model AND q.task_id = v.task_id
           AND q.sample_index = v.sample_index AND q.stage_id = v.stage_id)
       ORDER BY v.model, v.task_id, v.sample_index, v.stage_id`,
    )
    .all(runId) as {
    model: string;
    task_id: string;
    sample_index: number;
    stage_id: string;
    kind: string;
    code: string;
  }[];
  return rows.map((r) => ({
    model: r.model,
    taskId: r.task_id,
    sampleIndex: r.sample_index,
    stageId: r.stage_id,
    kind: r.kind,
    code: r.code,
  }));
}

/** Store a batch of analysed stages in one transaction. */
export function saveQuality(
  store: Store,
  runId: string,
  items: readonly { readonly stage: PendingStage; readonly quality: StageQuality }[],
): void {
  const insert = store.db.prepare(
    `INSERT OR REPLACE INTO quality (run_id, model, task_id, sample_index, stage_id, json, analysed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const at = new Date().toISOString();
  store.db.transaction(() => {
    for (const { stage, quality } of items)
      insert.run(
        runId,
        stage.model,
        stage.taskId,
        stage.sampleIndex,
        stage.stageId,
        JSON.stringify(quality),
        at,
      );
  })();
}

/** Every quality row of a run, by `stageKey`. */
export function readQuality(store: Store, runId: string): Map<string, StageQuality> {
  const rows = store.db
    .prepare("SELECT model, task_id, sample_index, stage_id, json FROM quality WHERE run_id = ?")
    .all(runId) as { model: string; task_id: string; sample_index: number; stage_id: string; json: string }[];
  return new Map(
    rows.map((r) => [
      stageKey({ model: r.model, taskId: r.task_id, sampleIndex: r.sample_index }, r.stage_id),
      JSON.parse(r.json) as StageQuality,
    ]),
  );
}
