import type { PyValue } from "../../core/py-value.js";
import { pythonLiteral } from "./python-literal.js";
import type { InputDraft } from "./task-draft.js";

/**
 * The legacy test of an EvalPlus "output is not None" task (MBPP_OUTPUT_NOT_NONE_TASKS): the
 * reference returns `re.Match` objects, which cannot leave the sandbox as data, so the
 * comparison is EvalPlus's own, run inside it. `notNone[i]` is `reference(*inputs[i]) is not None`.
 */
export function notNoneTest(inputs: readonly InputDraft[], notNone: readonly boolean[]): string {
  const rows = inputs.map(
    (input, i) => `    (${pythonLiteral(input.args as PyValue[])}, ${notNone[i] ? "True" : "False"}),`,
  );
  return [
    "# EvalPlus's oracle for this task: only whether the output is None matters (a bool must match).",
    "CASES = [",
    ...rows,
    "]",
    "",
    "",
    "def check(candidate):",
    "    for args, expected in CASES:",
    "        output = candidate(*args)",
    "        if isinstance(output, bool):",
    "            assert output == expected, (args, output)",
    "        else:",
    "            assert expected == (output is not None), (args, output)",
    "",
  ].join("\n");
}
