import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExecutionReport, Termination } from "../core/observation.js";
import { PyarenaError } from "../core/pyarena-error.js";
import { bwrapArgs, pythonFlags, SANDBOX_ENV, SANDBOX_HARNESS_DIR, SANDBOX_JOB_DIR } from "./bwrap-args.js";
import type { ExecutionLimits } from "./execution-limits.js";
import { type ControlMessage, ObservationReader } from "./observation-reader.js";
import type { SandboxEnvironment } from "./sandbox-environment.js";

/** One execution: files to place in the read-only job folder, and the harness's job.json. */
export interface SandboxJob {
  readonly files: Readonly<Record<string, string>>;
  readonly job: Readonly<Record<string, unknown>>;
  readonly limits: ExecutionLimits;
}

export interface SandboxResult extends ExecutionReport {
  readonly control: readonly ControlMessage[];
}

interface JailStatus {
  exit: number;
  signal: number;
  userMs: number;
  sysMs: number;
  maxRssKb: number;
  wallMs: number;
  wallKilled: boolean;
  stopped: boolean;
}

const SIGKILL = 9;
const SIGXCPU = 24;

/**
 * Run the harness on one job in a fresh sandbox, on worker slot `slot`. Whatever the code
 * inside does, this resolves with a report; it throws only when the sandbox itself cannot start.
 */
export async function runInSandbox(
  env: SandboxEnvironment,
  slot: number,
  job: SandboxJob,
  signal?: AbortSignal,
  slotDir?: string,
): Promise<SandboxResult> {
  signal?.throwIfAborted();
  // A slot's folder is reused (creating and removing one costs ~1 ms a sample); it holds only
  // this job's files while the job runs, and the slot runs one job at a time.
  const jobDir = slotDir ?? mkdtempSync(join(tmpdir(), "pyarena-job-"));
  const names = [...Object.keys(job.files), "job.json"];
  try {
    chmodSync(jobDir, 0o755);
    for (const [name, content] of Object.entries(job.files)) {
      writeFileSync(join(jobDir, name), content, { mode: 0o644 });
    }
    writeFileSync(join(jobDir, "job.json"), JSON.stringify(job.job), { mode: 0o644 });
    return await launch(env, slot, job.limits, jobDir, signal);
  } finally {
    if (slotDir === undefined) rmSync(jobDir, { recursive: true, force: true });
    else for (const name of names) rmSync(join(jobDir, name), { force: true });
  }
}

function launch(
  env: SandboxEnvironment,
  slot: number,
  limits: ExecutionLimits,
  jobDir: string,
  signal: AbortSignal | undefined,
): Promise<SandboxResult> {
  const uid =
    env.uidBase === undefined
      ? []
      : ["--uid", String(env.uidBase + slot), "--gid", String(env.uidBase + slot)];
  const jailArgs = [
    ...uid,
    "--cpu",
    String(Math.ceil(limits.cpuMs / 1000)),
    "--as",
    String(limits.memoryBytes),
    "--nproc",
    String(limits.processes),
    "--fsize",
    String(limits.fileSizeBytes),
    "--nofile",
    String(limits.openFiles),
    "--wall-ms",
    String(limits.wallMs),
    "--status-fd",
    "4",
    "--",
  ];
  const python = [env.python.executable, ...pythonFlags(env.python)];
  const command =
    env.bwrap === undefined
      ? [...python, join(env.harnessDir, "harness.py"), jobDir]
      : [
          env.bwrap,
          ...bwrapArgs({
            python: env.python,
            harnessDir: env.harnessDir,
            jobDir,
            tmpfsBytes: limits.tmpfsBytes,
          }),
          "--",
          ...python,
          `${SANDBOX_HARNESS_DIR}/harness.py`,
          SANDBOX_JOB_DIR,
        ];
  const child = spawn(env.jail, [...jailArgs, ...command], {
    stdio: ["ignore", "pipe", "pipe", "pipe", "pipe"],
    env: env.bwrap === undefined ? { ...SANDBOX_ENV } : {},
    cwd: env.bwrap === undefined ? jobDir : "/",
  });

  return new Promise((resolve, reject) => {
    const reader = new ObservationReader();
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outputBytes = 0;
    let observationBytes = 0;
    let statusText = "";
    let reason: Termination | undefined;
    const stop = (why: Termination) => {
      reason ??= why;
      child.kill("SIGTERM");
    };
    const capture = (into: Buffer[]) => (chunk: Buffer) => {
      outputBytes += chunk.length;
      if (outputBytes > limits.outputBytes) return stop("output-limit");
      into.push(chunk);
    };
    child.stdout?.on("data", capture(out));
    child.stderr?.on("data", capture(err));
    const channel = child.stdio[3] as NodeJS.ReadableStream;
    channel.on("data", (chunk: Buffer) => {
      observationBytes += chunk.length;
      if (observationBytes > limits.observationBytes) return stop("observation-limit");
      if (reason !== "observation-limit") reader.push(chunk);
    });
    (child.stdio[4] as NodeJS.ReadableStream).on("data", (chunk: Buffer) => {
      statusText += chunk.toString("utf8");
    });
    const onAbort = () => stop("aborted");
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      signal?.removeEventListener("abort", onAbort);
      reject(
        new PyarenaError("SANDBOX_SETUP", `cannot start the sandbox launcher ${env.jail}`, { cause: error }),
      );
    });
    child.on("close", () => {
      signal?.removeEventListener("abort", onAbort);
      reader.end();
      const stderr = Buffer.concat(err).toString("utf8");
      let status: JailStatus;
      try {
        status = JSON.parse(statusText) as JailStatus;
      } catch {
        reject(
          new PyarenaError("SANDBOX_SETUP", "the sandbox launcher ended without a status", {
            details: [stderr.slice(-2000)],
          }),
        );
        return;
      }
      // The harness announces itself before any untrusted code runs, so silence means the
      // sandbox (launcher, bwrap or interpreter) failed to start: an infrastructure error.
      if (!reader.ready && reason === undefined && !status.wallKilled) {
        reject(
          new PyarenaError("SANDBOX_SETUP", "the sandbox could not start", {
            details: [stderr.slice(-2000)],
          }),
        );
        return;
      }
      const cpuMs = status.userMs + status.sysMs;
      // bubblewrap reports a child killed by signal N as exit status 128 + N.
      if (env.bwrap !== undefined && status.signal === 0 && status.exit > 128 && status.exit < 160) {
        status.signal = status.exit - 128;
        status.exit = -1;
      }
      const termination: Termination =
        reason ??
        (status.wallKilled
          ? "wall-limit"
          : status.signal === SIGXCPU ||
              (status.signal === SIGKILL && cpuMs >= limits.cpuMs - 50) ||
              cpuMs > limits.cpuMs
            ? "cpu-limit"
            : status.signal !== 0
              ? "signalled"
              : "exited");
      const protocolErrors =
        reader.truncated && termination === "exited"
          ? [...reader.protocolErrors, "an unterminated line at the end of the channel"]
          : reader.protocolErrors;
      resolve({
        observations: [...reader.observations.values()],
        protocolErrors,
        conflictingCases: [...reader.conflicts],
        ...(reader.loadError === undefined ? {} : { loadError: reader.loadError }),
        finished: reader.finished,
        termination,
        exitCode: status.exit >= 0 ? status.exit : null,
        signal: status.signal === 0 ? null : status.signal,
        cpuMs,
        peakRssKb: status.maxRssKb,
        wallMs: status.wallMs,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr,
        unsafe: env.bwrap === undefined,
        cpuLimitMs: limits.cpuMs,
        control: reader.control,
      });
    });
  });
}
