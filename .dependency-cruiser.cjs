/**
 * Modules import downward only (docs/architecture.md):
 *   cli → (runner, tutor, web, report, config) → (suites, providers, sandbox, scoring, store) → core
 * Siblings within a layer do not import each other, runner and tutor never meet, no cycles.
 */
const layer1 = ["suites", "providers", "sandbox", "scoring", "store"];
const layer2 = ["config", "runner", "tutor", "web", "report"];
const src = (m) => `^src/${m}/`;

module.exports = {
  forbidden: [
    { name: "no-cycles", severity: "error", from: {}, to: { circular: true } },
    {
      name: "core-imports-nothing-of-ours",
      severity: "error",
      from: { path: src("core"), pathNot: "\\.test\\.ts$" },
      to: { path: "^src/", pathNot: src("core") },
    },
    ...layer1.map((m) => ({
      name: `${m}-imports-only-core`,
      severity: "error",
      from: { path: src(m), pathNot: "\\.test\\.ts$" },
      to: { path: "^src/", pathNot: `${src(m)}|${src("core")}` },
    })),
    ...layer2.map((m) => ({
      name: `${m}-imports-only-lower-layers`,
      severity: "error",
      from: { path: src(m), pathNot: "\\.test\\.ts$" },
      to: { path: `^src/(${[...layer2.filter((x) => x !== m), "cli"].join("|")})/` },
    })),
    {
      name: "nothing-imports-cli",
      severity: "error",
      from: { path: "^src/", pathNot: `${src("cli")}|\\.test\\.ts$` },
      to: { path: src("cli") },
    },
    {
      name: "production-code-never-imports-tests",
      severity: "error",
      from: { path: "^src/", pathNot: "\\.test\\.ts$|^src/test-support/" },
      to: { path: "\\.test\\.ts$|^src/test-support/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".js"] },
  },
};
