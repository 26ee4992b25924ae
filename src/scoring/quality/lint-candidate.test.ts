import { describe, expect, it } from "vitest";
import { countNonBlankLines, lintCandidate } from "./lint-candidate.js";
import { findingGroup } from "./lint-rule-set.js";

const codes = (source: string) => lintCandidate(source).findings.map((f) => [f.code, f.line, f.group]);

describe("lintCandidate (ruff, WebAssembly)", () => {
  it("flags an unused import as readability and a bare except as a likely bug", () => {
    const source = [
      "import os",
      "",
      "",
      "def read_number(text):",
      "    try:",
      "        return int(text)",
      "    except:",
      "        return None",
      "",
    ].join("\n");
    const report = lintCandidate(source);
    expect(report.findings.map((f) => [f.code, f.line, f.group])).toEqual([
      ["F401", 1, "readability"],
      ["E722", 7, "likely-bug"],
    ]);
    expect(report.counts).toEqual({ "likely-bug": 1, idiom: 0, readability: 1 });
    expect(report.nonBlankLines).toBe(6);
    expect(report.findingsPer100Lines).toBeCloseTo(200 / 6, 10);
  });

  it("finds nothing in a clean, idiomatic sample", () => {
    const source = [
      "from collections import Counter",
      "",
      "",
      "def top_words(text: str, n: int) -> list[tuple[str, int]]:",
      '    """Return the n most common words of text, most common first."""',
      "    counts = Counter(text.lower().split())",
      "    return counts.most_common(n)",
      "",
    ].join("\n");
    const report = lintCandidate(source);
    expect(report.findings).toEqual([]);
    expect(report.counts).toEqual({ "likely-bug": 0, idiom: 0, readability: 0 });
    expect(report.findingsPer100Lines).toBe(0);
    // As a JSON string or a fenced block would carry it, without the final newline: still clean,
    // though trailing whitespace on a line is the writer's and is found.
    expect(lintCandidate(source.trimEnd()).findings).toEqual([]);
    const trailing = source.replace("split())\n", "split()) \n").trimEnd();
    expect(lintCandidate(trailing).findings.map((f) => [f.code, f.line])).toEqual([["W291", 6]]);
  });

  it("groups old-style typing and comparisons to None as idiom", () => {
    const source = [
      "from typing import List",
      "",
      "",
      "def firsts(rows: List[list]) -> List[int]:",
      "    return [r[0] for r in rows if r != None]",
      "",
    ].join("\n");
    expect(codes(source)).toEqual([
      ["UP035", 1, "idiom"],
      ["UP006", 4, "idiom"],
      ["UP006", 4, "idiom"],
      ["E711", 5, "idiom"],
    ]);
  });

  it("reports a syntax error as a likely bug", () => {
    expect(codes("def f(:\n    pass\n")[0]).toEqual(["invalid-syntax", 1, "likely-bug"]);
  });

  it("allows lines of 100 characters and flags longer ones as readability", () => {
    const line = (n: number) => `x = "${"a".repeat(n - 6)}"\n`;
    expect(codes(line(100))).toEqual([]);
    expect(codes(line(101))).toEqual([["E501", 1, "readability"]]);
  });

  it("measures each function's complexity: nested ifs score higher than flat code", () => {
    const source = [
      "def classify(a, b, c):",
      "    if a:",
      "        if b:",
      "            if c:",
      "                return 1",
      "            return 2",
      "        return 3",
      "    return 4",
      "",
      "",
      "def flat(a):",
      "    return a + 1",
      "",
    ].join("\n");
    const report = lintCandidate(source);
    expect(report.complexity.functions).toEqual([
      { name: "classify", line: 1, complexity: 4 },
      { name: "flat", line: 11, complexity: 1 },
    ]);
    expect(report.complexity).toMatchObject({ max: 4, total: 5 });
    expect(report.findings).toEqual([]); // complexity 4 is within the limit of 10
  });

  it("counts complexity above 10 as a readability finding", () => {
    const branches = Array.from({ length: 11 }, (_, i) => `    if x == ${i}:\n        return ${i}`);
    const source = `def pick(x):\n${branches.join("\n")}\n    return -1\n`;
    const report = lintCandidate(source);
    expect(report.complexity.max).toBe(12);
    expect(report.findings.map((f) => [f.code, f.group, f.message])).toEqual([
      ["C901", "readability", "`pick` is too complex (12 > 10)"],
    ]);
  });

  it("has zero complexity and zero density for empty source", () => {
    const report = lintCandidate("");
    expect(report).toMatchObject({
      nonBlankLines: 0,
      findingsPer100Lines: 0,
      complexity: { max: 0, total: 0 },
    });
  });
});

describe("findingGroup", () => {
  it.each([
    ["F821", "likely-bug"],
    ["F841", "likely-bug"],
    ["B006", "likely-bug"],
    ["E902", "likely-bug"],
    ["W605", "likely-bug"],
    ["F401", "readability"],
    ["E501", "readability"],
    ["W291", "readability"],
    ["N802", "readability"],
    ["C901", "readability"],
    ["UP006", "idiom"],
    ["SIM108", "idiom"],
    ["E731", "idiom"],
  ])("%s is %s", (code, group) => {
    expect(findingGroup(code)).toBe(group);
  });
});

describe("countNonBlankLines", () => {
  it("ignores whitespace-only lines and any line ending", () => {
    expect(countNonBlankLines("a\n\n   \r\nb\r\n\tc\n")).toBe(3);
  });
});
