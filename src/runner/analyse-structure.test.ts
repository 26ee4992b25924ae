import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SandboxPool } from "../sandbox/sandbox-pool.js";
import { documentationMetrics, type StructureResult } from "../scoring/quality/python-structure.js";
import { analyseStructure } from "./analyse-structure.js";

const THREE_PUBLIC = `import re


def slugify(title: str, sep: str = "-") -> str:
    """Turn a title into a URL slug.

    Args:
        title: the text to convert.
        sep: what joins the words.

    Returns:
        The lowercase slug.
    """
    words = re.findall(r"[a-z0-9]+", title.lower())
    return sep.join(words)


def count_words(text):
    return len(text.split())


def shout(text: str):
    return text.upper() + "!"


def _private(x):
    return x
`;

const CLASSY = `import os


class Store:
    """A key-value store kept in a file.

    Raises KeyError on missing keys.
    """

    def __init__(self, path: str) -> None:
        self.path = path

    def get(self, key: str) -> str:
        """The value of key."""
        raise KeyError(key)

    @staticmethod
    def normalise(key):
        return key.lower()

    @classmethod
    def default(cls) -> "Store":
        return cls(os.devnull)

    def _hidden(self, x):
        return x


class _Private:
    def visible_name(self, x):
        return x


def run_me():
    raise SystemExit("never executed: the helper only parses")
`;

function facts(result: StructureResult | undefined) {
  if (result?.ok !== true) throw new Error(`no facts: ${JSON.stringify(result)}`);
  return result.facts;
}

describe("analyseStructure (ast inside the sandbox)", () => {
  let pool: SandboxPool;
  beforeAll(async () => {
    pool = await SandboxPool.open({ slots: 2 });
  });
  afterAll(async () => {
    await pool[Symbol.asyncDispose]();
  });

  it("measures 1 of 3 public functions documented and 4 of 7 hint slots filled", async () => {
    const results = await analyseStructure(pool, new Map([["three", THREE_PUBLIC]]));
    const found = facts(results.get("three"));
    expect(found.definitions.map((d) => d.name)).toEqual(["slugify", "count_words", "shout"]);
    expect(documentationMetrics(found)).toEqual({
      publicDefinitions: 3,
      documented: 1,
      docstringCoverage: 1 / 3,
      wellShaped: 1,
      shapeFindings: [],
      hintSlots: 7,
      annotatedSlots: 4,
      hintCoverage: 4 / 7,
      truncated: false,
    });
  });

  it("reads classes and methods without running anything, and leaves out self, cls and private names", async () => {
    const results = await analyseStructure(pool, new Map([["classy", CLASSY]]));
    const found = facts(results.get("classy"));
    expect(found.definitions.map((d) => [d.kind, d.name, d.params.map((p) => p.name)])).toEqual([
      ["class", "Store", ["path"]],
      ["method", "Store.__init__", ["path"]],
      ["method", "Store.get", ["key"]],
      ["method", "Store.normalise", ["key"]],
      ["method", "Store.default", []],
      ["function", "run_me", []],
    ]);
    const metrics = documentationMetrics(found);
    expect(metrics).toMatchObject({ publicDefinitions: 5, documented: 2, hintSlots: 7, annotatedSlots: 4 });
    expect(metrics.shapeFindings).toEqual([
      { name: "Store", line: 4, problems: ["params-not-mentioned"] },
      { name: "Store.get", line: 13, problems: ["raises-not-mentioned"] },
    ]);
  });

  it("answers every candidate of a batch, including one that does not parse", async () => {
    const sources = new Map<string, string>([
      ["broken", "def f(:\n    pass\n"],
      ["nested", `x = ${"(".repeat(5000)}1${")".repeat(5000)}\n`],
    ]);
    for (let i = 0; i < 40; i++) sources.set(`ok${i}`, `def f${i}(x: int) -> int:\n    return x\n`);
    const results = await analyseStructure(pool, sources);
    expect(results.size).toBe(42);
    expect(results.get("broken")).toEqual({ ok: false, reason: "the source does not parse (SyntaxError)" });
    expect(results.get("nested")?.ok).toBe(false);
    expect(documentationMetrics(facts(results.get("ok39")))).toMatchObject({
      hintSlots: 2,
      annotatedSlots: 2,
    });
  });

  it("waits for a slot with one abort listener per slot, not one per chunk (no listener warning)", async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on("warning", onWarning);
    try {
      const sources = new Map<string, string>();
      for (let i = 0; i < 32 * 15; i++) sources.set(`s${i}`, `def f${i}(x):\n    return x\n`);
      const results = await analyseStructure(pool, sources, new AbortController().signal);
      await new Promise((resolve) => setImmediate(resolve));
      expect(results.size).toBe(480);
      expect(warnings).not.toContain("MaxListenersExceededWarning");
    } finally {
      process.off("warning", onWarning);
    }
  });
});
