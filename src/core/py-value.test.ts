import { describe, expect, it } from "vitest";
import { isPyValue } from "./py-value.js";

describe("isPyValue accepts exactly pyarena's tagged JSON", () => {
  it("accepts plain and tagged values", () => {
    for (const value of [
      null,
      true,
      3,
      "s",
      [1, [2]],
      { $tuple: [1] },
      { $float: "nan" },
      { $dict: [[1, { $set: [] }]] },
      { $int: "-123456789012345678901" },
      { $floats: [1.5, 2] },
    ]) {
      expect(isPyValue(value)).toBe(true);
    }
  });

  it("rejects untagged objects, unsafe integers, unknown tags and extra keys", () => {
    for (const value of [
      { a: 1 },
      1.5,
      2 ** 60,
      { $tuple: [1], x: 1 },
      { $weird: 1 },
      { $dict: [[1]] },
      { $int: "1e5" },
      { $floats: [1, "nan"] },
      { $bytes: "not base64!" },
      undefined,
    ]) {
      expect(isPyValue(value)).toBe(false);
    }
  });

  it("rejects values nested deeper than the sandbox ever emits", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(isPyValue(deep)).toBe(false);
  });
});
