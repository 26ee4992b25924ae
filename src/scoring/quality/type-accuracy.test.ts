import { expect, it } from "vitest";
import { describeSlow } from "../../test-support/slow.js";
import { typeErrors } from "./type-accuracy.js";

describeSlow("typeErrors (pyright, basic mode)", () => {
  it("catches hints that lie, passes hints that hold, in one batch", async () => {
    const results = await typeErrors(
      new Map([
        ["lies", "def f(x: int) -> str:\n    return x + 1\n"],
        ["holds", "def f(x: int) -> str:\n    return str(x + 1)\n"],
        ["unhinted", "def f(x):\n    return x + 1\n"],
        ["third-party", "import numpy as np\n\n\ndef f(x: int) -> int:\n    return int(np.sum([x]))\n"],
        ["broken", "def f(:\n    pass\n"],
      ]),
    );
    const lies = results.get("lies");
    expect(lies?.errors).toBeGreaterThanOrEqual(1);
    expect(lies?.diagnostics.map((d) => [d.line, d.rule])).toContainEqual([2, "reportReturnType"]);
    expect(results.get("holds")).toEqual({ errors: 0, syntaxErrors: 0, diagnostics: [] });
    expect(results.get("unhinted")?.errors).toBe(0);
    expect(results.get("third-party")?.errors).toBe(0); // unresolved imports are not the candidate's fault
    expect(results.get("broken")?.syntaxErrors).toBeGreaterThanOrEqual(1);
    expect(results.get("broken")?.errors).toBe(0);
  });

  it("answers an empty batch without starting pyright", async () => {
    expect((await typeErrors(new Map())).size).toBe(0);
  });
});
