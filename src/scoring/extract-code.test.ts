import { describe, expect, it } from "vitest";
import { extractCode, extractExpression } from "./extract-code.js";

describe("extractCode", () => {
  it("takes the fenced block that defines the entry point, not the usage example", () => {
    const text = [
      "Here is the solution:",
      "```python",
      "def add(a, b):",
      "    return a + b",
      "```",
      "Usage:",
      "```python",
      "print(add(1, 2))",
      "```",
    ].join("\n");
    expect(extractCode(text, "add")).toEqual({
      code: "def add(a, b):\n    return a + b\n",
      method: "fenced-entry",
      blocks: 2,
    });
  });

  it("prefers the last block that defines the entry point (the revised version)", () => {
    const text = "```python\ndef f():\n    return 1\n```\nBetter:\n```py\ndef f():\n    return 2\n```";
    expect(extractCode(text, "f").code).toContain("return 2");
  });

  it("falls back to the largest Python block when none defines the entry point", () => {
    const text = "```python\nx = 1\n```\n```python\nimport math\n\ndef g():\n    return math.pi\n```";
    expect(extractCode(text, "f")).toMatchObject({
      method: "fenced",
      code: expect.stringContaining("def g"),
    });
  });

  it("ignores blocks in other languages", () => {
    const text = "```bash\npip install x\n```\n```python\ndef f():\n    pass\n```";
    expect(extractCode(text, "f").code).toBe("def f():\n    pass\n");
  });

  it("accepts a truncated response whose last fence never closes", () => {
    expect(extractCode("```python\ndef f():\n    return [1,", "f")).toMatchObject({ method: "fenced-entry" });
  });

  it("finds bare code after prose", () => {
    const text = "Sure, here it is.\nimport os\n\ndef f():\n    return os.sep\n";
    expect(extractCode(text, "f")).toEqual({
      code: "import os\n\ndef f():\n    return os.sep\n",
      method: "bare",
      blocks: 0,
    });
  });

  it("finds classes and async functions as entry points", () => {
    expect(extractCode("```python\nclass Cart:\n    pass\n```", "Cart").method).toBe("fenced-entry");
    expect(extractCode("async def fetch():\n    pass\n", "fetch").method).toBe("bare");
  });

  it("reports no code when the answer has none", () => {
    expect(extractCode("I cannot help with that.", "f")).toEqual({ code: "", method: "none", blocks: 0 });
    expect(extractCode("The function f should use a loop.", "f").method).toBe("none");
  });

  it("handles fences indented inside a list", () => {
    const text = "1. Step:\n   ```python\n   def f():\n       return 1\n   ```\n";
    expect(extractCode(text, "f").code).toBe("def f():\n    return 1\n");
  });
});

describe("extractExpression", () => {
  it("keeps the side of a CRUXEval-style assertion that the task asks for", () => {
    const text = "[ANSWER]assert f([1, 2]) == [2, 1][/ANSWER]";
    expect(extractExpression(text, "output").code).toBe("[2, 1]");
    expect(extractExpression(text, "input").code).toBe("f([1, 2])");
  });

  it("reads a fenced expression, or the bare answer", () => {
    expect(extractExpression("```python\n'abc'\n```", "output")).toMatchObject({
      code: "'abc'",
      method: "fenced",
    });
    expect(extractExpression("42", "output")).toMatchObject({ code: "42", method: "bare" });
    expect(extractExpression("   ", "output").method).toBe("none");
  });
});
