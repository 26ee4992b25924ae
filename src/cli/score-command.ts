import { readFileSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { Command } from "commander";
import { PyarenaError } from "../core/pyarena-error.js";
import type { SampleRow } from "../core/run-record.js";
import { formatInterval } from "../report/format-interval.js";
import { formatComposite, qualityTables } from "../report/quality-tables.js";
import { renderReport } from "../report/render-report.js";
import { summarizeRun } from "../report/summarize-run.js";
import { judgedSampleRows } from "../runner/judged-sample-rows.js";
import {
  type ExternalSample,
  type JudgedSample,
  judgeSamples,
  scoredSample,
} from "../runner/score-samples.js";
import { bootstrapMean } from "../scoring/bootstrap-interval.js";
import { compositeScore } from "../scoring/composite-score.js";
import { countPerTask, passAtK } from "../scoring/pass-at-k.js";
import { sampleMetrics } from "../scoring/sample-metrics.js";
import { loadSuite } from "../suites/load-suite.js";
import { interruptSignal, openPool } from "./global-options.js";

/** JSONL, one sample per line; a broken line names its number instead of failing somewhere later. */
export function readSamplesFile(path: string): ExternalSample[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const samples: ExternalSample[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new PyarenaError("USAGE", `${path}:${i + 1}: not JSON`, { cause: error });
    }
    const record = value as Partial<ExternalSample>;
    if (
      typeof record.task_id !== "string" ||
      (typeof record.solution !== "string" && typeof record.completion !== "string")
    )
      throw new PyarenaError(
        "USAGE",
        `${path}:${i + 1}: expected {"task_id": ..., "solution" or "completion": ...}`,
      );
    samples.push(record as ExternalSample);
  }
  return samples;
}

interface ScoreOptions {
  suite: string;
  samples: string;
  out?: string;
  quality?: boolean;
  model?: string;
}

/**
 * One line of the verdicts file: the verdict, every metric of the sample (the same names as in
 * `report --json`) and, once the analysers ran, its composite score.
 */
function verdictLine(judged: JudgedSample, row: SampleRow, quality: boolean): object {
  const metrics = sampleMetrics(row);
  return { ...scoredSample(judged), metrics, ...(quality ? { composite: compositeScore(metrics) } : {}) };
}

export function registerScore(program: Command): void {
  program
    .command("score")
    .description("score samples made elsewhere (EvalPlus / human-eval JSONL) in pyarena's sandbox")
    .requiredOption(
      "--suite <dir>",
      "the suite the samples answer (task_id may be the source id, e.g. HumanEval/0)",
    )
    .requiredOption("--samples <file>", "JSONL with task_id and completion or solution")
    .option("--out <file>", "per-sample verdicts, JSONL (default: <samples>.pyarena-verdicts.jsonl)")
    .option(
      "--quality",
      "also lint, check documentation and type accuracy (pyright) of each sample, add the composite score and print the quality tables",
    )
    .option("--model <name>", "the name the samples go by in the tables (default: the file's name)")
    .action(async (options: ScoreOptions, command: Command) => {
      const suite = loadSuite(resolve(options.suite));
      const samples = readSamplesFile(options.samples);
      await using pool = await openPool(command);
      const signal = interruptSignal();
      const started = performance.now();
      const judged = await judgeSamples(pool, suite, samples, {
        signal,
        onScored: (done, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\r  scored ${done}/${total} distinct programs`);
        },
      });
      const model = options.model ?? basename(options.samples).replace(/\.jsonl$/, "");
      const rows = await judgedSampleRows(pool, suite, judged, {
        model,
        quality: options.quality === true,
        signal,
        onAnalysed: (done, total) => {
          if (process.stderr.isTTY)
            process.stderr.write(`\r\x1b[K  quality analysis ${done}/${total} samples`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      const out = options.out ?? `${options.samples.replace(/\.jsonl$/, "")}.pyarena-verdicts.jsonl`;
      writeFileSync(
        out,
        judged
          .map((j, i) => JSON.stringify(verdictLine(j, rows[i] as SampleRow, options.quality === true)))
          .join("\n")
          .concat("\n"),
      );
      const scored = judged.map(scoredSample);
      const perTask = countPerTask(
        scored,
        (s) => s.task,
        (s) => s.passed,
      );
      const minN = Math.min(...[...perTask.values()].map((t) => t.n));
      const passRows = [1, 10, 100]
        .filter((k) => k <= minN)
        .map((k) => [
          `pass@${k}`,
          formatInterval(bootstrapMean([...perTask.values()].map((t) => passAtK(t.n, t.c, k)))),
        ]);
      // The same summary as `pyarena report`, so the numbers mean the same in both.
      const summaries = options.quality ? summarizeRun("score", rows) : [];
      for (const summary of summaries) passRows.push(["composite", formatComposite(summary.quality)]);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        renderReport(
          [
            {
              title: `${samples.length} samples on ${perTask.size} tasks of ${suite.spec.name}, scored in ${seconds} s`,
              headers: ["metric", "value"],
              rows: passRows,
            },
          ],
          "terminal",
        ),
      );
      if (summaries.length > 0)
        process.stdout.write(`\n${renderReport(qualityTables(summaries, 1), "terminal")}`);
      process.stderr.write(`pyarena: verdicts written to ${out}\n`);
    });
}
