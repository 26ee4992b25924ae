import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { PyValue } from "../../core/py-value.js";
import { pythonLiteral } from "./python-literal.js";

const VALUE: PyValue = [
  null,
  true,
  false,
  -7,
  { $int: "123456789012345678901234567890" },
  { $float: 2 },
  { $float: 0.1 },
  { $float: 1e21 },
  { $float: -0 },
  { $float: "nan" },
  { $float: "-inf" },
  { $complex: [0, -1] },
  { $bytes: "AAH/" },
  'quote " backslash \\ newline \n tab \t é \ud83d\ude00',
  { $tuple: [1] },
  { $tuple: [] },
  { $set: [] },
  { $set: [1, 2] },
  { $frozenset: ["a"] },
  { $dict: [[{ $tuple: [1, 2] }, [{ $dict: [] }]]] },
];

describe("pythonLiteral", () => {
  it("writes the forms Python needs: one-tuples, empty sets, floats that look like floats", () => {
    expect(pythonLiteral({ $tuple: [1] })).toBe("(1,)");
    expect(pythonLiteral({ $set: [] })).toBe("set()");
    expect(pythonLiteral({ $float: 2 })).toBe("2.0");
    expect(pythonLiteral({ $float: -0 })).toBe("-0.0");
    expect(pythonLiteral({ $float: "nan" })).toBe('float("nan")');
    expect(() => pythonLiteral({ $opaque: "re.Match" })).toThrow(/opaque/);
  });

  it("gives source that Python evaluates to the same value", () => {
    const script = `import sys; v = eval(sys.stdin.read()); print(repr(v))`;
    const repr = execFileSync(process.env.PYARENA_PYTHON ?? "python3", ["-c", script], {
      input: pythonLiteral(VALUE),
      encoding: "utf8",
    }).trim();
    expect(repr).toBe(
      "[None, True, False, -7, 123456789012345678901234567890, 2.0, 0.1, 1e+21, -0.0, nan, -inf, -1j, b'\\x00\\x01\\xff', " +
        "'quote \" backslash \\\\ newline \\n tab \\t é 😀', (1,), (), set(), {1, 2}, frozenset({'a'}), {(1, 2): [{}]}]",
    );
  });
});
