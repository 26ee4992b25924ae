import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseOutcome } from "../core/observation.js";
import { executionLimits } from "./execution-limits.js";
import { SandboxPool } from "./sandbox-pool.js";

let pool: SandboxPool;
beforeAll(async () => {
  pool = await SandboxPool.open();
});
afterAll(async () => {
  await pool[Symbol.asyncDispose]();
});

async function observe(body: string, args: unknown[] = []): Promise<CaseOutcome | undefined> {
  const result = await pool.run({
    files: { "candidate.py": `import math\n\ndef f(*args):\n${body.replace(/^/gm, "    ")}\n` },
    job: { mode: "cases", candidate: "candidate.py", entry_point: "f", cases: [{ id: "x", args }] },
    limits: executionLimits({ cpu_floor_seconds: 2 }),
  });
  return result.observations[0]?.outcome;
}

describe("the harness observes plain data only", () => {
  it("encodes builtin values exactly, with tags for what JSON lacks", async () => {
    expect(await observe("return [1, 2.5, 'é', None, True, (1,), {2: b'hi'}, frozenset({3}), 1+2j]")).toEqual(
      {
        kind: "value",
        value: [
          1,
          { $float: 2.5 },
          "é",
          null,
          true,
          { $tuple: [1] },
          { $dict: [[2, { $bytes: "aGk=" }]] },
          { $frozenset: [3] },
          { $complex: [1, 2] },
        ],
      },
    );
  });

  it("writes a list of finite floats compactly, and any other list item by item", async () => {
    expect(await observe("return [[0.5, 1.5, 2.0], [0.5, 1], [0.5, math.nan]]")).toEqual({
      kind: "value",
      value: [{ $floats: [0.5, 1.5, 2] }, [{ $float: 0.5 }, 1], [{ $float: 0.5 }, { $float: "nan" }]],
    });
    expect(await observe("return [type(v).__name__ for v in args[0]]", [{ $floats: [1, 2.5] }])).toEqual({
      kind: "value",
      value: ["float", "float"],
    });
  });

  it("keeps big ints exact and floats special values named", async () => {
    expect(await observe("return [10**30, -(2**53), math.nan, -math.inf]")).toEqual({
      kind: "value",
      value: [
        { $int: "1000000000000000000000000000000" },
        { $int: "-9007199254740992" },
        { $float: "nan" },
        { $float: "-inf" },
      ],
    });
  });

  it("observes subclasses and other objects as opaque, never as the value they pretend to be", async () => {
    const liar =
      "class Liar(int):\n    def __eq__(self, other):\n        return True\nreturn [Liar(3), object()]";
    const outcome = await observe(liar);
    expect(outcome).toEqual({
      kind: "value",
      value: [{ $opaque: "candidate.f.<locals>.Liar" }, { $opaque: "builtins.object" }],
    });
  });

  it("rejects a value that contains itself instead of looping", async () => {
    expect(await observe("x = []\nx.append(x)\nreturn x")).toMatchObject({
      kind: "raised",
      type: "pyarena.UnencodableValue",
    });
  });

  it("passes arguments as fresh Python values, tuples and dicts included", async () => {
    expect(
      await observe("return [type(a).__name__ for a in args]", [
        { $tuple: [1] },
        { $dict: [["k", 1]] },
        { $set: [1] },
        { $bytes: "aGk=" },
      ]),
    ).toEqual({
      kind: "value",
      value: ["tuple", "dict", "set", "bytes"],
    });
  });

  it("reports an exception by qualified name with its builtin bases", async () => {
    expect(await observe("class Boom(KeyError):\n    pass\nraise Boom('x')")).toEqual({
      kind: "raised",
      type: "candidate.f.<locals>.Boom",
      bases: ["KeyError", "LookupError", "Exception", "BaseException"],
    });
  });
});
