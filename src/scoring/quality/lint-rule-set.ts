/**
 * The fixed rule set of the code-quality metric and how each finding is grouped. It is part of
 * what a quality number means, so it changes only with a new `LINT_RULE_SET_VERSION` (results
 * with different versions are not comparable). docs/quality.md explains it for users.
 */

/** Bump when anything below changes, so stored findings from different rule sets are never mixed. */
export const LINT_RULE_SET_VERSION = 2;

/** pyflakes, pycodestyle, flake8-bugbear, pyupgrade, flake8-simplify, pep8-naming, mccabe. */
export const LINT_SELECT = ["F", "E", "W", "B", "UP", "SIM", "N", "C90"] as const;

/**
 * Rules left out of the selection. W292 (no newline at end of file): code travels as JSON strings
 * and fenced blocks, which drop the final newline, so the finding says how the answer was stored,
 * not how it was written; in version 1 it was charged to every sample of some sample files.
 */
export const LINT_IGNORE = ["W292"] as const;

/** Long enough that line length does not dominate the metric for ordinary model output. */
export const LINT_LINE_LENGTH = 100;

/** A function above this cyclomatic complexity is a readability finding (C901). */
export const MAX_COMPLEXITY = 10;

/** Syntax errors carry this code in ruff's diagnostics instead of a rule code. */
export const SYNTAX_ERROR_CODE = "invalid-syntax";

/** What a finding most likely costs a reader or a user of the code. */
export type FindingGroup = "likely-bug" | "idiom" | "readability";

/** The groups in report order. */
export const FINDING_GROUPS: readonly FindingGroup[] = ["likely-bug", "idiom", "readability"];

/**
 * Exceptions to the per-linter default below, by exact code. Unused or star imports and empty
 * f-strings are untidy rather than wrong; a bare `except`, an invalid escape sequence or a type
 * comparison hide real bugs; comparisons to None/True and lambda assignments have an idiomatic form.
 */
const BY_CODE: Readonly<Record<string, FindingGroup>> = {
  F401: "readability", // unused import
  F403: "readability", // `from x import *`
  F405: "readability", // name may come from a star import
  F541: "readability", // f-string without placeholders
  B007: "readability", // unused loop variable
  B009: "idiom", // getattr with a constant name
  B010: "idiom", // setattr with a constant name
  E711: "idiom", // comparison to None
  E712: "idiom", // comparison to True/False
  E713: "idiom", // `not x in y`
  E714: "idiom", // `not x is y`
  E721: "likely-bug", // type comparison with ==
  E722: "likely-bug", // bare except
  E731: "idiom", // lambda assigned to a name
  W605: "likely-bug", // invalid escape sequence
};

/** The group of a ruff finding code (a rule code such as "F401", or "invalid-syntax"). */
export function findingGroup(code: string): FindingGroup {
  const exact = BY_CODE[code];
  if (exact !== undefined) return exact;
  if (code === SYNTAX_ERROR_CODE || code.startsWith("E9")) return "likely-bug";
  if (code.startsWith("F") || code.startsWith("B")) return "likely-bug";
  if (code.startsWith("UP") || code.startsWith("SIM")) return "idiom";
  return "readability"; // other E and W (pycodestyle), N (naming), C901 (complexity)
}
