import type { ExtractionMethod } from "../core/run-record.js";

export interface ExtractedCode {
  readonly code: string;
  readonly method: ExtractionMethod;
  /** How many fenced blocks the response held: a hint when extraction picked the wrong one. */
  readonly blocks: number;
}

interface Block {
  readonly lang: string;
  readonly body: string;
}

const FENCE = /^(\s*)(`{3,}|~{3,})[ \t]*([\w+.-]*)[^\n]*\n([\s\S]*?)(?:^\1?\2[ \t]*$|(?![\s\S]))/gm;
const PYTHON_LANGS = new Set(["", "python", "py", "python3", "py3"]);
const CODE_START = /^(?:from\s+\S+\s+import\b|import\s+\w|def\s+\w|async\s+def\s+\w|class\s+\w|@\w)/m;

function fencedBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const match of text.matchAll(FENCE)) {
    const indent = match[1] ?? "";
    const body = (match[4] ?? "")
      .split("\n")
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join("\n");
    blocks.push({ lang: (match[3] ?? "").toLowerCase(), body: body.replace(/\s+$/, "\n") });
  }
  return blocks;
}

function definesEntry(code: string, entryPoint: string): boolean {
  const name = entryPoint.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^(?:async\\s+def|def|class)\\s+${name}\\b|^${name}\\s*=`, "m").test(code);
}

/**
 * Find the program in a model's answer. Models wrap code in prose, show usage examples in
 * extra blocks, or send bare code; the block that defines the entry point wins, then the
 * largest Python block, then bare code from its first statement. The method is recorded with
 * every sample so a reader can tell a model that wrote no code from one that wrote wrong code.
 */
export function extractCode(response: string, entryPoint?: string): ExtractedCode {
  const blocks = fencedBlocks(response).filter((b) => PYTHON_LANGS.has(b.lang) && b.body.trim() !== "");
  if (blocks.length > 0) {
    if (entryPoint !== undefined) {
      const defining = blocks.filter((b) => definesEntry(b.body, entryPoint));
      const last = defining.at(-1);
      if (last !== undefined) return { code: last.body, method: "fenced-entry", blocks: blocks.length };
    }
    const largest = blocks.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    return { code: largest.body, method: "fenced", blocks: blocks.length };
  }
  const start = CODE_START.exec(response);
  if (start !== null) {
    const code = response.slice(start.index).replace(/\s+$/, "\n");
    if (entryPoint === undefined || definesEntry(code, entryPoint))
      return { code, method: "bare", blocks: 0 };
  }
  return { code: "", method: "none", blocks: 0 };
}

const ANSWER_TAG = /\[ANSWER\]([\s\S]*?)\[\/ANSWER\]/;

/**
 * The answer of a prediction task is one Python expression. CRUXEval-style answers come as
 * `[ANSWER]assert f(x) == y[/ANSWER]` or a fenced `assert`; keep the side the task asks for.
 */
export function extractExpression(response: string, side: "output" | "input"): ExtractedCode {
  const tagged = ANSWER_TAG.exec(response)?.[1];
  const fenced = fencedBlocks(response).find((b) => b.body.trim() !== "")?.body;
  const raw = (tagged ?? fenced ?? response).trim();
  if (raw === "") return { code: "", method: "none", blocks: 0 };
  const line = raw.split("\n").find((l) => l.trim().startsWith("assert ")) ?? raw;
  const assertion = /^\s*assert\s+([\s\S]+?)\s*==\s*([\s\S]+)$/.exec(line);
  const method: ExtractionMethod = tagged !== undefined || fenced !== undefined ? "fenced" : "bare";
  if (assertion !== null) {
    const [, left = "", right = ""] = assertion;
    return { code: (side === "output" ? right : left).trim(), method, blocks: fenced === undefined ? 0 : 1 };
  }
  return { code: raw, method, blocks: fenced === undefined ? 0 : 1 };
}
