import type { SampleRow } from "../core/run-record.js";
import type { TaskKind, Tier } from "../core/task.js";

/** Which samples a report counts; an empty or missing list means every value. */
export interface SampleFilter {
  readonly tiers?: readonly Tier[];
  readonly kinds?: readonly TaskKind[];
}

/**
 * Narrows a run to some tiers or kinds before anything is summarized, so that every table,
 * interval and the composite describe only that slice (not a slice's row of a whole-run table).
 */
export function filterSamples(rows: readonly SampleRow[], filter: SampleFilter): readonly SampleRow[] {
  const tiers = filter.tiers ?? [];
  const kinds = filter.kinds ?? [];
  if (tiers.length === 0 && kinds.length === 0) return rows;
  return rows.filter(
    (r) => (tiers.length === 0 || tiers.includes(r.tier)) && (kinds.length === 0 || kinds.includes(r.kind)),
  );
}

/** Words for a heading, e.g. "hard and extreme tasks, kind fix"; empty when nothing is filtered. */
export function describeFilter(filter: SampleFilter): string {
  const parts: string[] = [];
  if (filter.tiers !== undefined && filter.tiers.length > 0)
    parts.push(`${filter.tiers.join(" and ")} tasks`);
  if (filter.kinds !== undefined && filter.kinds.length > 0) parts.push(`kind ${filter.kinds.join(" or ")}`);
  return parts.join(", ");
}
