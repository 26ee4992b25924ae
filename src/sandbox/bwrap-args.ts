import { existsSync, lstatSync, readlinkSync } from "node:fs";
import type { PythonInterpreter } from "./python-interpreter.js";

/** Where things appear inside the sandbox. */
export const SANDBOX_HARNESS_DIR = "/pyarena";
export const SANDBOX_JOB_DIR = "/job";

export interface JailMounts {
  readonly python: PythonInterpreter;
  readonly harnessDir: string;
  readonly jobDir: string;
  readonly tmpfsBytes: number;
}

const DEVICES = ["/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom"];

/** System folders the interpreter needs. On merged-/usr systems /bin and /lib are symlinks. */
const SYSTEM_DIRS = ["/usr", "/bin", "/lib", "/lib32", "/lib64", "/sbin"];

/**
 * bubblewrap arguments: every namespace unshared, nothing of the host visible but system
 * folders, the interpreter, the harness and the job, all read-only; a private size-capped /tmp.
 * Suites, references and expected values are never mounted.
 */
export function bwrapArgs(mounts: JailMounts): string[] {
  const args = [
    "--unshare-all",
    "--unshare-user",
    "--die-with-parent",
    "--new-session",
    "--cap-drop",
    "ALL",
    "--disable-userns",
    "--clearenv",
    "--hostname",
    "sandbox",
  ];
  args.push(...systemMountArgs());
  if (!mounts.python.prefix.startsWith("/usr/") && mounts.python.prefix !== "/usr") {
    args.push("--ro-bind", mounts.python.prefix, mounts.python.prefix);
  }
  args.push("--ro-bind", mounts.harnessDir, SANDBOX_HARNESS_DIR, "--ro-bind", mounts.jobDir, SANDBOX_JOB_DIR);
  args.push(
    "--proc",
    "/proc",
    // A minimal /dev: bwrap's full --dev tree costs ~3 ms a start (it is many mounts).
    ...DEVICES.flatMap((device) => ["--dev-bind", device, device]),
    "--size",
    String(mounts.tmpfsBytes),
    "--tmpfs",
    "/tmp",
    "--remount-ro",
    "/",
    "--chdir",
    "/tmp",
  );
  for (const [key, value] of Object.entries(SANDBOX_ENV)) args.push("--setenv", key, value);
  return args;
}

/** Read-only system folders (and the loader cache) that any dynamically linked program needs. */
export function systemMountArgs(): string[] {
  const args: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    if (!existsSync(dir)) continue;
    const stat = lstatSync(dir);
    if (stat.isSymbolicLink()) args.push("--symlink", readlinkSync(dir), dir);
    else args.push("--ro-bind", dir, dir);
  }
  if (existsSync("/etc/ld.so.cache")) args.push("--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache");
  return args;
}

/** The whole environment of sandboxed code: built from nothing, so no key or token can leak in. */
export const SANDBOX_ENV: Readonly<Record<string, string>> = {
  PYTHONHASHSEED: "0",
  PYTHONDONTWRITEBYTECODE: "1",
  PYTHONUTF8: "1",
  TZ: "UTC",
  LANG: "C.UTF-8",
  HOME: "/tmp",
  PATH: "/usr/local/bin:/usr/bin:/bin",
};

/**
 * `-I` would also imply `-E`, which discards PYTHONHASHSEED; the environment is built from
 * nothing anyway. `-S` skips site (3-4 ms a start); the harness runs site.main() itself for
 * tasks that require third-party packages.
 */
export function pythonFlags(python: PythonInterpreter): string[] {
  return python.minor >= 11 ? ["-S", "-s", "-P", "-B"] : ["-S", "-s", "-B"];
}
