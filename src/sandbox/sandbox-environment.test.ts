import { afterEach, describe, expect, it } from "vitest";
import { isPyarenaError } from "../core/pyarena-error.js";
import { executionLimits } from "./execution-limits.js";
import { SandboxPool } from "./sandbox-pool.js";

const job = (code: string) => ({
  files: { "candidate.py": code },
  job: { mode: "cases", candidate: "candidate.py", entry_point: "f", cases: [{ id: "x", args: [] }] },
  limits: executionLimits({ cpu_floor_seconds: 1 }),
});

describe("sandbox environment", () => {
  const saved = process.env.PYARENA_BWRAP;
  afterEach(() => {
    if (saved === undefined) delete process.env.PYARENA_BWRAP;
    else process.env.PYARENA_BWRAP = saved;
  });

  it("refuses to run when bubblewrap is missing, naming the fix and the unsafe flag", async () => {
    process.env.PYARENA_BWRAP = "/nonexistent/bwrap";
    const error = await SandboxPool.open().catch((e: unknown) => e);
    expect(isPyarenaError(error, "SANDBOX_UNAVAILABLE")).toBe(true);
    expect(String((error as Error).message)).toContain("not installed");
    expect((error as { details: string[] }).details.join(" ")).toContain("--unsafe");
  });

  it("refuses to run when bubblewrap exists but cannot build a sandbox", async () => {
    process.env.PYARENA_BWRAP = "/bin/false";
    const error = await SandboxPool.open().catch((e: unknown) => e);
    expect(isPyarenaError(error, "SANDBOX_UNAVAILABLE")).toBe(true);
  });

  it("runs in unsafe mode only when asked, and marks every result unsafe", async () => {
    process.env.PYARENA_BWRAP = "/nonexistent/bwrap";
    await using pool = await SandboxPool.open({ unsafe: true });
    const result = await pool.run(job("def f():\n    return 42\n"));
    expect(result.unsafe).toBe(true);
    expect(result.observations).toEqual([{ caseId: "x", outcome: { kind: "value", value: 42 } }]);
  });

  it("isolates: empty environment, non-root uid, fixed hash seed, private tmp, no network", async () => {
    await using pool = await SandboxPool.open();
    const probe = [
      "import os, socket, sys",
      "def f():",
      "    try:",
      "        socket.create_connection(('1.1.1.1', 53), timeout=1); net = 'open'",
      "    except OSError:",
      "        net = 'none'",
      "    return [sorted(os.environ), os.getuid() != 0, hash('pyarena'), os.getcwd(), sorted(os.listdir('/tmp')), net, sys.flags.no_user_site]",
    ].join("\n");
    const first = await pool.run(job(probe));
    const second = await pool.run(job(probe));
    expect(first.unsafe).toBe(false);
    expect(first.observations).toEqual(second.observations);
    const value = first.observations[0]?.outcome;
    expect(value?.kind).toBe("value");
    const [envKeys, nonRoot, , cwd, tmp, net, noUserSite] = (value as { value: unknown[] }).value;
    expect(envKeys).not.toContain("OPENAI_API_KEY");
    expect(nonRoot).toBe(true);
    expect(cwd).toBe("/tmp");
    expect(tmp).toEqual([]);
    expect(net).toBe("none");
    expect(noUserSite).toBe(1);
  });

  it("measures CPU time and peak memory of the tree from outside", async () => {
    await using pool = await SandboxPool.open();
    const result = await pool.run(
      job("def f():\n    data = bytearray(200 * 1024 * 1024)\n    return sum(range(3_000_000))\n"),
    );
    expect(result.termination).toBe("exited");
    expect(result.peakRssKb).toBeGreaterThan(200 * 1024);
    expect(result.cpuMs).toBeGreaterThan(30);
  });
});
