import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import { PyarenaError } from "../core/pyarena-error.js";
import { formatInterval } from "../report/format-interval.js";
import { renderReport } from "../report/render-report.js";
import { type ExternalSample, scoreSamples } from "../runner/score-samples.js";
import { bootstrapMean } from "../scoring/bootstrap-interval.js";
import { countPerTask, passAtK } from "../scoring/pass-at-k.js";
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
    .action(async (options: { suite: string; samples: string; out?: string }, command: Command) => {
      const suite = loadSuite(resolve(options.suite));
      const samples = readSamplesFile(options.samples);
      await using pool = await openPool(command);
      const started = performance.now();
      const scored = await scoreSamples(pool, suite, samples, {
        signal: interruptSignal(),
        onScored: (done, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\r  scored ${done}/${total} distinct programs`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      const out = options.out ?? `${options.samples.replace(/\.jsonl$/, "")}.pyarena-verdicts.jsonl`;
      writeFileSync(
        out,
        scored
          .map((s) => JSON.stringify(s))
          .join("\n")
          .concat("\n"),
      );
      const perTask = countPerTask(
        scored,
        (s) => s.task,
        (s) => s.passed,
      );
      const minN = Math.min(...[...perTask.values()].map((t) => t.n));
      const rows = [1, 10, 100]
        .filter((k) => k <= minN)
        .map((k) => [
          `pass@${k}`,
          formatInterval(bootstrapMean([...perTask.values()].map((t) => passAtK(t.n, t.c, k)))),
        ]);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(
        renderReport(
          [
            {
              title: `${samples.length} samples on ${perTask.size} tasks of ${suite.spec.name}, scored in ${seconds} s`,
              headers: ["metric", "value"],
              rows,
            },
          ],
          "terminal",
        ),
      );
      process.stderr.write(`pyarena: verdicts written to ${out}\n`);
    });
}
