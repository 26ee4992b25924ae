import { resolve } from "node:path";
import type { Command } from "commander";
import { checkSuite } from "../runner/check-suite.js";
import { suiteStats } from "../runner/suite-stats.js";
import { loadSuite } from "../suites/load-suite.js";
import { interruptSignal, openPool } from "./global-options.js";
import { table } from "./table.js";

function countTable(title: string, counts: Readonly<Record<string, number>>): string {
  const t = table([title, "tasks"]);
  for (const [key, n] of Object.entries(counts)) t.push([key, String(n)]);
  return t.toString();
}

/** `pyarena suite stats`: coverage and strength of a suite; cases and mutants need one sandboxed pass. */
export function registerSuiteStats(suite: Command): void {
  suite
    .command("stats")
    .argument("<suite>", "suite folder (with suite.yaml)")
    .option("--json", "print JSON")
    .description("counts per tier, kind and topic, cases per task, and the mutation score")
    .action(async (dir: string, options: { json?: boolean }, command: Command) => {
      const loaded = loadSuite(resolve(dir));
      await using pool = await openPool(command);
      const checks = await checkSuite(pool, loaded, { runs: 1, signal: interruptSignal() });
      const stats = suiteStats(loaded, checks);
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ suite: loaded.spec.name, version: loaded.spec.version, contentHash: loaded.contentHash, ...stats }, null, 2)}\n`,
        );
        return;
      }
      const topics = Object.fromEntries(Object.entries(stats.byTopic).slice(0, 25));
      const others = Object.keys(stats.byTopic).length - Object.keys(topics).length;
      process.stdout.write(
        [
          `${loaded.spec.name} ${loaded.spec.version} (content ${loaded.contentHash.slice(0, 12)}): ${stats.tasks} tasks`,
          countTable("tier", stats.byTier),
          countTable("kind", stats.byKind),
          countTable("python", stats.byPython),
          countTable(`topic (top 25${others > 0 ? `; ${others} more` : ""})`, topics),
          `cases: ${stats.cases.total} in all; per task min ${stats.cases.min}, median ${stats.cases.median}, max ${stats.cases.max}`,
          `case tags: ${
            Object.entries(stats.caseTags)
              .map(([k, v]) => `${k} ${v}`)
              .join(", ") || "none"
          }`,
          `mutation score: ${stats.mutantsCaught}/${stats.mutants} mutants caught (${(stats.mutationScore * 100).toFixed(1)}%)`,
          "",
        ].join("\n"),
      );
    });
}
