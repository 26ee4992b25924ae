import { formatInterval, formatNumber, formatRatio } from "./format-interval.js";
import { modelLabel } from "./model-label.js";
import type { ReportTable } from "./report-table.js";
import type { QualitySummary } from "./summarize-quality.js";
import type { ModelSummary } from "./summarize-run.js";

const TIERS = ["easy", "medium", "hard", "extreme"] as const;

/** The composite with its interval, or why it is not shown. */
export function formatComposite(q: QualitySummary): string {
  if (q.pending > 0) return `incomplete (${q.pending} not analysed)`;
  return formatInterval(q.composite);
}

function analysedCell(q: QualitySummary): string {
  return q.pending > 0 ? `${q.analysed} (${q.pending} pending)` : String(q.analysed);
}

function perGroupRows(
  sorted: readonly ModelSummary[],
  runs: number,
  groups: readonly string[],
  pick: (s: ModelSummary, group: string) => QualitySummary | undefined,
): string[][] {
  return sorted.flatMap((s) =>
    groups.flatMap((g) => {
      const q = pick(s, g);
      if (q === undefined) return [];
      return [
        [
          modelLabel(s, runs),
          g,
          formatComposite(q),
          formatNumber(q.metrics.findingsPer100),
          formatInterval(q.metrics.docstringCoverage),
          formatInterval(q.metrics.hintCoverage),
          formatNumber(q.metrics.typeErrors, 2),
          formatInterval(q.metrics.edge),
          formatInterval(q.metrics.errorHandling),
          formatRatio(q.metrics.cpuRatio),
        ],
      ];
    }),
  );
}

const GROUP_HEADERS = [
  "composite",
  "findings/100 lines",
  "docstrings",
  "type hints",
  "type errors",
  "edge cases",
  "error handling",
  "CPU ×ref",
];

/**
 * Which analysers produced the numbers. Rows analysed by different versions (rule sets, pyright
 * mode) do not measure the same thing, so a mix is said loudly rather than averaged silently.
 */
function analysersNote(sorted: readonly ModelSummary[]): string {
  const versions = [...new Set(sorted.flatMap((s) => s.quality.versions))].sort();
  if (versions.length === 0) return "";
  if (versions.length === 1) return `; analysers ${versions[0]}`;
  return `; WARNING: analyser versions differ (${versions.join(", ")}), so these numbers are not comparable`;
}

/**
 * The quality tables of `pyarena report` (docs/quality.md says how to read each): shown only
 * when some sample has quality data, so reports of old runs look as they did.
 */
export function qualityTables(sorted: readonly ModelSummary[], runs: number): ReportTable[] {
  const has = sorted.some((s) => s.quality.analysed > 0 || s.quality.metrics.edge !== undefined);
  if (!has) return [];
  const label = (s: ModelSummary) => modelLabel(s, runs);
  const tables: ReportTable[] = [
    {
      title: `Code quality (ruff findings per 100 non-blank lines; most complex function against the reference)${analysersNote(sorted)}`,
      headers: [
        "model",
        "analysed",
        "findings",
        "likely bug",
        "idiom",
        "readability",
        "weighted, beyond the reference's",
        "complexity ×ref",
      ],
      rows: sorted.map((s) => {
        const m = s.quality.metrics;
        return [
          label(s),
          analysedCell(s.quality),
          formatNumber(m.findingsPer100),
          formatNumber(m.likelyBugPer100),
          formatNumber(m.idiomPer100),
          formatNumber(m.readabilityPer100),
          formatNumber(m.weightedBeyondReferencePer100),
          formatRatio(m.complexityRatio),
        ];
      }),
    },
    {
      title:
        "Documentation and types (coverage of public definitions; pyright errors per sample, basic mode)",
      headers: [
        "model",
        "docstrings",
        "well-shaped docstrings",
        "type hints",
        "type errors",
        "beyond the reference's",
      ],
      rows: sorted.map((s) => {
        const m = s.quality.metrics;
        return [
          label(s),
          formatInterval(m.docstringCoverage),
          formatInterval(m.wellShaped),
          formatInterval(m.hintCoverage),
          formatNumber(m.typeErrors, 2),
          formatNumber(m.typeErrorsBeyondReference, 2),
        ];
      }),
    },
    {
      title: "Completeness (pass rate of cases by tag)",
      headers: ["model", "edge", "error handling", "other cases"],
      rows: sorted.map((s) => {
        const m = s.quality.metrics;
        return [
          label(s),
          formatInterval(m.edge),
          formatInterval(m.errorHandling),
          formatInterval(m.otherCases),
        ];
      }),
    },
    {
      title:
        "Efficiency on perf cases (against the reference in this run, geometric mean; too slow = out of the limit)",
      headers: ["model", "measured", "CPU ×ref", "memory ×ref", "too slow"],
      rows: sorted.map((s) => {
        const m = s.quality.metrics;
        return [
          label(s),
          String(s.quality.counts.cpuRatio ?? 0),
          formatRatio(m.cpuRatio),
          formatRatio(m.memoryRatio),
          formatInterval(m.tooSlow),
        ];
      }),
    },
  ];
  const tiers = TIERS.filter((t) => sorted.some((s) => s.byTier[t] !== undefined));
  tables.push({
    title: "Quality per tier (composite score and its main parts)",
    headers: ["model", "tier", ...GROUP_HEADERS],
    rows: perGroupRows(sorted, runs, tiers, (s, t) => s.byTier[t as (typeof TIERS)[number]]?.quality),
  });
  const kinds = [...new Set(sorted.flatMap((s) => Object.keys(s.byKind)))].sort();
  if (kinds.length > 1)
    tables.push({
      title: "Quality per kind (composite score and its main parts)",
      headers: ["model", "kind", ...GROUP_HEADERS],
      rows: perGroupRows(sorted, runs, kinds, (s, k) => s.byKind[k as keyof ModelSummary["byKind"]]?.quality),
    });
  return tables;
}
