import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { packagePath } from "../core/package-path.js";
import { PyarenaError } from "../core/pyarena-error.js";

const run = promisify(execFile);
let built: Promise<string> | undefined;

function cacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache");
  return join(base, "pyarena", "bin");
}

/**
 * The trusted launcher (native/pyarena-jail.c) compiled once per source version with the
 * system C compiler. A binary, not a script: it is started for every sample.
 */
export function jailBinary(): Promise<string> {
  built ??= compile();
  return built;
}

async function compile(): Promise<string> {
  const source = packagePath("native", "pyarena-jail.c");
  const hash = createHash("sha256").update(readFileSync(source)).digest("hex").slice(0, 12);
  const dir = cacheDir();
  const target = join(dir, `pyarena-jail-${hash}`);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  const compilers = [process.env.CC, "cc", "gcc", "clang"].filter((c): c is string => Boolean(c));
  const failures: string[] = [];
  for (const compiler of compilers) {
    try {
      await run(compiler, ["-O2", "-o", temporary, source], { timeout: 60_000 });
      chmodSync(temporary, 0o755);
      renameSync(temporary, target);
      return target;
    } catch (error) {
      failures.push(`${compiler}: ${(error as Error).message.split("\n")[0]}`);
    }
  }
  throw new PyarenaError(
    "SANDBOX_SETUP",
    "cannot compile pyarena's sandbox launcher (native/pyarena-jail.c)",
    {
      details: [...failures, "Install a C compiler (on Debian: apt-get install gcc)."],
    },
  );
}
