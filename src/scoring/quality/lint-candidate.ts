import { createRequire } from "node:module";
import type * as Ruff from "@astral-sh/ruff-wasm-nodejs";
import { PyarenaError } from "../../core/pyarena-error.js";
import {
  FINDING_GROUPS,
  type FindingGroup,
  findingGroup,
  LINT_IGNORE,
  LINT_LINE_LENGTH,
  LINT_SELECT,
  MAX_COMPLEXITY,
} from "./lint-rule-set.js";

/** One ruff finding, with the group that says what it costs (docs/quality.md). */
export interface LintFinding {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly group: FindingGroup;
}

/** McCabe complexity of one function or method, as ruff's C901 computes it. */
export interface FunctionComplexity {
  readonly name: string;
  readonly line: number;
  readonly complexity: number;
}

/** What the code-quality metric stores for one sample. */
export interface LintReport {
  readonly findings: readonly LintFinding[];
  readonly counts: Readonly<Record<FindingGroup, number>>;
  readonly nonBlankLines: number;
  /** All findings per 100 non-blank lines: comparable across answers of different length. */
  readonly findingsPer100Lines: number;
  /** Every function's complexity; `max` and `total` are 0 for code without functions. */
  readonly complexity: {
    readonly functions: readonly FunctionComplexity[];
    readonly max: number;
    readonly total: number;
  };
}

const COMPLEXITY_MESSAGE = /^`(.+)` is too complex \((\d+) > \d+\)$/;

let workspace: Ruff.Workspace | undefined;

/**
 * The one ruff workspace of this process. Creating it compiles the rule set, and the first check
 * pays for WebAssembly tier-up (about a second), so it is made once and warmed with a check.
 * max-complexity is 0 so that C901 reports every function's complexity; findings count only
 * those above MAX_COMPLEXITY.
 */
export function warmLinter(): void {
  if (workspace !== undefined) return;
  try {
    // Loaded on first use, not at import: the WebAssembly module costs about 37 MB of memory,
    // which commands that never lint (and runs with --no-quality) should not pay.
    const ruff = createRequire(import.meta.url)("@astral-sh/ruff-wasm-nodejs") as typeof Ruff;
    const created = new ruff.Workspace(
      {
        "line-length": LINT_LINE_LENGTH,
        "target-version": "py311",
        lint: { select: [...LINT_SELECT], ignore: [...LINT_IGNORE], mccabe: { "max-complexity": 0 } },
      },
      ruff.PositionEncoding.Utf16,
    );
    created.check("def warm(x):\n    return x\n");
    workspace = created;
  } catch (error) {
    throw new PyarenaError("ANALYSER_FAILED", "cannot start ruff (WebAssembly)", { cause: error });
  }
}

/** Lint Python source on the fixed rule set (lint-rule-set.ts). Never executes the source. */
export function lintCandidate(source: string): LintReport {
  warmLinter();
  let diagnostics: Ruff.Diagnostic[];
  try {
    diagnostics = (workspace as Ruff.Workspace).check(source) as Ruff.Diagnostic[];
  } catch (error) {
    throw new PyarenaError("ANALYSER_FAILED", "ruff failed on a candidate", { cause: error });
  }
  const findings: LintFinding[] = [];
  const functions: FunctionComplexity[] = [];
  for (const d of diagnostics) {
    const code = d.code ?? "unknown";
    const line = d.start_location.row;
    if (code === "C901") {
      const measured = parseComplexity(d.message, line);
      functions.push(measured);
      if (measured.complexity <= MAX_COMPLEXITY) continue;
      const message = `\`${measured.name}\` is too complex (${measured.complexity} > ${MAX_COMPLEXITY})`;
      findings.push({ code, message, line, column: d.start_location.column, group: "readability" });
      continue;
    }
    findings.push({
      code,
      message: d.message,
      line,
      column: d.start_location.column,
      group: findingGroup(code),
    });
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  functions.sort((a, b) => a.line - b.line);
  const counts = Object.fromEntries(FINDING_GROUPS.map((g) => [g, 0])) as Record<FindingGroup, number>;
  for (const f of findings) counts[f.group] += 1;
  const nonBlankLines = countNonBlankLines(source);
  return {
    findings,
    counts,
    nonBlankLines,
    findingsPer100Lines: nonBlankLines === 0 ? 0 : (100 * findings.length) / nonBlankLines,
    complexity: {
      functions,
      max: functions.reduce((m, f) => Math.max(m, f.complexity), 0),
      total: functions.reduce((sum, f) => sum + f.complexity, 0),
    },
  };
}

/** Lines with something other than whitespace: blank lines neither help nor hurt a sample. */
export function countNonBlankLines(source: string): number {
  let count = 0;
  for (const line of source.split(/\r\n|\r|\n/)) if (line.trim() !== "") count += 1;
  return count;
}

function parseComplexity(message: string, line: number): FunctionComplexity {
  const match = COMPLEXITY_MESSAGE.exec(message);
  if (match === null) {
    throw new PyarenaError("ANALYSER_FAILED", `unexpected C901 message from ruff: ${message}`);
  }
  return { name: match[1] as string, line, complexity: Number(match[2]) };
}
