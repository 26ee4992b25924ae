import { expect } from "vitest";
import type { CaseOutcome } from "../core/observation.js";
import type { SampleStatus, SampleVerdict } from "../core/verdict.js";
import type { ExecutionLimits } from "../sandbox/execution-limits.js";
import type { SandboxResult } from "../sandbox/run-in-sandbox.js";

/*
 * The per-fixture checks of src/runner/hostile-samples.test.ts: what each hostile sample must show
 * beyond its status (the attack ran, and it got nowhere).
 */

export interface Fixture {
  readonly name: string;
  readonly source: string;
  readonly expected: SampleStatus;
  readonly task: string;
}

export interface Run {
  readonly fixture: Fixture;
  readonly verdict: SampleVerdict;
  readonly raw: SandboxResult;
  readonly limits: ExecutionLimits;
}

function values(raw: SandboxResult): unknown[] {
  return raw.observations.map((o) => (o.outcome.kind === "value" ? o.outcome.value : undefined));
}

function raisedTypes(raw: SandboxResult): string[] {
  return raw.observations.flatMap((o) => (o.outcome.kind === "raised" ? [o.outcome.type] : []));
}

function firstValue(raw: SandboxResult): unknown {
  const outcome: CaseOutcome | undefined = raw.observations[0]?.outcome;
  return outcome?.kind === "value" ? outcome.value : undefined;
}

/** The variables that hold the fake secrets in the parent's environment. */
export const SECRET_VARIABLES = [
  "OPENAI_API_KEY",
  "ANTHROPIC_API_KEY",
  "GITHUB_TOKEN",
  "AWS_SECRET_ACCESS_KEY",
  "HF_TOKEN",
];

const ENOENT = 2;
const EPERM = 1;
const EROFS = 30;
const EFBIG = 27;

/** What each fixture must show beyond its status: the attack ran, and it got nowhere. */
export const CHECKS: Record<string, (run: Run) => void> = {
  "infinite-loop": ({ raw }) => expect(raw.termination).toBe("cpu-limit"),
  "sleep-forever": ({ raw }) => expect(raw.termination).toBe("wall-limit"),
  "c-level-pow": ({ raw }) => expect(raw.termination).toBe("cpu-limit"),
  "regex-backtrack": ({ raw }) => expect(raw.termination).toBe("cpu-limit"),
  "ignore-signals": ({ raw }) => {
    expect(raw.termination).toBe("cpu-limit");
    expect(raw.signal).toBe(9);
  },
  "fork-bomb": ({ raw }) => expect(raw.termination).toBe("wall-limit"),
  "thread-bomb": ({ raw }) => {
    expect(raw.observations).toHaveLength(8);
    expect(new Set(raisedTypes(raw))).toEqual(new Set(["RuntimeError"]));
  },
  "memory-bomb": ({ raw }) => expect(new Set(raisedTypes(raw))).toEqual(new Set(["MemoryError"])),
  "disk-fill": ({ raw, limits }) => {
    const written = new Map(
      (firstValue(raw) as [string, number, number][]).map(([dir, bytes, errno]) => [dir, { bytes, errno }]),
    );
    expect(written.get("/tmp")?.bytes).toBeLessThanOrEqual(limits.tmpfsBytes);
    expect(written.get("/tmp")?.bytes).toBeGreaterThan(limits.tmpfsBytes / 2);
    expect(written.get("/dev/shm")).toEqual({ bytes: 0, errno: ENOENT });
    for (const dir of ["/dev", "/job", "/pyarena", "/"])
      expect(written.get(dir)).toEqual({ bytes: 0, errno: EROFS });
  },
  "disk-huge-file": ({ raw, limits }) => {
    const [bytes, errno] = firstValue(raw) as [number, number];
    expect(errno).toBe(EFBIG);
    expect(bytes).toBeLessThanOrEqual(limits.fileSizeBytes);
  },
  "disk-huge-file-sigxfsz": ({ raw }) => expect(raw.signal).toBe(25),
  "stdout-flood": ({ raw, limits }) => {
    expect(raw.termination).toBe("output-limit");
    expect(raw.stdout.length + raw.stderr.length).toBeLessThanOrEqual(limits.outputBytes);
  },
  "stderr-flood": ({ raw }) => expect(raw.termination).toBe("output-limit"),
  "huge-line-no-newline": ({ raw, limits }) => {
    expect(raw.termination).toBe("output-limit");
    expect(raw.stdout.length).toBeLessThanOrEqual(limits.outputBytes);
  },
  "invalid-utf8-output": ({ raw }) => {
    expect(raw.termination).toBe("exited");
    expect(raw.stdout).toContain("\uFFFD");
  },
  "fd3-garbage": ({ raw }) => expect(raw.protocolErrors.length).toBeGreaterThan(0),
  "fd3-huge-line": ({ raw, limits }) => {
    expect(raw.termination).toBe("observation-limit");
    expect(raw.wallMs).toBeLessThan(limits.wallMs);
  },
  "daemon-grandchild": ({ raw }) => {
    expect(raw.termination).toBe("exited");
    expect(raw.wallMs).toBeLessThan(2500);
  },
  "os-exit-at-import": ({ raw }) => {
    expect(raw.exitCode).toBe(0);
    expect(raw.observations).toHaveLength(0);
  },
  "sys-exit-at-import": ({ raw }) => expect(raw.loadError?.type).toBe("SystemExit"),
  "os-exit-in-function": ({ raw }) => {
    expect(raw.exitCode).toBe(0);
    expect(raw.observations).toHaveLength(0);
  },
  "sys-exit-in-function": ({ raw }) => expect(new Set(raisedTypes(raw))).toEqual(new Set(["SystemExit"])),
  "atexit-exit-zero": ({ raw }) => expect(raw.protocolErrors).toEqual([]),
  "shutdown-finalizers": ({ raw }) => expect(raw.protocolErrors).toEqual([]),
  abort: ({ raw }) => expect(raw.signal).toBe(6),
  "pthread-kill-segv": ({ raw }) => expect(raw.signal).toBe(11),
  "fake-lines-stdout": ({ raw, verdict }) => {
    expect(raw.stdout).toContain('{"done":true}');
    expect(verdict.passedCases).toBe(1);
  },
  "forged-fd3-then-exit": ({ raw, verdict }) => {
    expect(raw.observations).toHaveLength(8);
    expect(raw.conflictingCases).toEqual([]);
    expect(verdict.passedCases).toBe(4);
  },
  "forged-fd3-conflict": ({ raw }) => expect(raw.conflictingCases.length).toBe(8),
  "fd3-verdict-claims": ({ raw }) => expect(raw.protocolErrors.length).toBeGreaterThanOrEqual(7),
  "always-equal": ({ raw }) => expect(JSON.stringify(values(raw))).toContain("$opaque"),
  "lying-subclasses": ({ raw, verdict }) => {
    expect(JSON.stringify(values(raw))).toContain("$opaque");
    expect(verdict.passedCases).toBe(0);
  },
  "frame-walk-rewrite-cases": ({ verdict }) => expect(verdict.passedCases).toBe(1),
  "frame-walk-swap-emit": ({ verdict }) => expect(verdict.passedCases).toBe(1),
  "gc-truncate-cases": ({ raw }) => expect(raw.observations).toHaveLength(1),
  "patch-json": ({ verdict }) => expect(verdict.passedCases).toBe(1),
  "patch-builtins": ({ verdict }) => expect(verdict.passedCases).toBe(3),
  "patch-os-write": ({ verdict }) => expect(verdict.passedCases).toBe(1),
  "patch-codec": ({ verdict }) => expect(verdict.passedCases).toBe(2),
  "read-reference": ({ raw }) => {
    expect(raw.stdout).toContain("== /job/job.json");
    for (const leak of [
      "merged[-1] = (merged[-1][0]",
      '"expected"',
      "PYARENA-CANARY",
      "def merge_intervals(intervals: list",
    ]) {
      expect(raw.stdout).not.toContain(leak);
    }
  },
  "read-secrets": ({ raw, verdict }) => {
    expect(raw.stdout).toContain("PYTHONHASHSEED");
    for (const variable of SECRET_VARIABLES) expect(raw.stdout).not.toContain(variable);
    expect(verdict.cases[0]?.actual).toEqual({ kind: "value", value: [{ $tuple: [0, 0] }] });
  },
  "privileged-syscalls": ({ raw }) => {
    const results = firstValue(raw) as [string, number, number][];
    expect(results.length).toBeGreaterThanOrEqual(12);
    for (const [call, rc] of results) expect({ call, rc }).toEqual({ call, rc: -1 });
  },
  "kill-own-group": ({ raw }) => expect(raw.signal).toBe(9),
  killpg: ({ raw }) => {
    expect(raw.termination).toBe("exited");
    expect(new Set(raisedTypes(raw))).toEqual(new Set(["ProcessLookupError"]));
  },
  "kill-others": ({ raw }) => {
    expect(raw.termination).toBe("exited");
    expect(raw.observations).toHaveLength(8);
  },
  "shadow-stdlib": ({ raw }) => {
    expect(raw.stdout).toContain("/tmp/json.py");
    expect(raw.protocolErrors).toEqual([]);
  },
  "input-no-stdin": ({ raw }) => expect(raw.loadError?.type).toBe("EOFError"),
  "dev-mem": ({ raw }) => {
    const results = firstValue(raw) as [string, number | string][];
    expect(results).toHaveLength(7);
    for (const [path, result] of results) expect({ path, result }).not.toEqual({ path, result: "opened" });
  },
  "cpu-farm-autoreap": ({ raw, limits }) => {
    expect(raw.stdout).toContain("children hidden from rusage: False");
    // All the children's CPU time is counted (before the seccomp filter: ~30 ms, and "passed").
    expect(raw.cpuMs).toBeGreaterThan(limits.cpuMs);
    expect(["cpu-limit", "wall-limit"]).toContain(raw.termination);
  },
  "cpu-farm-orphans": ({ raw, limits }) => {
    // All the children's CPU time is counted (before the seccomp filter: ~30 ms, and "passed").
    expect(raw.cpuMs).toBeGreaterThan(limits.cpuMs);
    expect(["cpu-limit", "wall-limit"]).toContain(raw.termination);
  },
  "sysv-shm": ({ raw }) => {
    expect(firstValue(raw)).toEqual([
      ["shm", 0, EPERM],
      ["memfd", 0, EFBIG],
    ]);
  },
  "ctypes-memory": ({ raw, verdict }) => {
    // The retyped list is encoded as a genuine list: its real (corrupted) contents, never $opaque.
    expect(JSON.stringify(values(raw))).not.toContain("$opaque");
    // The answer is the input itself: [(1, 3), (3, 5)], with the cached 5 now reading as 6.
    expect(verdict.cases.find((c) => c.caseId === "touching")?.actual).toEqual({
      kind: "value",
      value: [{ $tuple: [1, 3] }, { $tuple: [3, 6] }],
    });
  },
  "ptrace-init": ({ raw }) => {
    const report = firstValue(raw) as [string, ...number[]][];
    const byName = new Map(report.map(([name, ...rest]) => [name, rest]));
    // PID 1 is bubblewrap's init inside the sandbox: same uid, no capabilities, empty environment.
    expect(byName.get("/proc/1/environ")).toEqual([0]);
    expect(byName.get("/proc/1/cmdline")?.[0]).toBeGreaterThan(0);
  },
  network: ({ raw }) => {
    const [interfaces, ...attempts] = firstValue(raw) as [string, ...unknown[]][];
    expect(interfaces).toEqual(["interfaces", ["lo"]]);
    for (const attempt of attempts) {
      if (attempt[0] !== "netlink") expect(attempt[1]).toBe("error");
    }
  },
  "course-schedule-lying-list": ({ verdict }) => {
    expect(verdict.cases.filter((c) => c.reason === "validator-error").length).toBe(5);
  },
  "forge-jail-status": ({ raw }) => {
    expect(raw.stdout).toContain("writable descriptors: [3]");
    expect(raw.protocolErrors.length).toBeGreaterThan(0);
  },
  "fd3-hijack": ({ raw }) => expect(raw.observations).toHaveLength(0),
};
