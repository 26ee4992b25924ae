import { execFile } from "node:child_process";
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import { dirname, sep } from "node:path";
import { promisify } from "node:util";
import { PyarenaError } from "../core/pyarena-error.js";

const run = promisify(execFile);

export interface PythonInterpreter {
  /** The real binary, never a pyenv shim: a shim is a shell script that costs milliseconds per launch. */
  readonly executable: string;
  /** The installation prefix to mount read-only inside the sandbox. */
  readonly prefix: string;
  readonly version: string;
  readonly major: number;
  readonly minor: number;
}

const cache = new Map<string, Promise<PythonInterpreter>>();

/**
 * Resolve the interpreter once per process. `requested` is a command or path (PYARENA_PYTHON or
 * --python); by default `python3` on PATH, which we ask for its own `sys.executable`.
 */
export function resolvePython(requested = "python3"): Promise<PythonInterpreter> {
  let found = cache.get(requested);
  if (found === undefined) {
    found = probe(requested);
    cache.set(requested, found);
  }
  return found;
}

async function probe(requested: string): Promise<PythonInterpreter> {
  const script =
    "import sys,json;print(json.dumps([sys.executable, sys.base_prefix, list(sys.version_info[:3])]))";
  let stdout: string;
  try {
    ({ stdout } = await run(requested, ["-c", script], { timeout: 20_000 }));
  } catch (error) {
    throw new PyarenaError("INTERPRETER_NOT_FOUND", `cannot run the Python interpreter "${requested}"`, {
      cause: error,
      details: ["Install python3 (3.10 or later) or name one with --python or PYARENA_PYTHON."],
    });
  }
  const [executable, prefix, version] = JSON.parse(stdout) as [string, string, [number, number, number]];
  const [major, minor, patch] = version;
  if (major !== 3 || minor < 10) {
    throw new PyarenaError(
      "INTERPRETER_NOT_FOUND",
      `Python ${major}.${minor} is too old; pyarena needs 3.10 or later`,
    );
  }
  return {
    executable: realpathSync(executable),
    prefix: realpathSync(prefix),
    version: `${major}.${minor}.${patch}`,
    major,
    minor,
  };
}

/** Whether a user other than the owner can reach the path (every ancestor searchable, file readable). */
export function reachableByOthers(path: string): boolean {
  let current = path;
  for (;;) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0 && current !== path) return false;
    const parent = dirname(current);
    if (parent === current || current === sep) return true;
    current = parent;
  }
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch (error) {
    if (
      (error as NodeJS.ErrnoException).code === "ENOENT" ||
      (error as NodeJS.ErrnoException).code === "EACCES"
    )
      return false;
    throw error;
  }
}
