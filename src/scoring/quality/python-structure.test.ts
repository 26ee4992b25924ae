import { describe, expect, it } from "vitest";
import { docstringShape } from "./docstring-shape.js";
import { documentationMetrics, type PublicDefinition, parseStructureOutcome } from "./python-structure.js";

const fn = (name: string, extra: Partial<PublicDefinition> = {}): PublicDefinition => ({
  kind: "function",
  name,
  line: 1,
  docstring: null,
  params: [],
  returnAnnotated: false,
  returnsValue: false,
  raises: [],
  ...extra,
});

const hinted = (name: string) => ({ name, annotated: true });
const bare = (name: string) => ({ name, annotated: false });

describe("documentationMetrics", () => {
  it("counts docstring and type-hint coverage over public functions", () => {
    const metrics = documentationMetrics({
      definitions: [
        fn("slugify", {
          docstring: "Turn a title into a slug.\n\nArgs:\n    title: the text.\n\nReturns:\n    The slug.",
          params: [hinted("title")],
          returnAnnotated: true,
          returnsValue: true,
        }),
        fn("count_words", { params: [bare("text")], returnsValue: true }),
        fn("shout", { params: [hinted("text")], returnsValue: true }),
      ],
      truncated: false,
      nonBlankLines: 12,
    });
    expect(metrics).toEqual({
      publicDefinitions: 3,
      documented: 1,
      docstringCoverage: 1 / 3,
      wellShaped: 1,
      shapeFindings: [],
      hintSlots: 6,
      annotatedSlots: 3,
      hintCoverage: 0.5,
      truncated: false,
    });
  });

  it("counts __init__ parameters as hint slots but never asks __init__ for a docstring", () => {
    const metrics = documentationMetrics({
      definitions: [
        { ...fn("Account", { kind: "class", docstring: "A bank account.", params: [hinted("owner")] }) },
        fn("Account.__init__", { kind: "method", params: [hinted("owner")], docstring: "Open for owner." }),
        fn("Account.close", { kind: "method", returnAnnotated: true }),
      ],
      truncated: false,
      nonBlankLines: 8,
    });
    expect(metrics).toMatchObject({
      publicDefinitions: 2,
      documented: 1,
      hintSlots: 2,
      annotatedSlots: 2,
      wellShaped: 1, // `owner` is mentioned in __init__'s docstring
    });
  });

  it("gives null coverage when there is nothing to cover", () => {
    expect(documentationMetrics({ definitions: [], truncated: false, nonBlankLines: 3 })).toMatchObject({
      docstringCoverage: null,
      hintCoverage: null,
    });
  });
});

describe("docstringShape", () => {
  const base = { params: [], returnsValue: false, raises: [] };

  it("accepts a one-line summary and a summary followed by a blank line", () => {
    expect(docstringShape({ ...base, docstring: "Do it." })).toEqual([]);
    expect(docstringShape({ ...base, docstring: "Do it.\n\nAt length." })).toEqual([]);
  });

  it("names each missing part", () => {
    const problems = docstringShape({
      docstring: "Parse the count\nfrom the text.",
      params: ["text", "n"],
      returnsValue: true,
      raises: ["ValueError"],
    });
    expect(problems).toEqual([
      "no-summary-line",
      "params-not-mentioned",
      "returns-not-mentioned",
      "raises-not-mentioned",
    ]);
  });

  it("matches parameter names as whole words only", () => {
    const thing = { ...base, params: ["n"] };
    expect(docstringShape({ ...thing, docstring: "Count the items." })).toEqual(["params-not-mentioned"]);
    expect(docstringShape({ ...thing, docstring: "The first n items." })).toEqual([]);
  });

  it("takes a raised exception's name as a mention of what is raised", () => {
    const thing = { ...base, raises: ["KeyError"] };
    expect(docstringShape({ ...thing, docstring: "Look up. KeyError when missing." })).toEqual([]);
  });
});

describe("parseStructureOutcome", () => {
  it("reports a source that does not parse, never throws", () => {
    expect(parseStructureOutcome({ kind: "raised", type: "SyntaxError", bases: [] })).toEqual({
      ok: false,
      reason: "the source does not parse (SyntaxError)",
    });
    expect(parseStructureOutcome(undefined).ok).toBe(false);
  });

  it("rejects anything but the helper's exact shape", () => {
    expect(parseStructureOutcome({ kind: "value", value: "[1]" }).ok).toBe(false);
    expect(parseStructureOutcome({ kind: "value", value: "{" }).ok).toBe(false);
    expect(parseStructureOutcome({ kind: "value", value: 3 }).ok).toBe(false);
    const extra = JSON.stringify({ definitions: [], truncated: false, nonBlankLines: 0, x: 1 });
    expect(parseStructureOutcome({ kind: "value", value: extra }).ok).toBe(false);
    const good = JSON.stringify({ definitions: [], truncated: false, nonBlankLines: 0 });
    expect(parseStructureOutcome({ kind: "value", value: good })).toEqual({
      ok: true,
      facts: { definitions: [], truncated: false, nonBlankLines: 0 },
    });
  });
});
