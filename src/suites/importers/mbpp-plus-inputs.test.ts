import { describe, expect, it } from "vitest";
import { deserializeMbppPlusInputs } from "./mbpp-plus-inputs.js";

describe("deserializeMbppPlusInputs (EvalPlus's mbpp_deserialize_inputs)", () => {
  it("leaves tasks without a rule alone", () => {
    expect(deserializeMbppPlusInputs(3, [[[1, 2], "a"]])).toEqual([[[1, 2], "a"]]);
  });

  it("turns every argument into a tuple for task 2", () => {
    expect(
      deserializeMbppPlusInputs(2, [
        [
          [3, 4],
          [5, 7],
        ],
      ]),
    ).toEqual([[{ $tuple: [3, 4] }, { $tuple: [5, 7] }]]);
  });

  it("turns the lists inside list arguments into tuples for task 63", () => {
    expect(
      deserializeMbppPlusInputs(63, [
        [
          [
            [3, 5],
            [1, 7],
          ],
        ],
      ]),
    ).toEqual([[[{ $tuple: [3, 5] }, { $tuple: [1, 7] }]]]);
  });

  it("keeps only the first two arguments where EvalPlus does (task 75)", () => {
    expect(deserializeMbppPlusInputs(75, [[[[6, 24]], 6, "dropped"]])).toEqual([[[{ $tuple: [6, 24] }], 6]]);
  });

  it("rebuilds floats and complex numbers from their strings (tasks 124 and 252)", () => {
    expect(
      deserializeMbppPlusInputs(124, [
        ["0", "1j"],
        ["1e-100", "(-0-1j)"],
        ["-3", "4j"],
      ]),
    ).toEqual([
      [{ $float: 0 }, { $complex: [0, 1] }],
      [{ $float: 1e-100 }, { $complex: [-0, -1] }],
      [{ $float: -3 }, { $complex: [0, 4] }],
    ]);
    expect(deserializeMbppPlusInputs(252, [[1], ["(1+2j)"], ["(2-5j)"], ["inf"]])).toEqual([
      [{ $complex: [1, 0] }],
      [{ $complex: [1, 2] }],
      [{ $complex: [2, -5] }],
      [{ $complex: ["inf", 0] }],
    ]);
  });

  it("reproduces task 115's quirk: an empty list becomes an empty dict", () => {
    expect(deserializeMbppPlusInputs(115, [[[[1], []]]])).toEqual([[[{ $set: [1] }, { $dict: [] }]]]);
  });

  it("turns dict values into tuples (task 722) and nested lists into tuples (task 580)", () => {
    expect(deserializeMbppPlusInputs(722, [[{ $dict: [["Cierra", [6.2, 70]]] }, 6, 70]])).toEqual([
      [{ $dict: [["Cierra", { $tuple: [6.2, 70] }]] }, 6, 70],
    ]);
    expect(deserializeMbppPlusInputs(580, [[[4, [7, [2]]]]])).toEqual([
      [{ $tuple: [4, { $tuple: [7, { $tuple: [2] }] }] }],
    ]);
  });

  it("tuple() of a string gives its characters, as in Python", () => {
    expect(deserializeMbppPlusInputs(250, [["ab", 1]])).toEqual([[{ $tuple: ["a", "b"] }, 1]]);
  });

  it("fails loudly on inputs its rule cannot rebuild", () => {
    expect(() => deserializeMbppPlusInputs(2, [[5]])).toThrow(/tuple\(\) of 5/);
    expect(() => deserializeMbppPlusInputs(252, [["1+"]])).toThrow(/complex\(\)/);
  });
});
