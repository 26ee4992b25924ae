/**
 * EvalPlus's special oracles (evalplus/eval/__init__.py `check_output` and
 * eval/_special_oracle.py): tasks where plain equality with the canonical output is not the
 * rule. Each becomes a validator, which sees only JSON (the inputs, the output, the expected
 * value); `MBPP_OUTPUT_NOT_NONE_TASKS` return `re.Match` objects, which are not data, so those
 * tasks are written as generated legacy tests instead (see not-none-test.ts).
 */
export type EvalPlusOracle =
  | { readonly kind: "validator"; readonly name: string; readonly source: string; readonly note: string }
  | { readonly kind: "not-none"; readonly note: string };

const SHARED = `"""EvalPlus's special oracle for this task (evalplus/eval/__init__.py, check_output), on plain data."""
import math


def _raised(output):
    return type(output) is dict and list(output) == ["raised"]


def _is_floats(x):
    if type(x) is float:
        return True
    if type(x) in (list, tuple) and x:
        return all(type(i) is float for i in x)
    return False


def _allclose(a, b, atol):
    """numpy.allclose(a, b, rtol=1e-07, atol=atol) for numbers and equal-length sequences."""
    if type(a) in (list, tuple) or type(b) in (list, tuple):
        return (type(a) in (list, tuple) and type(b) in (list, tuple) and len(a) == len(b)
                and all(_allclose(x, y, atol) for x, y in zip(a, b)))
    if type(a) not in (bool, int, float) or type(b) not in (bool, int, float):
        return False
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= atol + 1e-07 * abs(b)


def _finish(exact, output, expected, atol):
    """The end of check_output: the exact verdict, or allclose when a tolerance applies."""
    if atol == 0 and _is_floats(expected):
        atol = 1e-6
    if not exact and atol != 0:
        if type(output) is not type(expected):
            return False
        return _allclose(output, expected, atol)
    return bool(exact)
`;

function validator(name: string, atol: number, body: string, note: string, helper = ""): EvalPlusOracle {
  const source = `${SHARED}${helper}
ATOL = ${atol}


def _judge(args, output, expected):
${body}

def ${name}(args, output, expected):
    if _raised(output):
        return False
    try:
        return _judge(args, output, expected)
    except Exception:  # noqa: BLE001 - EvalPlus counts any error while comparing as a failure
        return False
`;
  return { kind: "validator", name, source, note };
}

const SURFACE = `
def _surface_area(base_edge, height):
    slant_height = math.sqrt((base_edge / 2) ** 2 + height**2)
    return round(base_edge**2 + 4 * (base_edge * slant_height) / 2)
`;

const DIGIT_DISTANCE = `
def _digit_distance(num1, num2):
    a, b = str(num1), str(num2)
    width = max(len(a), len(b))
    return sum(abs(int(x) - int(y)) for x, y in zip(a.zfill(width), b.zfill(width)))
`;

const SET_EQUAL = new Set([
  "similar_elements",
  "find_char_long",
  "common_in_nested_lists",
  "extract_singly",
  "larg_nnum",
  "intersection_array",
  "find_dissimilar",
  "Diff",
]);
const NOT_NONE = new Set(["check_str", "text_match_three", "text_starta_endb"]);

/** The special oracle of an EvalPlus task, by dataset and entry point as EvalPlus keys them. */
export function evalPlusOracle(
  dataset: "humaneval" | "mbpp",
  entryPoint: string,
  atol: number,
): EvalPlusOracle | undefined {
  if (dataset === "humaneval") {
    if (entryPoint !== "find_zero") return undefined;
    const body = "    return abs(sum(c * math.pow(output, i) for i, c in enumerate(args[0]))) <= ATOL\n";
    return validator(
      "is_root",
      atol,
      body,
      `any root is right: |poly(xs, x)| <= ${atol} (EvalPlus's oracle for find_zero)`,
    );
  }
  if (NOT_NONE.has(entryPoint)) {
    return {
      kind: "not-none",
      note: "EvalPlus only checks whether the output is None (the reference returns re.Match objects)",
    };
  }
  if (SET_EQUAL.has(entryPoint)) {
    const body = "    return _finish(set(output) == set(expected), output, expected, ATOL)\n";
    return validator(
      "same_elements",
      atol,
      body,
      "the output's order does not matter: set(output) == set(expected), as EvalPlus compares it",
    );
  }
  const special: Record<string, [string, string, string, string?]> = {
    are_equivalent: [
      "any_output",
      "    return True\n",
      "EvalPlus accepts any output that is returned (Mbpp/164)",
    ],
    sum_div: [
      "expected_or_zero",
      "    return _finish(output == expected or output == 0, output, expected, ATOL)\n",
      "0 is also accepted (Mbpp/295)",
    ],
    surface_Area: [
      "either_formula",
      "    alternative = _surface_area(*args)\n    exact = output == expected or abs(output - alternative) <= ATOL\n    return _finish(exact, output, expected, ATOL)\n",
      "the slant height may also be read as the pyramid's height (EvalPlus's oracle for Mbpp/581)",
      SURFACE,
    ],
    digit_distance_nums: [
      "either_padding",
      "    exact = output == expected or output == _digit_distance(*args)\n    return _finish(exact, output, expected, ATOL)\n",
      "numbers of different lengths may be zero-padded (EvalPlus's oracle for Mbpp/558)",
      DIGIT_DISTANCE,
    ],
  };
  const found = special[entryPoint];
  return found === undefined ? undefined : validator(found[0], atol, found[1], found[2], found[3]);
}
