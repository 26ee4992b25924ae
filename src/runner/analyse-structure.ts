import { executionLimits } from "../sandbox/execution-limits.js";
import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { parseStructureOutcome, type StructureResult } from "../scoring/quality/python-structure.js";
import { mapConcurrent } from "./map-concurrent.js";

/** Candidates parsed per sandbox start: one start costs more than parsing dozens of files. */
const CHUNK = 32;

/**
 * Limits for parsing: the candidate never runs, but its source is untrusted and a pathological
 * one (deep nesting, a huge file) can make the parser itself expensive.
 */
const PARSE_LIMITS = executionLimits({ cpu_floor_seconds: 10, memory_mb: 1024 });

/**
 * The public-API facts (docstrings, parameters, hints) of each candidate, read by
 * python/pyarena_structure.py with `ast` inside the sandbox: parsing is never done in-process,
 * because candidate source is untrusted even when it is not executed. Candidates are parsed in
 * chunks; when a chunk's process dies early, its unanswered candidates are parsed again one by
 * one, so one hostile source cannot cost the others their result. Throws only when the sandbox
 * itself cannot start.
 */
export async function analyseStructure(
  pool: SandboxPool,
  sources: ReadonlyMap<string, string>,
  signal?: AbortSignal,
): Promise<Map<string, StructureResult>> {
  const ids = [...sources.keys()];
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK) chunks.push(ids.slice(i, i + CHUNK));
  const results = new Map<string, StructureResult>();
  // As many chunks in flight as the pool has slots: more would only queue inside the pool, each
  // waiter holding an abort listener on the caller's signal.
  await mapConcurrent(
    chunks,
    pool.environment.slots,
    async (chunk) => {
      const unanswered = await parseChunk(pool, sources, chunk, results, signal);
      if (chunk.length === 1) return;
      for (const id of unanswered) await parseChunk(pool, sources, [id], results, signal);
    },
    signal,
  );
  return results;
}

/** Parses `ids` in one sandbox, records every result, and returns the ids it had no answer for. */
async function parseChunk(
  pool: SandboxPool,
  sources: ReadonlyMap<string, string>,
  ids: readonly string[],
  results: Map<string, StructureResult>,
  signal: AbortSignal | undefined,
): Promise<string[]> {
  const files: Record<string, string> = {};
  const names = ids.map((id, i) => {
    const name = `candidate${i}.py`;
    files[name] = sources.get(id) ?? "";
    return name;
  });
  const report = await pool.run(
    { files, job: { mode: "structure", candidates: names }, limits: PARSE_LIMITS },
    signal,
  );
  const observed = new Map(report.observations.map((o) => [o.caseId, o.outcome]));
  const unanswered: string[] = [];
  ids.forEach((id, i) => {
    const outcome = observed.get(names[i] as string);
    if (outcome === undefined) {
      unanswered.push(id);
      const reason = `the structure helper ended (${report.termination}) before reporting on this candidate`;
      results.set(id, { ok: false, reason });
    } else {
      results.set(id, parseStructureOutcome(outcome));
    }
  });
  return unanswered;
}
