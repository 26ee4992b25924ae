import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import type { CaseOutcome } from "../core/observation.js";
import { PyarenaError } from "../core/pyarena-error.js";
import type { PerfMeasure, SampleVerdict } from "../core/verdict.js";
import { analyseCandidateQuality } from "../runner/analyse-candidate-quality.js";
import { evaluateCandidate } from "../runner/evaluate-candidate.js";
import { stageOracle } from "../runner/stage-oracle.js";
import { perfRatios } from "../scoring/perf-ratio.js";
import { loadSuite } from "../suites/load-suite.js";
import { interruptSignal, openPool } from "./global-options.js";
import { renderQuality } from "./quality-view.js";
import { table as newTable } from "./table.js";

export function registerExec(program: Command): void {
  program
    .command("exec")
    .description("run one candidate program on one task and show its verdict case by case")
    .requiredOption("--suite <dir>", "suite folder")
    .requiredOption("--task <id>", "task id")
    .requiredOption("--code <file...>", "candidate file (one per turn for multi-turn tasks)")
    .option("--json", "print the verdict as JSON")
    .option("--quality", "also lint, check the docstrings and type hints, and type-check each file (pyright)")
    .action(
      async (
        options: { suite: string; task: string; code: string[]; json?: boolean; quality?: boolean },
        command: Command,
      ) => {
        const suite = loadSuite(resolve(options.suite));
        const task = suite.tasks.find((t) => t.spec.id === options.task);
        if (task === undefined)
          throw new PyarenaError("TASK_NOT_FOUND", `no task ${options.task} in ${suite.spec.name}`);
        if (options.code.length !== task.stages.length) {
          throw new PyarenaError(
            "USAGE",
            `${task.spec.id} has ${task.stages.length} turn(s); give one --code file per turn`,
          );
        }
        await using pool = await openPool(command);
        const signal = interruptSignal();
        const verdicts: SampleVerdict[] = [];
        const sources = options.code.map((file) => readFileSync(file, "utf8"));
        for (const [i, stage] of task.stages.entries()) {
          const oracle = await stageOracle(pool, suite, task, stage, signal);
          verdicts.push(
            await evaluateCandidate(pool, suite, task, stage, oracle, sources[i] as string, signal),
          );
        }
        const quality = options.quality ? await analyseCandidateQuality(pool, sources, signal) : undefined;
        if (options.json)
          process.stdout.write(
            `${JSON.stringify(quality ? verdicts.map((v, i) => ({ ...v, quality: quality[i] })) : verdicts, null, 2)}\n`,
          );
        else {
          for (const [i, v] of verdicts.entries()) {
            process.stdout.write(`${renderVerdict(v, task.stages.length > 1 ? i + 1 : undefined)}\n`);
            const q = quality?.[i];
            if (q !== undefined) process.stdout.write(`${renderQuality(q)}\n`);
          }
        }
        process.exitCode = verdicts.every((v) => v.status === "passed") ? 0 : 1;
      },
    );
}

function show(outcome: CaseOutcome | undefined): string {
  if (outcome === undefined) return "-";
  const text = outcome.kind === "value" ? JSON.stringify(outcome.value) : `raises ${outcome.type}`;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function renderVerdict(verdict: SampleVerdict, turn?: number): string {
  const table = newTable(["case", "tags", "result", "expected", "got"]);
  // Perf cases that never ran because another case failed first.
  const skipped = new Set(
    verdict.perf?.outcome === "skipped"
      ? verdict.cases.filter((c) => c.tags.includes("perf")).map((c) => c.caseId)
      : [],
  );
  for (const c of verdict.cases) {
    table.push([
      c.caseId,
      c.tags.join(","),
      c.passed ? pc.green("pass") : pc.red(skipped.has(c.caseId) ? "skipped" : c.reason),
      show(c.expected),
      show(c.actual),
    ]);
  }
  const flags = [
    verdict.legacy ? pc.yellow("LEGACY (verdict decided inside the sandbox)") : "",
    verdict.unsafe ? pc.bgRed(" UNSAFE ") : "",
  ].filter(Boolean);
  const head = `${turn === undefined ? "" : `turn ${turn}: `}${verdict.status === "passed" ? pc.green("PASSED") : pc.red(verdict.status.toUpperCase())} ${verdict.passedCases}/${verdict.totalCases} cases${verdict.detail ? ` (${verdict.detail})` : ""}, cpu ${verdict.cpuMs.toFixed(0)} ms, peak ${(verdict.peakRssKb / 1024).toFixed(1)} MiB ${flags.join(" ")}`;
  return `${table.toString()}\n${head}${verdict.perf ? `\n${renderPerf(verdict.perf)}` : ""}`;
}

/** The perf job's numbers beside the reference's, with the baseline (loading alone) taken out. */
function renderPerf(perf: PerfMeasure): string {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const outcome =
    perf.outcome === "passed"
      ? pc.green(perf.outcome)
      : perf.outcome === "skipped"
        ? pc.dim(perf.outcome)
        : pc.red(perf.outcome);
  const ratio = perfRatios(perf)?.cpu;
  const measured =
    perf.outcome === "skipped"
      ? ""
      : `, cpu ${ms(perf.cpuMs)}, peak ${(perf.peakRssKb / 1024).toFixed(1)} MiB${ratio === undefined ? "" : `, ${ratio.toFixed(2)}× the reference's work`}`;
  return `perf cases: ${outcome}${measured} (reference ${ms(perf.referenceCpuMs)}, ${(perf.referencePeakRssKb / 1024).toFixed(1)} MiB; baseline ${ms(perf.baselineCpuMs)}, ${(perf.baselinePeakRssKb / 1024).toFixed(1)} MiB)`;
}
