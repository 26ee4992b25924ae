import { randomBytes } from "node:crypto";
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { homedir, networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import type { SampleStatus, SampleVerdict } from "../core/verdict.js";
import { type ExecutionLimits, executionLimits } from "../sandbox/execution-limits.js";
import type { SandboxResult } from "../sandbox/run-in-sandbox.js";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import type { LoadedSuite, LoadedTask } from "../suites/loaded-task.js";
import { EXAMPLES_DIR, examples, exampleTask } from "../test-support/examples.js";
import { CHECKS, type Fixture, type Run, SECRET_VARIABLES } from "../test-support/hostile-checks.js";
import { describeSlow } from "../test-support/slow.js";
import { evaluateCandidate } from "./evaluate-candidate.js";
import { type StageOracle, stageOracle } from "./stage-oracle.js";
import { taskLimits } from "./task-limits.js";

/*
 * Hostile and broken candidates (src/runner/fixtures/hostile/*.py) through the real pipeline:
 * a real SandboxPool (bubblewrap + pyarena-jail), the reference run as oracle, evaluateCandidate,
 * judgeSample. No mocks. Each fixture's header names what it attacks and, on its "# Expected:"
 * line, the exact status it must get; "# Task:" picks another example task.
 *
 * Every fixture also runs behind an escape probe (PRELUDE below) that tries to write a marker on
 * host paths, to reach TCP and UDP servers this test runs on 127.0.0.1 and on the host's
 * non-loopback address, and to resolve a hostname. The parent holds fake secrets in its
 * environment, which must appear nowhere in what comes back.
 */

const FIXTURES_DIR = packagePath("src", "runner", "fixtures", "hostile");
const DEFAULT_TASK = "merge-intervals";
const STATUSES: readonly SampleStatus[] = [
  "failed",
  "timeout",
  "memory",
  "output-limit",
  "crashed",
  "load-error",
  "tampered",
];
/** Fixtures run three times: their verdicts must not change between runs. */
const REPEATED = new Set(["set-order", "unseeded-random"]);
const SECRET = `sk-pyarena-fake-${randomBytes(16).toString("hex")}`;
/**
 * Fork and thread bombs exhaust RLIMIT_NPROC of their slot's uid for a few seconds. Other test
 * files run sandboxes at the same time under the default uids (61000 + slot), so this file uses
 * its own range; within one pool a slot's uid is never shared.
 */
const UID_BASE = "61700";
/** Short limits keep the batch fast: 1 s of CPU (5 s wall), 256 MiB of address space. */
const TEST_LIMITS = { cpu_floor_seconds: 1, memory_mb: 256 };

function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith(".py"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(FIXTURES_DIR, file), "utf8");
      const name = file.slice(0, -3);
      const expected = /^# Expected: ([a-z-]+)/m.exec(source)?.[1] as SampleStatus | undefined;
      if (expected === undefined || !STATUSES.includes(expected))
        throw new Error(`${file}: no valid "# Expected:" line`);
      if (!/^# Attack/m.test(source)) throw new Error(`${file}: no "# Attack" line`);
      return { name, source, expected, task: /^# Task: (\S+)/m.exec(source)?.[1] ?? DEFAULT_TASK };
    });
}

const fixtures = loadFixtures();

/** Host folders that must never receive a fixture's marker file. */
function hostMarkerPaths(name: string, harnessDir: string): string[] {
  const dirs = [
    tmpdir(),
    "/tmp",
    "/",
    "/dev/shm",
    harnessDir,
    packagePath(),
    homedir(),
    EXAMPLES_DIR,
    join(EXAMPLES_DIR, "tasks", DEFAULT_TASK),
  ];
  return [...new Set(dirs)].map((dir) => join(dir, `pyarena-hostile-${name}`));
}

function hostAddress(): string | undefined {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? [])
      if (address.family === "IPv4" && !address.internal) return address.address;
  }
  return undefined;
}

interface Probe {
  readonly tcpPort: number;
  readonly udpPort: number;
  readonly hosts: readonly string[];
  readonly dirs: readonly string[];
}

/** Python run before every fixture: tries to escape, reports on stderr, never changes the fixture. */
function prelude(runId: string, name: string, probe: Probe): string {
  const py = (value: unknown) => JSON.stringify(value);
  return `# pyarena-run: ${runId}
def _pyarena_escape_probe():
    import os, socket
    report = []
    for folder in ${py(probe.dirs)}:
        path = os.path.join(folder, ${py(`pyarena-hostile-${name}`)})
        try:
            with open(path, "w") as f:
                f.write("escaped\\n")
            report.append("wrote:" + path)
        except OSError as e:
            report.append("denied:%s:%s" % (path, e.errno))
    socket.setdefaulttimeout(1.0)
    for host in ${py(probe.hosts)}:
        try:
            socket.create_connection((host, ${probe.tcpPort})).close()
            report.append("tcp-connected:" + host)
        except OSError as e:
            report.append("tcp-failed:%s:%s" % (host, e.errno))
        try:
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.sendto(b"escaped", (host, ${probe.udpPort}))
            s.close()
            report.append("udp-sent:" + host)
        except OSError as e:
            report.append("udp-failed:%s:%s" % (host, e.errno))
    try:
        socket.getaddrinfo("example.com", 443)
        report.append("dns-resolved")
    except OSError:
        report.append("dns-failed")
    socket.setdefaulttimeout(None)
    os.write(2, ("pyarena-escape-probe " + " ".join(report) + "\\n").encode())
try:
    _pyarena_escape_probe()
except BaseException:
    pass
del _pyarena_escape_probe
`;
}

const CORRECT = readFileSync(
  packagePath("suites", "examples", "tasks", DEFAULT_TASK, "reference.py"),
  "utf8",
);
/** A correct solution that starts and waits for child processes the ordinary way. */
const CORRECT_WITH_CHILDREN = `import os, signal, subprocess
assert signal.getsignal(signal.SIGCHLD) == signal.SIG_DFL
subprocess.run(["/bin/true"], check=True)
_pid = os.fork()
if _pid == 0:
    os._exit(0)
assert os.waitpid(_pid, 0)[1] == 0
${CORRECT}`;

describeSlow("hostile samples through the real pipeline", () => {
  const saved = new Map<string, string | undefined>();
  const runs = new Map<string, Run[]>();
  const afterBatch: { verdict: SampleVerdict; raw: SandboxResult }[] = [];
  let pool: SandboxPool;
  let tcp: Server;
  let udp: UdpSocket;
  let tcpConnections = 0;
  let udpDatagrams = 0;
  let batchMs = 0;

  beforeAll(async () => {
    for (const key of [...SECRET_VARIABLES, "PYARENA_SANDBOX_UID_BASE"]) saved.set(key, process.env[key]);
    for (const key of SECRET_VARIABLES) process.env[key] = SECRET;
    process.env.PYARENA_SANDBOX_UID_BASE = UID_BASE;

    tcp = createServer((socket) => {
      tcpConnections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => tcp.listen(0, "0.0.0.0", resolve));
    udp = createSocket("udp4");
    udp.on("message", () => udpDatagrams++);
    await new Promise<void>((resolve) => udp.bind(0, "0.0.0.0", resolve));

    pool = await SandboxPool.open();
    const harnessDir = pool.environment.harnessDir;
    for (const fixture of fixtures)
      for (const path of hostMarkerPaths(fixture.name, harnessDir)) rmSync(path, { force: true });

    // Record the raw result of every candidate run evaluateCandidate makes (the pool runs for real).
    const rawById = new Map<string, SandboxResult>();
    const realRun = pool.run.bind(pool);
    pool.run = async (job, signal) => {
      const result = await realRun(job, signal);
      const runId = /^# pyarena-run: (\S+)/.exec(job.files["candidate.py"] ?? "")?.[1];
      if (runId !== undefined) rawById.set(runId, result);
      return result;
    };

    const loaded = examples();
    const suite: LoadedSuite = {
      ...loaded,
      spec: { ...loaded.spec, limits: { ...loaded.spec.limits, ...TEST_LIMITS } },
    };
    const tasks = new Map<string, { task: LoadedTask; oracle: StageOracle; limits: ExecutionLimits }>();
    for (const id of new Set([DEFAULT_TASK, ...fixtures.map((f) => f.task)])) {
      const task = exampleTask(suite, id);
      const stage = task.stages[0]!;
      const oracle = await stageOracle(pool, suite, task, stage);
      expect(oracle.problems).toEqual([]);
      tasks.set(id, {
        task,
        oracle,
        limits: executionLimits(taskLimits(suite, task), oracle.referenceCpuMs),
      });
    }

    const probe: Probe = {
      tcpPort: (tcp.address() as { port: number }).port,
      udpPort: udp.address().port,
      hosts: ["127.0.0.1", ...[hostAddress()].filter((a): a is string => a !== undefined)],
      dirs: [
        "/tmp",
        "/job",
        "/pyarena",
        "/",
        "/dev/shm",
        harnessDir,
        packagePath(),
        homedir(),
        join(EXAMPLES_DIR, "tasks", DEFAULT_TASK),
      ],
    };
    const evaluate = async (fixture: Fixture, runId: string, code: string) => {
      const { task, oracle, limits } = tasks.get(fixture.task)!;
      const stage = task.stages[0]!;
      const verdict = await evaluateCandidate(
        pool,
        suite,
        task,
        stage,
        oracle,
        prelude(runId, fixture.name, probe) + code,
      );
      const raw = rawById.get(runId);
      if (raw === undefined) throw new Error(`no raw result for ${runId}`);
      return { fixture, verdict, raw, limits };
    };

    const started = performance.now();
    const batch = fixtures.flatMap((fixture) =>
      Array.from({ length: REPEATED.has(fixture.name) ? 3 : 1 }, (_, k) =>
        evaluate(fixture, `${fixture.name}#${k}`, fixture.source),
      ),
    );
    for (const run of await Promise.all(batch))
      runs.set(run.fixture.name, [...(runs.get(run.fixture.name) ?? []), run]);
    batchMs = performance.now() - started;

    // The harness and the pool must still be healthy: a correct solution passes on every slot.
    const correct: Fixture = { name: "correct", source: CORRECT, expected: "failed", task: DEFAULT_TASK };
    const checks = Array.from({ length: 2 * pool.environment.slots }, (_, k) =>
      evaluate(correct, `correct#${k}`, k === 0 ? CORRECT_WITH_CHILDREN : CORRECT),
    );
    afterBatch.push(...(await Promise.all(checks)));

    const summary = fixtures.map((f) => {
      const [first] = runs.get(f.name) ?? [];
      return `${f.name}: ${first?.verdict.status} ${first?.verdict.passedCases}/${first?.verdict.totalCases} (${first?.raw.termination}, ${Math.round(first?.raw.wallMs ?? 0)} ms wall, ${Math.round(first?.raw.cpuMs ?? 0)} ms cpu)`;
    });
    console.log(`hostile batch: ${Math.round(batchMs)} ms\n${summary.join("\n")}`);
  }, 170_000);

  afterAll(async () => {
    await pool?.[Symbol.asyncDispose]();
    tcp?.close();
    udp?.close();
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    for (const fixture of fixtures)
      for (const path of hostMarkerPaths(fixture.name, pool?.environment.harnessDir ?? tmpdir()))
        rmSync(path, { force: true });
  });

  it("has at least 35 fixtures, each with a check beyond its status", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(35);
    expect(
      fixtures.map((f) => f.name).filter((name) => CHECKS[name] === undefined && !REPEATED.has(name)),
    ).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.name, f] as const))("%s", (_name, fixture) => {
    const fixtureRuns = runs.get(fixture.name) ?? [];
    expect(fixtureRuns.length).toBe(REPEATED.has(fixture.name) ? 3 : 1);
    for (const run of fixtureRuns) {
      const { verdict, raw, limits } = run;
      // No false pass, and exactly the outcome the fixture declares.
      expect(verdict.status).not.toBe("passed");
      expect({ status: verdict.status, detail: verdict.detail }).toMatchObject({ status: fixture.expected });
      expect(verdict.unsafe).toBe(false);
      // The secret never reaches the sandbox, so it is nowhere in what comes back.
      expect(JSON.stringify(raw)).not.toContain(SECRET.slice(-16));
      expect(JSON.stringify(verdict)).not.toContain(SECRET.slice(-16));
      // The run ends within its limits.
      expect(raw.wallMs).toBeLessThanOrEqual(limits.wallMs + 1000);
      // The escape probe ran first and got nowhere: writes land only in the private tmpfs.
      const report = /pyarena-escape-probe (.*)/.exec(raw.stderr)?.[1]?.split(" ") ?? [];
      expect(report.length).toBeGreaterThan(0);
      expect(report.filter((r) => r.startsWith("tcp-connected") || r === "dns-resolved")).toEqual([]);
      const wrote = report.filter((r) => r.startsWith("wrote:")).map((r) => r.slice("wrote:".length));
      expect(wrote.filter((path) => !path.startsWith("/tmp/") && !path.startsWith("/dev/shm/"))).toEqual([]);
      CHECKS[fixture.name]?.(run);
    }
  });

  it("gives the same verdict in every run of a nondeterministic sample", () => {
    const setOrder = runs.get("set-order") ?? [];
    expect(setOrder).toHaveLength(3);
    // PYTHONHASHSEED=0 reaches the sandbox: string-set order, hence the observations, are identical.
    const observed = setOrder.map((r) => JSON.stringify(r.raw.observations));
    expect(new Set(observed).size).toBe(1);
    const random = runs.get("unseeded-random") ?? [];
    expect(random).toHaveLength(3);
    for (const group of [setOrder, random]) {
      expect(new Set(group.map((r) => `${r.verdict.status} ${r.verdict.passedCases}`)).size).toBe(1);
    }
  });

  it("writes nothing on the host", () => {
    const present = fixtures
      .flatMap((f) => hostMarkerPaths(f.name, pool.environment.harnessDir))
      .filter((path) => existsSync(path));
    expect(present).toEqual([]);
  });

  it("lets no connection or datagram reach the host", () => {
    expect(tcpConnections).toBe(0);
    expect(udpDatagrams).toBe(0);
  });

  it("still passes a correct solution promptly on every slot after the batch (one with child processes)", () => {
    expect(afterBatch).toHaveLength(2 * pool.environment.slots);
    for (const { verdict, raw } of afterBatch) {
      expect(verdict.status).toBe("passed");
      expect(raw.wallMs).toBeLessThan(2000);
    }
  });

  it("ends the whole batch within a bounded time", () => {
    expect(batchMs).toBeLessThan(120_000);
  });
});
