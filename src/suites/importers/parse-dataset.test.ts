import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPyarenaError } from "../../core/pyarena-error.js";
import { SHARED_DATASETS } from "../../test-support/examples.js";
import { DATASET_FORMATS, parseDataset } from "./parse-dataset.js";
import type { SuiteDraft, TaskDraft, TestsDraft } from "./task-draft.js";

/*
 * Parsing is pure: these tests read the real public files (../shared/datasets) and check what
 * the drafts say, without any sandbox. What the sandbox makes of them is import-suite.test.ts.
 */
const file = (...parts: string[]) => join(SHARED_DATASETS, ...parts);
const FILES = {
  humaneval: file("humaneval", "HumanEval.jsonl.gz"),
  mbpp: file("mbpp", "mbpp.jsonl"),
  "mbpp-sanitized": file("mbpp", "sanitized-mbpp.json"),
  "humaneval-plus": file("humanevalplus", "HumanEvalPlus.jsonl.gz"),
  "mbpp-plus": file("mbppplus", "MbppPlus.jsonl.gz"),
  "humanevalpack-fix": file("humanevalpack", "humanevalpack-python.jsonl"),
  "humanevalpack-explain": file("humanevalpack", "humanevalpack-python.jsonl"),
  "cruxeval-input": file("cruxeval", "cruxeval.jsonl"),
  "cruxeval-output": file("cruxeval", "cruxeval.jsonl"),
} as const;

const cache = new Map<string, SuiteDraft>();
function parsed(format: keyof typeof FILES): SuiteDraft {
  let draft = cache.get(format);
  if (draft === undefined) {
    draft = parseDataset(format, FILES[format]);
    cache.set(format, draft);
  }
  return draft;
}

function task(draft: SuiteDraft, sourceId: string): TaskDraft {
  const found = draft.tasks.find((t) => t.source.id === sourceId);
  if (found === undefined) throw new Error(`no ${sourceId} in ${draft.name}`);
  return found;
}

function inputs(t: TaskDraft): Extract<TestsDraft, { kind: "inputs" }> {
  if (t.tests.kind !== "inputs") throw new Error(`${t.id} has ${t.tests.kind} tests`);
  return t.tests;
}

describe("parseDataset on the public files", () => {
  it.each(
    Object.entries({
      humaneval: 164,
      mbpp: 974,
      "mbpp-sanitized": 427,
      "humaneval-plus": 164,
      "mbpp-plus": 378,
      "humanevalpack-fix": 164,
      "humanevalpack-explain": 164,
      "cruxeval-input": 800,
      "cruxeval-output": 800,
    }),
  )("%s has %i tasks with valid, unique ids", (format, count) => {
    const draft = parsed(format as keyof typeof FILES);
    expect(draft.name).toBe(format);
    expect(draft.tasks).toHaveLength(count);
    expect(new Set(draft.tasks.map((t) => t.id)).size).toBe(count);
    for (const t of draft.tasks) expect(t.id).toMatch(/^[a-z0-9][a-z0-9_.-]*$/);
  });

  it("covers every format the CLI offers", () => {
    expect([...DATASET_FORMATS].sort()).toEqual(Object.keys(FILES).sort());
  });

  it("HumanEval: reference = prompt + canonical solution, tests = check(candidate) with a legacy fallback", () => {
    const t = task(parsed("humaneval"), "HumanEval/0");
    expect(t.id).toBe("humaneval-0");
    expect(t.entryPoint).toBe("has_close_elements");
    expect(t.reference).toMatch(
      /^from typing import List\n[\s\S]*def has_close_elements[\s\S]*return False\n/,
    );
    expect(t.prompt).toContain("whole function");
    expect(t.tests.kind).toBe("asserts");
    if (t.tests.kind !== "asserts") return;
    expect(t.tests.job).toMatchObject({ function: "check", aliases: ["has_close_elements"] });
    // HumanEval/32's test needs poly() from the prompt, and /33 calls the entry point by name.
    const legacy32 = task(parsed("humaneval"), "HumanEval/32").tests;
    expect(legacy32.kind === "asserts" && legacy32.legacyTest).toMatch(
      /def poly\(xs[\s\S]*def check\(candidate\)/,
    );
  });

  it("MBPP: CRLF is normalised, the entry point is found, challenge asserts are cases", () => {
    const draft = parsed("mbpp");
    expect(draft.tasks.filter((t) => t.reference.includes("\r"))).toEqual([]);
    const t = task(draft, "11");
    expect(t).toMatchObject({ id: "mbpp-11", entryPoint: "remove_Occ", kind: "generate", tier: "easy" });
    expect(t.prompt).toContain('assert remove_Occ("hello","l") == "heo"');
    const bodies = draft.tasks.map((d) =>
      d.tests.kind === "asserts" ? d.tests.job.body.split("\n").length : 0,
    );
    expect(bodies.filter((n) => n > 3).length).toBe(11);
  });

  it("MBPP sanitized: test_imports run before the asserts", () => {
    const t = task(parsed("mbpp-sanitized"), "2");
    expect(t.id).toBe("mbpp-sanitized-2");
    expect(t.entryPoint).toBe("similar_elements");
  });

  it("HumanEval+: 1,570 base and 122,683 plus inputs, EvalPlus's atol, and a validator for find_zero", () => {
    const draft = parsed("humaneval-plus");
    const all = draft.tasks.map(inputs);
    expect(all.reduce((n, t) => n + t.inputs.filter((i) => i.id.startsWith("base-")).length, 0)).toBe(1570);
    expect(all.reduce((n, t) => n + t.inputs.filter((i) => i.id.startsWith("plus-")).length, 0)).toBe(122683);
    expect(draft.tasks.filter((t) => inputs(t).atol > 0).map((t) => t.source.id)).toEqual([
      "HumanEval/2",
      "HumanEval/4",
      "HumanEval/32",
    ]);
    const findZero = task(draft, "HumanEval/32");
    expect(inputs(findZero).oracle).toEqual({ kind: "validator", name: "is_root" });
    expect(findZero.validators).toContain("def is_root(args, output, expected)");
    expect(inputs(findZero).inputs[0]).toEqual({ id: "base-0", args: [[-10, -2]] });
    expect(draft.tasks.filter((t) => t.validators !== undefined)).toHaveLength(1);
  });

  it("MBPP+: inputs rebuilt as EvalPlus does, special oracles mapped", () => {
    const draft = parsed("mbpp-plus");
    const all = draft.tasks.map(inputs);
    expect(all.reduce((n, t) => n + t.inputs.filter((i) => i.id.startsWith("base-")).length, 0)).toBe(1174);
    expect(all.reduce((n, t) => n + t.inputs.filter((i) => i.id.startsWith("plus-")).length, 0)).toBe(39841);
    expect(all.filter((t) => t.atol > 0)).toHaveLength(13);
    expect(inputs(task(draft, "Mbpp/2")).inputs[0]?.args).toEqual([
      { $tuple: [3, 4, 5, 6] },
      { $tuple: [5, 7, 4, 10] },
    ]);
    expect(inputs(task(draft, "Mbpp/793")).inputs.every((i) => i.id.startsWith("base-"))).toBe(true);
    const oracles = Object.fromEntries(
      draft.tasks.flatMap((t) => {
        const oracle = inputs(t).oracle;
        return oracle === undefined
          ? []
          : [[t.source.id, oracle.kind === "validator" ? oracle.name : oracle.kind]];
      }),
    );
    expect(oracles).toEqual({
      "Mbpp/2": "same_elements",
      "Mbpp/7": "same_elements",
      "Mbpp/111": "same_elements",
      "Mbpp/140": "same_elements",
      "Mbpp/232": "same_elements",
      "Mbpp/558": "either_padding",
      "Mbpp/579": "same_elements",
      "Mbpp/581": "either_formula",
      "Mbpp/737": "not-none",
      "Mbpp/769": "same_elements",
      "Mbpp/787": "not-none",
      "Mbpp/794": "not-none",
    });
  });

  it("HumanEvalPack: fix shows the buggy code, explain the canonical one; both test with check()", () => {
    const fix = task(parsed("humanevalpack-fix"), "Python/0");
    expect(fix).toMatchObject({ id: "humanevalpack-fix-0", kind: "fix", entryPoint: "has_close_elements" });
    expect(fix.given).toContain("distance = elem - elem2");
    expect(fix.reference).toContain("distance = abs(elem - elem2)");
    expect(fix.prompt).toContain("wrong results");
    const explain = task(parsed("humanevalpack-explain"), "Python/0");
    expect(explain).toMatchObject({ kind: "explain", given: explain.reference });
    expect(explain.given).not.toContain('"""');
    for (const t of [fix, explain])
      expect(t.tests.kind === "asserts" && t.tests.legacyTest).not.toMatch(/^check\(/m);
  });

  it("CRUXEval: expressions, `output` for output mode and `f(<input>)` for input mode", () => {
    const output = task(parsed("cruxeval-output"), "sample_0");
    expect(output).toMatchObject({
      id: "cruxeval-output-0",
      kind: "predict-output",
      tests: { kind: "expression" },
    });
    expect(output.reference).toBe("[(4, 1), (4, 1), (4, 1), (4, 1), (2, 3), (2, 3)]\n");
    const input = task(parsed("cruxeval-input"), "sample_1");
    expect(input).toMatchObject({
      id: "cruxeval-input-1",
      kind: "predict-input",
      reference: "f((1, ), (1, ), (1, 2))\n",
    });
    expect(input.given).toMatch(/^def f\(a, b, c\):/);
  });

  it("selects tasks with limit and ids", () => {
    expect(parseDataset("humaneval", FILES.humaneval, { limit: 3 }).tasks.map((t) => t.id)).toEqual([
      "humaneval-0",
      "humaneval-1",
      "humaneval-2",
    ]);
    const some = parseDataset("mbpp-plus", FILES["mbpp-plus"], { ids: ["Mbpp/2", "Mbpp/581"] });
    expect(some.tasks.map((t) => t.id)).toEqual(["mbpp-plus-2", "mbpp-plus-581"]);
  });

  it("reports unknown formats and unreadable files with stable codes", () => {
    expect(() => parseDataset("apps", FILES.humaneval)).toThrow(expect.objectContaining({ code: "USAGE" }));
    try {
      parseDataset("humaneval", file("nope.jsonl"));
      expect.unreachable();
    } catch (error) {
      expect(isPyarenaError(error, "IMPORT_FAILED")).toBe(true);
    }
  });
});
