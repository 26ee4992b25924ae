import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { promisify } from "node:util";
import { PyarenaError } from "../core/pyarena-error.js";
import { systemMountArgs } from "./bwrap-args.js";
import { compiledHarnessDir } from "./harness-dir.js";
import { jailBinary } from "./jail-binary.js";
import { type PythonInterpreter, reachableByOthers, resolvePython } from "./python-interpreter.js";

const run = promisify(execFile);

/** Everything a sandboxed execution needs, resolved once: the launcher, bwrap, the interpreter. */
export interface SandboxEnvironment {
  readonly jail: string;
  readonly bwrap: string | undefined;
  readonly python: PythonInterpreter;
  readonly harnessDir: string;
  readonly unsafe: boolean;
  /** Non-root uid per worker slot when pyarena runs as root; undefined otherwise. */
  readonly uidBase: number | undefined;
  readonly slots: number;
}

export interface SandboxOptions {
  /** Run without bubblewrap. Results are marked unsafe everywhere they are shown. */
  readonly unsafe?: boolean;
  readonly python?: string;
  readonly slots?: number;
}

const FALLBACK_PYTHON = "/usr/bin/python3";

/**
 * Probe the machine and refuse loudly when isolation is not available, unless the user asked
 * for unsafe mode explicitly.
 */
export async function openSandboxEnvironment(options: SandboxOptions = {}): Promise<SandboxEnvironment> {
  const jail = await jailBinary();
  const isRoot = process.getuid?.() === 0;
  const uidBase = isRoot ? Number(process.env.PYARENA_SANDBOX_UID_BASE ?? 61000) : undefined;
  const python = await choosePython(options.python ?? process.env.PYARENA_PYTHON, isRoot);
  const bwrap = options.unsafe ? undefined : await probeBwrap(jail, uidBase);
  return {
    jail,
    bwrap,
    python,
    harnessDir: compiledHarnessDir(python),
    unsafe: options.unsafe === true,
    uidBase,
    slots: options.slots ?? availableParallelism(),
  };
}

async function choosePython(requested: string | undefined, isRoot: boolean): Promise<PythonInterpreter> {
  const python = await resolvePython(requested ?? "python3");
  if (!isRoot || reachableByOthers(python.executable)) return python;
  if (requested === undefined && existsSync(FALLBACK_PYTHON)) {
    const fallback = await resolvePython(FALLBACK_PYTHON);
    if (reachableByOthers(fallback.executable)) return fallback;
  }
  throw new PyarenaError("INTERPRETER_NOT_FOUND", `the sandbox user cannot reach ${python.executable}`, {
    details: [
      "pyarena runs as root and switches each sandbox to its own non-root uid, which needs an",
      "interpreter outside private folders such as /root. Name one with --python or PYARENA_PYTHON.",
    ],
  });
}

async function probeBwrap(jail: string, uid: number | undefined): Promise<string> {
  const candidates = process.env.PYARENA_BWRAP
    ? [process.env.PYARENA_BWRAP]
    : ["/usr/bin/bwrap", "/usr/local/bin/bwrap", "/bin/bwrap"];
  const bwrap = candidates.find((p) => existsSync(p));
  const advice = [
    "pyarena runs model code only inside bubblewrap. Install it (Debian/Ubuntu: apt-get install bubblewrap)",
    "and allow unprivileged user namespaces, or pass --unsafe to run without isolation (results are marked unsafe).",
  ];
  if (bwrap === undefined) {
    throw new PyarenaError(
      "SANDBOX_UNAVAILABLE",
      `bubblewrap (bwrap) is not installed (looked for ${candidates.join(", ")})`,
      { details: advice },
    );
  }
  try {
    const asUser = uid === undefined ? [] : ["--uid", String(uid), "--gid", String(uid)];
    const probe = ["--unshare-all", "--unshare-user", "--die-with-parent", ...systemMountArgs()];
    await run(jail, [...asUser, "--", bwrap, ...probe, "--", "/bin/sh", "-c", "exit 0"], {
      timeout: 10_000,
      env: {},
    });
  } catch (error) {
    const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    throw new PyarenaError("SANDBOX_UNAVAILABLE", `bubblewrap cannot create a sandbox here: ${message}`, {
      details: advice,
    });
  }
  return bwrap;
}
