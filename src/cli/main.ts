import { Command } from "commander";
import { isPyarenaError } from "../core/pyarena-error.js";
import { registerExec } from "./exec-command.js";
import { registerExport } from "./export-command.js";
import { registerModels } from "./models-command.js";
import { registerReport } from "./report-command.js";
import { registerRun } from "./run-command.js";
import { registerScore } from "./score-command.js";
import { registerSuite } from "./suite-command.js";
import { VERSION } from "./version.js";

/** Every command and option; the README documents exactly these (checked by a test). */
export function buildProgram(): Command {
  const program = new Command()
    .name("pyarena")
    .description("Benchmark AI coding assistants on Python, in a sandbox whose verdicts cannot be forged")
    .version(VERSION)
    .option("--unsafe", "run without bubblewrap isolation (results are marked UNSAFE)")
    .option("--python <path>", "Python interpreter for sandboxed code (default: PYARENA_PYTHON or python3)")
    .option("--db <file>", "results database (default: PYARENA_DB or ./.pyarena/pyarena.db)")
    .showHelpAfterError()
    .exitOverride();
  registerRun(program);
  registerReport(program);
  registerScore(program);
  registerExport(program);
  registerModels(program);
  registerSuite(program);
  registerExec(program);
  return program;
}

/** The one place that reads argv and sets exit codes: 2 for invalid input, 1 for failed checks. */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (
      typeof error === "object" &&
      error !== null &&
      "exitCode" in error &&
      "code" in error &&
      String(error.code).startsWith("commander.")
    ) {
      const code = (error as { exitCode: number }).exitCode;
      return code === 0 ? 0 : 2;
    }
    if (isPyarenaError(error)) {
      process.stderr.write(`pyarena: ${error.message}\n`);
      for (const line of error.details) process.stderr.write(`  ${line}\n`);
      return error.code === "SUITE_INVALID" ||
        error.code === "USAGE" ||
        error.code === "SUITE_NOT_FOUND" ||
        error.code === "TASK_NOT_FOUND" ||
        error.code === "MODEL_SPEC_INVALID" ||
        error.code === "RUN_NOT_FOUND"
        ? 2
        : 1;
    }
    throw error;
  }
}

const isEntry = process.argv[1] !== undefined && /cli[/\\]main\.(ts|js)$/.test(process.argv[1]);
if (isEntry || process.argv[1]?.endsWith("pyarena.js") || process.argv[1]?.endsWith("/pyarena")) {
  // `pyarena runs | head -1` closes the pipe early: that is the reader's choice, not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit(0);
  });
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `pyarena: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
