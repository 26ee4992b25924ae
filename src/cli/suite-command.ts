import { resolve } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { checkSuite, type StageCheck } from "../runner/check-suite.js";
import { loadSuite } from "../suites/load-suite.js";
import { interruptSignal, openPool } from "./global-options.js";
import { registerSuiteImport } from "./suite-import-command.js";
import { registerSuiteStats } from "./suite-stats-command.js";
import { table as newTable } from "./table.js";

export function registerSuite(program: Command): void {
  const suite = program.command("suite").description("check, import and inspect benchmark suites");
  suite
    .command("check")
    .argument("<suite>", "suite folder (with suite.yaml)")
    .option("--runs <n>", "reference runs that must agree", "3")
    .option("--task <id...>", "check only these tasks")
    .description("prove a suite sound: every reference passes, every mutant fails, repeated runs agree")
    .action(async (dir: string, options: { runs: string; task?: string[] }, command: Command) => {
      const loaded = loadSuite(resolve(dir));
      const tasks = options.task
        ? loaded.tasks.filter((t) => options.task?.includes(t.spec.id))
        : loaded.tasks;
      await using pool = await openPool(command);
      const started = performance.now();
      let done = 0;
      const total = tasks.reduce((n, t) => n + t.stages.length, 0);
      const checks = await checkSuite(
        pool,
        { ...loaded, tasks },
        {
          runs: Number(options.runs),
          signal: interruptSignal(),
          onStage: () => {
            done++;
            if (process.stderr.isTTY) process.stderr.write(`\r  checking ${done}/${total}`);
          },
        },
      );
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      process.stdout.write(`${checkTable(checks, pool.unsafe)}\n`);
      const failed = checks.filter((c) => c.problems.length > 0);
      for (const check of failed) {
        for (const problem of check.problems)
          process.stdout.write(`${pc.red("✗")} ${check.taskId}#${check.stageId}: ${problem}\n`);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const summary = `${loaded.spec.name} ${loaded.spec.version}: ${checks.length - failed.length}/${checks.length} stages sound in ${seconds} s (content ${loaded.contentHash.slice(0, 12)})`;
      process.stdout.write(`${failed.length === 0 ? pc.green(summary) : pc.red(summary)}\n`);
      process.exitCode = failed.length === 0 ? 0 : 1;
    });
  registerSuiteImport(suite);
  registerSuiteStats(suite);
}

function checkTable(checks: readonly StageCheck[], unsafe: boolean): string {
  const table = newTable([
    "task",
    "tier",
    "kind",
    "cases",
    "reference",
    "mutants caught",
    "deterministic",
    "ref cpu",
  ]);
  for (const c of checks) {
    table.push([
      `${c.taskId}${c.stageId === "1" && c.kind !== "multi-turn" ? "" : `#${c.stageId}`}${c.legacy ? pc.yellow(" [legacy]") : ""}`,
      c.tier,
      c.kind,
      String(c.cases),
      c.referencePassed ? pc.green("pass") : pc.red("FAIL"),
      c.mutants === 0 ? "-" : `${c.mutantsCaught}/${c.mutants}`,
      c.deterministic ? "yes" : pc.red("NO"),
      `${c.referenceCpuMs.toFixed(0)} ms`,
    ]);
  }
  return (unsafe ? `${pc.bgRed(" UNSAFE: run without isolation ")}\n` : "") + table.toString();
}
