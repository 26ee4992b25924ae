import type { SandboxPool } from "../sandbox/sandbox-pool.js";
import { type LintReport, lintCandidate } from "../scoring/quality/lint-candidate.js";
import { type DocumentationMetrics, documentationMetrics } from "../scoring/quality/python-structure.js";
import { type TypeAccuracy, typeErrors } from "../scoring/quality/type-accuracy.js";
import { analyseStructure } from "./analyse-structure.js";

/** Everything the analysers say about one source, with messages: the drill-down of one sample. */
export interface CandidateQuality {
  readonly lint: LintReport;
  /** Null when the source does not parse; `documentationNote` says why. */
  readonly documentation: DocumentationMetrics | null;
  readonly documentationNote?: string;
  readonly types: TypeAccuracy | undefined;
}

/**
 * The full findings behind a stored quality row, for a person looking at one sample: the run
 * stores counts and codes, this keeps every message and line. Sources are analysed together, so
 * pyright starts once.
 */
export async function analyseCandidateQuality(
  pool: SandboxPool,
  sources: readonly string[],
  signal?: AbortSignal,
): Promise<CandidateQuality[]> {
  const byId = new Map(sources.map((s, i) => [String(i), s]));
  const [structures, types] = await Promise.all([
    analyseStructure(pool, byId, signal),
    typeErrors(byId, signal ? { signal } : {}),
  ]);
  return sources.map((source, i) => {
    const structure = structures.get(String(i));
    return {
      lint: lintCandidate(source),
      documentation: structure?.ok ? documentationMetrics(structure.facts) : null,
      ...(structure?.ok ? {} : { documentationNote: structure?.reason ?? "no result" }),
      types: types.get(String(i)),
    };
  });
}
