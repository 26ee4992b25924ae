import { afterAll, beforeAll, expect, it } from "vitest";
import { packagePath } from "../core/package-path.js";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { loadSuite } from "../suites/load-suite.js";
import { describeSlow } from "../test-support/slow.js";
import { checkSuite } from "./check-suite.js";
import { suiteStats } from "./suite-stats.js";

let pool: SandboxPool;
beforeAll(async () => {
  pool = await SandboxPool.open();
});
afterAll(async () => {
  await pool[Symbol.asyncDispose]();
});

describeSlow("suites/core, the benchmark's first release", () => {
  const suite = loadSuite(packagePath("suites", "core"));

  it("has at least 160 tasks, 40 per tier, 100 generate, 30 fix and 30 refactor", () => {
    const tiers = { easy: 0, medium: 0, hard: 0, extreme: 0 };
    const kinds: Record<string, number> = {};
    for (const t of suite.tasks) {
      tiers[t.spec.tier]++;
      kinds[t.spec.kind] = (kinds[t.spec.kind] ?? 0) + 1;
    }
    expect(suite.tasks.length).toBeGreaterThanOrEqual(160);
    for (const n of Object.values(tiers)) expect(n).toBeGreaterThanOrEqual(40);
    expect(kinds.generate).toBeGreaterThanOrEqual(100);
    expect(kinds.fix).toBeGreaterThanOrEqual(30);
    expect(kinds.refactor).toBeGreaterThanOrEqual(30);
  });

  it("is sound: references pass three times alike, every mutant is caught, the suite policy holds", async () => {
    const checks = await checkSuite(pool, suite, { runs: 3 });
    const problems = checks.flatMap((c) => c.problems.map((p) => `${c.taskId}: ${p}`));
    expect(problems).toEqual([]);
    const stats = suiteStats(suite, checks);
    expect(stats.mutationScore).toBe(1);
    expect(stats.caseTags.edge).toBeGreaterThan(suite.tasks.length);
    const hardOrExtreme = suite.tasks.filter(
      (t) => t.spec.tier === "hard" || t.spec.tier === "extreme",
    ).length;
    expect(stats.caseTags.perf ?? 0).toBeGreaterThanOrEqual(hardOrExtreme);
  }, 1_800_000);
});
