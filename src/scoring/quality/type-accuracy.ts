import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PyarenaError } from "../../core/pyarena-error.js";

/** One pyright diagnostic on a candidate. */
export interface TypeDiagnostic {
  readonly line: number;
  /** pyright's rule, e.g. "reportReturnType"; "syntax" for a parse error (which has no rule). */
  readonly rule: string;
  readonly message: string;
}

/** The type-accuracy metric of one sample. */
export interface TypeAccuracy {
  /** Type errors in basic mode: hints that contradict the code, calls that cannot work. */
  readonly errors: number;
  /** Parse errors; the lint metric already counts them, so they are kept apart from `errors`. */
  readonly syntaxErrors: number;
  readonly diagnostics: readonly TypeDiagnostic[];
}

export interface TypeCheckOptions {
  /** pyright worker threads (`--threads`): less wall time for big batches, same CPU. */
  readonly threads?: number;
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
}

/**
 * pyright's configuration: basic mode, Python 3.11, and an empty virtual environment, so results
 * depend on pyright's bundled typeshed only, never on what this machine has installed, and pyright
 * never starts a Python interpreter. Unresolved third-party imports are not errors: a task may
 * require numpy, and the candidate should not pay for it.
 */
const PYRIGHT_CONFIG = {
  include: ["samples"],
  pythonVersion: "3.11",
  pythonPlatform: "Linux",
  typeCheckingMode: "basic",
  venvPath: ".",
  venv: "empty-venv",
  reportMissingImports: "none",
  reportMissingModuleSource: "none",
};

/** Keys in this environment would let pyright look at a Python installation other than ours. */
const HIDDEN_ENV = ["PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "CONDA_PREFIX"];

/**
 * Type errors per candidate, from ONE pyright run over all of them: pyright's start (loading
 * builtins and typeshed) costs about a second, its check tens of milliseconds a file, so callers
 * should pass as many candidates at once as they have. pyright only reads the sources; they are
 * written to a private temporary folder that is never on an import path of pyarena's, one folder
 * per candidate, and removed afterwards.
 */
export async function typeErrors(
  sources: ReadonlyMap<string, string>,
  options: TypeCheckOptions = {},
): Promise<Map<string, TypeAccuracy>> {
  const results = new Map<string, TypeAccuracy>();
  if (sources.size === 0) return results;
  // pyright reports resolved paths, so the folder is named by its real path (macOS: /private/tmp).
  const root = realpathSync(mkdtempSync(join(tmpdir(), "pyarena-pyright-")));
  try {
    mkdirSync(join(root, "empty-venv", "lib", "python3.11", "site-packages"), { recursive: true });
    writeFileSync(join(root, "pyrightconfig.json"), JSON.stringify(PYRIGHT_CONFIG));
    const byPath = new Map<string, string>();
    let index = 0;
    for (const [id, source] of sources) {
      const dir = join(root, "samples", `s${index++}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "candidate.py"), source);
      byPath.set(join(dir, "candidate.py"), id);
      results.set(id, { errors: 0, syntaxErrors: 0, diagnostics: [] });
    }
    const output = await runPyright(root, sources.size, options);
    for (const d of output.generalDiagnostics ?? []) {
      const id = byPath.get(d.file);
      const current = id === undefined ? undefined : results.get(id);
      if (id === undefined || current === undefined || d.severity !== "error") continue;
      const rule = d.rule ?? "syntax";
      results.set(id, {
        errors: current.errors + (rule === "syntax" ? 0 : 1),
        syntaxErrors: current.syntaxErrors + (rule === "syntax" ? 1 : 0),
        diagnostics: [...current.diagnostics, { line: d.range.start.line + 1, rule, message: d.message }],
      });
    }
    return results;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

interface PyrightOutput {
  generalDiagnostics?: Array<{
    file: string;
    severity: string;
    message: string;
    rule?: string;
    range: { start: { line: number } };
  }>;
}

function runPyright(root: string, files: number, options: TypeCheckOptions): Promise<PyrightOutput> {
  const cli = createRequire(import.meta.url).resolve("pyright");
  const args = [cli, "--outputjson", "-p", join(root, "pyrightconfig.json")];
  if (options.threads !== undefined && options.threads > 1) args.push("--threads", String(options.threads));
  const env = { ...process.env };
  for (const key of HIDDEN_ENV) delete env[key];
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      {
        cwd: root,
        env,
        maxBuffer: 256 * 1024 * 1024,
        timeout: options.timeoutMs ?? 60_000 + 2_000 * files,
        ...(options.signal ? { signal: options.signal } : {}),
      },
      (error, stdout, stderr) => {
        // Exit status 1 only says that some file has errors; 2 and above are pyright's failures.
        const status = error === null ? 0 : (error as { code?: unknown }).code;
        if (status !== 0 && status !== 1) {
          reject(
            new PyarenaError("ANALYSER_FAILED", `pyright failed (${String(status ?? error?.message)})`, {
              cause: error,
              details: [stderr.slice(-2000), stdout.slice(-2000)],
            }),
          );
          return;
        }
        try {
          resolve(JSON.parse(stdout) as PyrightOutput);
        } catch (parseError) {
          reject(
            new PyarenaError("ANALYSER_FAILED", "pyright printed something other than its JSON report", {
              cause: parseError,
              details: [stdout.slice(0, 2000)],
            }),
          );
        }
      },
    );
  });
}
