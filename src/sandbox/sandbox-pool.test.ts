import { describe, expect, it } from "vitest";
import { executionLimits } from "./execution-limits.js";
import { SandboxPool } from "./sandbox-pool.js";

const job = (code: string, cpuFloor = 2) => ({
  files: { "candidate.py": code },
  job: { mode: "cases", candidate: "candidate.py", entry_point: "f", cases: [{ id: "x", args: [] }] },
  limits: executionLimits({ cpu_floor_seconds: cpuFloor }),
});

const sleeper = "import os, time\ndef f():\n    time.sleep(0.6)\n    return os.getuid()\n";

describe("SandboxPool", () => {
  it("runs at most one sandbox per slot, each slot under its own uid", async () => {
    await using pool = await SandboxPool.open({ slots: 2 });
    const started = performance.now();
    const results = await Promise.all([1, 2, 3, 4].map(() => pool.run(job(sleeper))));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThan(1150);
    expect(elapsed).toBeLessThan(2500);
    const uids = results.map((r) => (r.observations[0]?.outcome as { value: number } | undefined)?.value);
    if (process.getuid?.() === 0) expect(new Set(uids).size).toBe(2);
  });

  it("stops a running sample when its signal aborts, and reports it as aborted", async () => {
    await using pool = await SandboxPool.open({ slots: 1 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    const started = performance.now();
    const result = await pool.run(job("while True:\n    pass\n", 10), controller.signal);
    expect(result.termination).toBe("aborted");
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(pool.run(job(sleeper), controller.signal)).rejects.toThrow();
  });

  it("kills a sleeping sample at the wall-clock backstop, whole tree included", async () => {
    await using pool = await SandboxPool.open({ slots: 1 });
    const code =
      "import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(100)\ntime.sleep(100)\n";
    const started = performance.now();
    const result = await pool.run(job(code, 1));
    expect(result.termination).toBe("wall-limit");
    expect(performance.now() - started).toBeLessThan(6500);
  });
});
