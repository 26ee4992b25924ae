import type { PyValue } from "../../core/py-value.js";
import { PyarenaError } from "../../core/pyarena-error.js";

const SAFE = 2n ** 53n;
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\]|\\.)*"/y;
const WHITESPACE = /[ \t\n\r]*/y;
const CONSTANTS: ReadonlyArray<readonly [string, PyValue]> = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", { $float: "nan" }],
  ["Infinity", { $float: "inf" }],
  ["-Infinity", { $float: "-inf" }],
];

/**
 * Parse JSON the way Python's `json.loads` does, straight into pyarena's tagged values. EvalPlus
 * writes its inputs with `json.dumps`, so `1.0` is a float, `1` an int, integers may exceed 2^53
 * and `NaN`/`Infinity` appear; `JSON.parse` would lose all of that. Objects become dicts.
 */
export function parsePythonJson(text: string): PyValue {
  const parser = new Parser(text);
  const value = parser.value(0);
  parser.skip();
  if (parser.at < text.length) parser.fail("the end of the JSON text");
  return value;
}

class Parser {
  at = 0;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  fail(expected: string): never {
    const near = this.#text.slice(this.at, this.at + 30);
    throw new PyarenaError(
      "IMPORT_FAILED",
      `invalid JSON at offset ${this.at}: expected ${expected}, found ${JSON.stringify(near)}`,
    );
  }

  skip(): void {
    WHITESPACE.lastIndex = this.at;
    WHITESPACE.test(this.#text);
    this.at = WHITESPACE.lastIndex;
  }

  #match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.#text);
    if (found === null) return undefined;
    this.at = pattern.lastIndex;
    return found[0];
  }

  value(depth: number): PyValue {
    if (depth > 150) this.fail("less deeply nested data");
    this.skip();
    const c = this.#text[this.at];
    if (c === "[") return this.#array(depth);
    if (c === "{") return this.#object(depth);
    if (c === '"') return this.#string();
    for (const [word, value] of CONSTANTS) {
      if (this.#text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    const lexeme = this.#match(NUMBER);
    if (lexeme === undefined) this.fail("a JSON value");
    if (/[.eE]/.test(lexeme)) {
      const f = Number(lexeme); // 1e400 overflows to inf in Python too
      return { $float: Number.isFinite(f) ? f : f > 0 ? "inf" : "-inf" };
    }
    const n = BigInt(lexeme);
    return n > -SAFE && n < SAFE ? Number(n) : { $int: n.toString() };
  }

  #string(): string {
    const start = this.at;
    const lexeme = this.#match(STRING);
    if (lexeme === undefined) this.fail("a JSON string");
    try {
      return JSON.parse(lexeme) as string; // rejects raw control characters and bad escapes
    } catch (error) {
      this.at = start;
      return this.fail(`a valid JSON string (${(error as Error).message})`);
    }
  }

  #list(close: string, item: () => void): void {
    this.at++;
    this.skip();
    if (this.#text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      this.skip();
      const c = this.#text[this.at++];
      if (c === close) return;
      if (c !== ",") {
        this.at--;
        this.fail(`',' or '${close}'`);
      }
    }
  }

  #array(depth: number): PyValue[] {
    const items: PyValue[] = [];
    this.#list("]", () => items.push(this.value(depth + 1)));
    return items;
  }

  #object(depth: number): PyValue {
    const entries = new Map<string, PyValue>();
    this.#list("}", () => {
      this.skip();
      const key = this.#string();
      this.skip();
      if (this.#text[this.at++] !== ":") {
        this.at--;
        this.fail("':'");
      }
      entries.set(key, this.value(depth + 1)); // a repeated key keeps the last value, as in Python
    });
    return { $dict: [...entries] };
  }
}
