import { describe, expect, it } from "vitest";
import { canonicalKey, pyEqual } from "./py-equal.js";
import type { PyValue } from "./py-value.js";

const f = (x: number | "nan" | "inf" | "-inf"): PyValue => ({ $float: x });

describe("pyEqual follows Python's == on builtin values", () => {
  it("treats bool, int and integral floats as equal numbers", () => {
    expect(pyEqual(1, f(1))).toBe(true);
    expect(pyEqual(true, 1)).toBe(true);
    expect(pyEqual(false, f(0))).toBe(true);
    expect(pyEqual(2, f(2.5))).toBe(false);
  });

  it("compares big ints exactly, including against floats", () => {
    expect(pyEqual({ $int: "9007199254740993" }, { $int: "9007199254740993" })).toBe(true);
    expect(pyEqual({ $int: "9007199254740993" }, f(9007199254740992))).toBe(false);
    expect(pyEqual({ $int: "-0x20000000000001" }, { $int: "-9007199254740993" })).toBe(true);
  });

  it("distinguishes list from tuple, and ignores set and dict order", () => {
    expect(pyEqual([1, 2], { $tuple: [1, 2] })).toBe(false);
    expect(pyEqual({ $set: [1, 2, 3] }, { $set: [3, 2, 1] })).toBe(true);
    expect(pyEqual({ $set: [1] }, { $frozenset: [f(1)] })).toBe(true);
    expect(
      pyEqual(
        {
          $dict: [
            ["a", 1],
            ["b", 2],
          ],
        },
        {
          $dict: [
            ["b", 2],
            ["a", 1],
          ],
        },
      ),
    ).toBe(true);
    expect(pyEqual({ $dict: [["a", 1]] }, { $dict: [["a", 2]] })).toBe(false);
    expect(pyEqual({ $dict: [[1, "x"]] }, { $dict: [[true, "x"]] })).toBe(true);
  });

  it("reads the compact list of floats as the list it stands for", () => {
    expect(pyEqual({ $floats: [1.5, 2] }, [f(1.5), 2])).toBe(true);
    expect(pyEqual({ $floats: [1.5, 2] }, { $tuple: [f(1.5), 2] })).toBe(false);
    expect(pyEqual({ $floats: [0.30000000000000004] }, [f(0.3)], { atol: 1e-6, rtol: 0 })).toBe(true);
    expect(pyEqual({ $floats: [0.30000000000000004] }, [f(0.3)])).toBe(false);
  });

  it("never equates opaque values, not even with themselves", () => {
    const opaque: PyValue = { $opaque: "candidate.Liar" };
    expect(pyEqual(opaque, opaque)).toBe(false);
  });

  it("treats NaN as equal to NaN (observations come from different processes)", () => {
    expect(pyEqual(f("nan"), f("nan"))).toBe(true);
    expect(pyEqual(f("inf"), f("-inf"))).toBe(false);
  });

  it("applies tolerance inside containers, as EvalPlus does", () => {
    const tol = { atol: 1e-6, rtol: 1e-7 };
    expect(pyEqual([f(0.1 + 0.2)], [f(0.3)], tol)).toBe(true);
    expect(pyEqual([f(0.1 + 0.2)], [f(0.3)])).toBe(false);
    expect(pyEqual({ $tuple: [f(1.0000001), 2] }, { $tuple: [1, 2] }, tol)).toBe(true);
    expect(pyEqual({ $tuple: [f(1.1), 2] }, { $tuple: [1, 2] }, tol)).toBe(false);
    expect(pyEqual({ $set: [f(1.0000001)] }, { $set: [1] }, tol)).toBe(true);
  });

  it("gives equal values equal canonical keys regardless of representation", () => {
    expect(canonicalKey({ $set: [2, 1] })).toBe(canonicalKey({ $frozenset: [1, f(2)] }));
    expect(canonicalKey("1")).not.toBe(canonicalKey(1));
    expect(canonicalKey({ $bytes: "YQ==" })).not.toBe(canonicalKey("a"));
  });
});
