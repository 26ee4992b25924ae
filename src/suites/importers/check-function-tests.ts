import type { TestsDraft } from "./task-draft.js";

/** A HumanEval-family test and what its harness ran before it. */
export interface CheckFunctionSource {
  /** Code that the original harness ran before the test: the prompt, with its helper functions. */
  readonly preamble: string;
  /** The dataset's test: a module defining `check(<function under test>)`. */
  readonly test: string;
  readonly entryPoint: string;
}

const SELF_CALL = /^check\([A-Za-z_]\w*\)[ \t]*$/gm;

/**
 * Tests of the HumanEval family: `def check(candidate): assert candidate(...) == ...`. They are
 * converted in the sandbox; the legacy fallback keeps the original check() but runs it as the
 * original harness did (program = prompt + completion + test): the prompt's helpers exist and
 * the entry point's own name means the candidate (HumanEval/33 compares it with itself).
 */
export function checkFunctionTests(source: CheckFunctionSource): TestsDraft {
  const test = withoutSelfCall(source.test);
  return {
    kind: "asserts",
    job: { setup: source.preamble, body: test, function: "check", aliases: [source.entryPoint] },
    legacyTest: checkLegacyTest(source),
  };
}

function withoutSelfCall(test: string): string {
  return test.replace(SELF_CALL, "").trimEnd();
}

/** The dataset's check() as a legacy test.py, run as the original harness ran it. */
export function checkLegacyTest(source: CheckFunctionSource): string {
  return [
    "# The dataset's check(), run as its own harness ran it: after the prompt's code, with the",
    "# entry point's name bound to the candidate.",
    source.preamble.trimEnd(),
    "",
    "",
    withoutSelfCall(source.test),
    "",
    "",
    "_pyarena_dataset_check = check",
    "",
    "",
    "def check(candidate):",
    `    globals()[${JSON.stringify(source.entryPoint)}] = candidate`,
    "    return _pyarena_dataset_check(candidate)",
    "",
  ].join("\n");
}
