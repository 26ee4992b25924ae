import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { packagePath } from "../core/package-path.js";
import type { PythonInterpreter } from "./python-interpreter.js";

let staged: string | undefined;
const compiled = new Set<string>();

/**
 * The staged harness with bytecode for `python`: the sandbox runs with -B and a read-only
 * /pyarena, so without this every start would compile the harness from source (~2 ms).
 */
export function compiledHarnessDir(python: PythonInterpreter): string {
  const dir = harnessDir();
  const key = `${dir}\0${python.executable}`;
  if (!compiled.has(key)) {
    execFileSync(python.executable, ["-S", "-s", "-m", "compileall", "-q", dir], {
      stdio: ["ignore", "ignore", "inherit"],
      timeout: 60_000,
    });
    const cache = join(dir, "__pycache__");
    chmodSync(cache, 0o755);
    for (const file of readdirSync(cache)) chmodSync(join(cache, file), 0o644);
    compiled.add(key);
  }
  return dir;
}

/**
 * A world-readable copy of python/ (the harness), so that the per-slot uid can read it even
 * when pyarena itself is installed somewhere private such as /root.
 */
export function harnessDir(): string {
  if (staged !== undefined) return staged;
  const source = packagePath("python");
  const files = readdirSync(source)
    .filter((f) => f.endsWith(".py"))
    .sort();
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(source, file)));
  const target = join(tmpdir(), `pyarena-harness-${hash.digest("hex").slice(0, 12)}`);
  if (!existsSync(target)) {
    const temporary = `${target}.${process.pid}`;
    mkdirSync(temporary, { recursive: true, mode: 0o755 });
    for (const file of files) {
      copyFileSync(join(source, file), join(temporary, file));
      chmodSync(join(temporary, file), 0o644);
    }
    chmodSync(temporary, 0o755);
    try {
      renameSync(temporary, target);
    } catch (error) {
      if (!existsSync(target)) throw error; // another process staged it first
    }
  }
  staged = target;
  return target;
}
