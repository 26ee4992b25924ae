import { formatInterval } from "./format-interval.js";
import { modelLabel } from "./model-label.js";
import { formatComposite, qualityTables } from "./quality-tables.js";
import type { ReportTable } from "./report-table.js";
import type { LatencySummary, ModelSummary } from "./summarize-run.js";

const TIERS = ["easy", "medium", "hard", "extreme"] as const;

function ms(v: number): string {
  if (Number.isNaN(v)) return "–";
  return v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`;
}

function rate(v: number): string {
  return Number.isNaN(v) ? "–" : v.toFixed(1);
}

/** The tables of `pyarena report`, for one run or several runs of the same suite. */
export function reportTables(summaries: readonly ModelSummary[]): ReportTable[] {
  const runs = new Set(summaries.map((s) => s.runId)).size;
  const ks = [...new Set(summaries.flatMap((s) => Object.keys(s.passAtK)))].sort(
    (a, b) => Number(a.slice(5)) - Number(b.slice(5)),
  );
  const sorted = [...summaries].sort((a, b) => b.passAt1.estimate - a.passAt1.estimate);
  const tables: ReportTable[] = [
    {
      title: "Correctness (pass@k, 95% bootstrap interval over tasks) and composite score",
      headers: [
        "model",
        "tasks",
        "samples/task",
        "pass@1",
        "composite",
        ...ks,
        "no code",
        "timeouts",
        "too slow",
        "cached",
        "retries",
      ],
      rows: sorted.map((s) => [
        modelLabel(s, runs),
        String(s.tasks),
        String(s.samplesPerTask),
        formatInterval(s.passAt1),
        s.quality.analysed > 0 || s.quality.pending > 0 ? formatComposite(s.quality) : "–",
        ...ks.map((k) => formatInterval(s.passAtK[k])),
        String(s.statuses["no-code"] ?? 0),
        String(s.statuses.timeout ?? 0),
        String(s.statuses["too-slow"] ?? 0),
        `${(s.cachedShare * 100).toFixed(0)}%`,
        String(s.retries),
      ]),
    },
  ];
  const tiers = TIERS.filter((t) => summaries.some((s) => s.byTier[t] !== undefined));
  if (tiers.length > 0)
    tables.push({
      title: "pass@1 by tier",
      headers: ["model", ...tiers],
      rows: sorted.map((s) => [
        modelLabel(s, runs),
        ...tiers.map((t) => formatInterval(s.byTier[t]?.passAt1)),
      ]),
    });
  const kinds = [...new Set(summaries.flatMap((s) => Object.keys(s.byKind)))].sort();
  if (kinds.length > 1)
    tables.push({
      title: "pass@1 by kind",
      headers: ["model", ...kinds],
      rows: sorted.map((s) => [
        modelLabel(s, runs),
        ...kinds.map((k) => formatInterval(s.byKind[k as keyof typeof s.byKind]?.passAt1)),
      ]),
    });
  const latencyRow = (name: string, tier: string, l: LatencySummary) => [
    name,
    tier,
    String(l.responses),
    ms(l.ttftP50),
    ms(l.ttftP90),
    ms(l.totalP50),
    ms(l.totalP90),
    rate(l.tokensPerSecondP50),
  ];
  tables.push({
    title: "Latency per tier (time to first answer token, total time, output tokens/s)",
    headers: ["model", "tier", "responses", "ttft p50", "ttft p90", "total p50", "total p90", "tok/s p50"],
    rows: sorted.flatMap((s) => [
      ...tiers.flatMap((t) => {
        const l = s.latencyByTier[t];
        return l === undefined ? [] : [latencyRow(modelLabel(s, runs), t, l)];
      }),
      latencyRow(modelLabel(s, runs), "all", s.latency),
    ]),
  });
  tables.push(...qualityTables(sorted, runs));
  const statuses = [...new Set(summaries.flatMap((s) => Object.keys(s.statuses)))].sort();
  tables.push({
    title: "Outcomes of samples",
    headers: ["model", ...statuses],
    rows: sorted.map((s) => [modelLabel(s, runs), ...statuses.map((st) => String(s.statuses[st] ?? 0))]),
  });
  return tables;
}
