import { describe, expect, it } from "vitest";
import { isPyarenaError } from "../../core/pyarena-error.js";
import { parsePythonJson } from "./parse-python-json.js";

describe("parsePythonJson", () => {
  it("keeps Python's int/float distinction that JSON.parse loses", () => {
    expect(parsePythonJson("[1, 1.0, -0, 2.5e3, 1E-7, 10]")).toEqual([
      1,
      { $float: 1 },
      0,
      { $float: 2500 },
      { $float: 1e-7 },
      10,
    ]);
  });

  it("keeps integers beyond 2^53 exact", () => {
    expect(parsePythonJson("[9007199254740991, 9007199254740993, -99999999999999999999999]")).toEqual([
      9007199254740991,
      { $int: "9007199254740993" },
      { $int: "-99999999999999999999999" },
    ]);
  });

  it("reads Python's NaN and Infinity extensions, and overflowing floats as inf", () => {
    expect(parsePythonJson("[NaN, Infinity, -Infinity, 1e400, -1e400]")).toEqual([
      { $float: "nan" },
      { $float: "inf" },
      { $float: "-inf" },
      { $float: "inf" },
      { $float: "-inf" },
    ]);
  });

  it("turns objects into dicts in key order, the last of repeated keys winning", () => {
    expect(parsePythonJson('{"b": [], "a": {"x": null}, "b": true}')).toEqual({
      $dict: [
        ["b", true],
        ["a", { $dict: [["x", null]] }],
      ],
    });
  });

  it("decodes string escapes, including lone surrogates as Python does", () => {
    expect(parsePythonJson(String.raw`["a\"b\\c\n", "\u00e9\ud800", ""]`)).toEqual([
      'a"b\\c\n',
      "é\ud800",
      "",
    ]);
  });

  it("rejects malformed text with IMPORT_FAILED and the offset", () => {
    for (const bad of ["[1, 2", "[1 2]", "{1: 2}", "01", "[1,]", "nan", "[] []", '"a\tb"', '"\\x41"']) {
      expect(() => parsePythonJson(bad), bad).toThrow(/invalid JSON at offset/);
      try {
        parsePythonJson(bad);
      } catch (error) {
        expect(isPyarenaError(error, "IMPORT_FAILED")).toBe(true);
      }
    }
  });
});
