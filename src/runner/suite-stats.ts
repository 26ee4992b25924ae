import type { LoadedSuite } from "../suites/loaded-task.js";
import type { StageCheck } from "./check-suite.js";

export interface SuiteStats {
  readonly tasks: number;
  readonly byTier: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
  readonly byTopic: Readonly<Record<string, number>>;
  readonly byPython: Readonly<Record<string, number>>;
  readonly cases: {
    readonly total: number;
    readonly min: number;
    readonly median: number;
    readonly max: number;
  };
  readonly caseTags: Readonly<Record<string, number>>;
  readonly mutants: number;
  readonly mutantsCaught: number;
  /** Caught mutants over all mutants: how often a plausible wrong solution is rejected. */
  readonly mutationScore: number;
}

function count(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
}

/** The shape of a suite at a glance: what it covers, how strong its cases are. */
export function suiteStats(suite: LoadedSuite, checks: readonly StageCheck[]): SuiteStats {
  const perTask = new Map<string, number>();
  for (const c of checks) perTask.set(c.taskId, (perTask.get(c.taskId) ?? 0) + c.cases);
  const sizes = [...perTask.values()].sort((a, b) => a - b);
  const mutants = checks.reduce((n, c) => n + c.mutants, 0);
  const caught = checks.reduce((n, c) => n + c.mutantsCaught, 0);
  return {
    tasks: suite.tasks.length,
    byTier: count(suite.tasks.map((t) => t.spec.tier)),
    byKind: count(suite.tasks.map((t) => t.spec.kind)),
    byTopic: count(suite.tasks.flatMap((t) => t.spec.topics)),
    byPython: count(suite.tasks.map((t) => t.spec.python)),
    cases: {
      total: sizes.reduce((a, b) => a + b, 0),
      min: sizes[0] ?? 0,
      median: sizes[Math.floor(sizes.length / 2)] ?? 0,
      max: sizes.at(-1) ?? 0,
    },
    caseTags: count(checks.flatMap((c) => c.caseTags)),
    mutants,
    mutantsCaught: caught,
    mutationScore: mutants === 0 ? Number.NaN : caught / mutants,
  };
}
