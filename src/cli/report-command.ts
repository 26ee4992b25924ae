import { writeFileSync } from "node:fs";
import { type Command, Option } from "commander";
import pc from "picocolors";
import { PyarenaError } from "../core/pyarena-error.js";
import { kindSchema, type TaskKind, type Tier, tierSchema } from "../core/task.js";
import { leaderboard } from "../report/leaderboard.js";
import { type ReportFormat, renderReport } from "../report/render-report.js";
import { reportTables } from "../report/report-tables.js";
import { describeFilter, filterSamples, type SampleFilter } from "../report/sample-filter.js";
import { type ModelSummary, summarizeRun } from "../report/summarize-run.js";
import { DEFAULT_WEIGHTS, parseWeights } from "../scoring/composite-score.js";
import { getRun, listRuns } from "../store/run-table.js";
import { readSamples, unitErrors } from "../store/sample-table.js";
import { openStore } from "./store-option.js";

interface ReportOptions {
  format?: ReportFormat;
  json?: boolean;
  csv?: boolean;
  markdown?: boolean;
  leaderboard?: string;
  suiteVersion?: string;
  out?: string;
  weights?: string;
  tier?: Tier[];
  kind?: TaskKind[];
}

export function registerReport(program: Command): void {
  program
    .command("report")
    .argument("[run-id...]", "runs to report (default: the latest run)")
    .description(
      "pass@k, quality metrics and the composite score with 95% intervals, per tier and kind; latency p50/p90 per tier",
    )
    .option("--json", "print JSON")
    .option("--csv", "print CSV")
    .option("--markdown", "print Markdown")
    .option("--leaderboard <suite>", "one row per model across all runs of this suite (newest version)")
    .option("--suite-version <v>", "with --leaderboard: this suite version instead of the newest")
    .option("--out <file>", "write to a file instead of stdout")
    .addOption(
      new Option("--tier <tier...>", "count only tasks of these tiers (every table)").choices(
        tierSchema.options,
      ),
    )
    .addOption(
      new Option("--kind <kind...>", "count only tasks of these kinds (every table)").choices(
        kindSchema.options,
      ),
    )
    .option(
      "--weights <part=w,...>",
      "composite score weights, e.g. correctness=0.5,efficiency=0 (parts: correctness, quality, documentation, types, completeness, efficiency)",
    )
    .action((runIds: string[], options: ReportOptions, command: Command) => {
      using store = openStore(command);
      const format: ReportFormat = options.json
        ? "json"
        : options.csv
          ? "csv"
          : options.markdown
            ? "markdown"
            : "terminal";
      const weights = options.weights === undefined ? DEFAULT_WEIGHTS : parseWeights(options.weights);
      const filter: SampleFilter = { tiers: options.tier ?? [], kinds: options.kind ?? [] };
      let summaries: readonly ModelSummary[];
      let heading: string;
      if (options.leaderboard !== undefined) {
        const board = leaderboard(store, options.leaderboard, options.suiteVersion, weights, filter);
        summaries = board.entries;
        heading = `Leaderboard: ${board.suite} ${board.version} (each model's latest run)`;
      } else {
        const ids =
          runIds.length > 0
            ? runIds
            : listRuns(store)
                .slice(0, 1)
                .map((r) => r.id);
        if (ids.length === 0)
          throw new PyarenaError("RUN_NOT_FOUND", `no runs in ${store.path} yet: start one with pyarena run`);
        for (const id of ids) getRun(store, id);
        summaries = ids.flatMap((id) =>
          summarizeRun(id, filterSamples(readSamples(store, id), filter), weights),
        );
        const errors = ids.reduce((n, id) => n + unitErrors(store, id).length, 0);
        heading = `Run${ids.length > 1 ? "s" : ""} ${ids.join(", ")}${errors > 0 ? ` (${errors} units failed; resume to retry them)` : ""}`;
      }
      const slice = describeFilter(filter);
      if (slice !== "") {
        if (summaries.length === 0)
          throw new PyarenaError("USAGE", `no samples of ${slice} in the chosen run(s)`);
        heading = `${heading}: ${slice} only`;
      }
      const tables = reportTables(summaries);
      // JSON carries every number behind the tables too: each metric per model, tier and kind.
      const body =
        format === "json"
          ? `${JSON.stringify({ heading, weights, tables, summaries }, null, 2)}\n`
          : renderReport(tables, format, format === "terminal" && !options.out && pc.isColorSupported);
      const text =
        format === "terminal" || format === "markdown"
          ? `${format === "markdown" ? "## " : ""}${heading}\n\n${body}`
          : body;
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
    });
  program
    .command("runs")
    .description("list the runs in the results database, newest first")
    .addOption(new Option("--json", "print JSON"))
    .action((options: { json?: boolean }, command: Command) => {
      using store = openStore(command);
      const runs = listRuns(store);
      if (options.json) process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
      else
        for (const r of runs)
          process.stdout.write(
            `${r.id}  ${r.status.padEnd(8)} ${r.suiteName} ${r.suiteVersion}  ${r.createdAt}\n`,
          );
    });
}
