import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { PyarenaError } from "../core/pyarena-error.js";
import { getManifest, listRuns } from "../store/run-table.js";
import { readSamples } from "../store/sample-table.js";
import { loadSuite } from "../suites/load-suite.js";
import { openStore } from "./store-option.js";

export function registerExport(program: Command): void {
  const exporter = program.command("export").description("export results in other tools' formats");
  exporter
    .command("samples")
    .description(
      "a run's samples as EvalPlus / human-eval JSONL (task_id, solution), ready for `pyarena score` or evalplus",
    )
    .option("--run <id>", "the run (default: the latest)")
    .option("--model <spec>", "only this model")
    .option("--out <file>", "output file (default: stdout)")
    .action((options: { run?: string; model?: string; out?: string }, command: Command) => {
      using store = openStore(command);
      const runId = options.run ?? listRuns(store)[0]?.id;
      if (runId === undefined) throw new PyarenaError("RUN_NOT_FOUND", `no runs in ${store.path}`);
      const manifest = getManifest(store, runId);
      const suite = loadSuite(manifest.suite.dir);
      const sourceIds = new Map(suite.tasks.map((t) => [t.spec.id, t.spec.source?.id ?? t.spec.id]));
      const lines = readSamples(store, runId)
        .filter((s) => options.model === undefined || s.model === options.model)
        .map((s) =>
          JSON.stringify({
            task_id: sourceIds.get(s.taskId) ?? s.taskId,
            solution: s.stages.at(-1)?.code ?? "",
            model: s.model,
            sample_index: s.sampleIndex,
            pyarena_status: s.status,
          }),
        );
      const text = lines.join("\n").concat(lines.length > 0 ? "\n" : "");
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
    });
}
