import { resolve } from "node:path";
import type { Command } from "commander";
import pc from "picocolors";
import { PyarenaError } from "../core/pyarena-error.js";
import { type ImportSummary, importSuite } from "../runner/import-suite.js";
import { DATASET_FORMATS, isDatasetFormat } from "../suites/importers/parse-dataset.js";
import { interruptSignal, openPool } from "./global-options.js";

interface ImportFlags {
  out: string;
  limit?: string;
  id?: string[];
  force?: boolean;
}

/** `pyarena suite import <format> <file> --out <dir>`: a native suite from a public dataset file. */
export function registerSuiteImport(suite: Command): void {
  suite
    .command("import")
    .argument("<format>", `dataset format: ${DATASET_FORMATS.join(", ")}`)
    .argument("<file>", "the dataset file (.jsonl or .json, optionally gzipped)")
    .requiredOption("--out <dir>", "folder to write the suite to")
    .option("--limit <n>", "import only the first N tasks of the file")
    .option("--id <id...>", "import only these source ids (e.g. HumanEval/32)")
    .option("--force", "replace the suite already in --out")
    .description("write a native suite from HumanEval, MBPP, EvalPlus, HumanEvalPack or CRUXEval files")
    .action(async (format: string, file: string, flags: ImportFlags, command: Command) => {
      if (!isDatasetFormat(format)) {
        throw new PyarenaError("USAGE", `unknown format "${format}"; one of: ${DATASET_FORMATS.join(", ")}`);
      }
      const limit = flags.limit === undefined ? undefined : Number(flags.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        throw new PyarenaError("USAGE", "--limit takes a positive whole number");
      }
      await using pool = await openPool(command);
      const summary = await importSuite(pool, {
        format,
        file: resolve(file),
        outDir: resolve(flags.out),
        ...(limit === undefined ? {} : { limit }),
        ...(flags.id === undefined ? {} : { ids: flags.id }),
        overwrite: flags.force ?? false,
        signal: interruptSignal(),
        onTask: (_task, done, total) => {
          if (process.stderr.isTTY) process.stderr.write(`\r  importing ${done}/${total}`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
      process.stdout.write(renderSummary(summary));
    });
}

function renderSummary(s: ImportSummary): string {
  const lines = [
    pc.green(
      `${s.suite}: ${s.tasks} tasks written to ${s.outDir} in ${(s.wallMs / 1000).toFixed(1)} s (${s.cases} cases)`,
    ),
  ];
  if (s.converted > 0) lines.push(`  asserts converted to data cases: ${s.converted}`);
  if (s.differential > 0)
    lines.push(`  expected values computed by running the reference: ${s.differential}`);
  if (s.expression > 0) lines.push(`  one-expression answers: ${s.expression}`);
  if (s.legacy > 0) {
    lines.push(
      pc.yellow(`  legacy tests (the dataset's own check, verdict decided inside the sandbox): ${s.legacy}`),
    );
    const groups = [...s.legacyReasons].sort((a, b) => b[1].length - a[1].length);
    for (const [reason, ids] of groups) {
      const shown = ids.length > 8 ? `${ids.slice(0, 8).join(", ")}, ...` : ids.join(", ");
      lines.push(`    ${ids.length} × ${reason}: ${shown}`);
    }
  }
  if (s.warnings.length > 0) {
    lines.push(pc.yellow(`  warnings: ${s.warnings.length}`));
    for (const warning of s.warnings.slice(0, 20)) lines.push(`    ${warning}`);
    if (s.warnings.length > 20) lines.push(`    ... and ${s.warnings.length - 20} more`);
  }
  return `${lines.join("\n")}\n`;
}
