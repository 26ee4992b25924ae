import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { PyValue } from "../../core/py-value.js";
import { PyarenaError } from "../../core/pyarena-error.js";
import { parsePythonJson } from "./parse-python-json.js";

/** One record of a dataset: its top-level fields. */
export type DatasetRecord = Readonly<Record<string, unknown>>;

/** How to read a dataset file. */
export interface ReadOptions {
  /**
   * Parse numbers as Python does (1.0 stays a float, big integers stay exact, NaN and Infinity
   * are read) and give every field as a tagged Python value. Needed for test inputs.
   */
  readonly pythonValues?: boolean;
}

/**
 * Read a public dataset file: JSON Lines (`.jsonl`), one JSON array (`.json`), either of them
 * gzipped (`.gz`). Format errors name the file and line, since these files come from outside.
 */
export function readDatasetFile(path: string, options: ReadOptions = {}): DatasetRecord[] {
  let text: string;
  try {
    const bytes = readFileSync(path);
    text = (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8");
  } catch (error) {
    throw new PyarenaError("IMPORT_FAILED", `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parse = options.pythonValues
    ? (t: string) => fields(parsePythonJson(t))
    : (t: string) => JSON.parse(t) as unknown;
  const name = path.replace(/\.gz$/, "");
  if (name.endsWith(".json")) {
    const all = parseOrFail(path, 0, () =>
      options.pythonValues ? parsePythonJson(text) : (JSON.parse(text) as unknown),
    );
    const items = Array.isArray(all) ? all : undefined;
    if (items === undefined)
      throw new PyarenaError("IMPORT_FAILED", `${path}: expected a JSON array of records`);
    return items.map((item, i) =>
      asRecord(path, i + 1, options.pythonValues ? fields(item as PyValue) : item),
    );
  }
  const records: DatasetRecord[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    records.push(
      asRecord(
        path,
        i + 1,
        parseOrFail(path, i + 1, () => parse(line)),
      ),
    );
  });
  return records;
}

function parseOrFail(path: string, line: number, parse: () => unknown): unknown {
  try {
    return parse();
  } catch (error) {
    throw new PyarenaError("IMPORT_FAILED", `${path}:${line}: not valid JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

function fields(value: PyValue): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value) || !("$dict" in value))
    return value;
  return Object.fromEntries(value.$dict.map(([k, v]) => [String(k), v]));
}

function asRecord(path: string, line: number, value: unknown): DatasetRecord {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new PyarenaError("IMPORT_FAILED", `${path}:${line}: expected a JSON object`);
  }
  return value as DatasetRecord;
}

/** A required text field of a record, or an IMPORT_FAILED error that names it. */
export function textField(record: DatasetRecord, field: string, where: string): string {
  const value = record[field];
  if (typeof value !== "string")
    throw new PyarenaError("IMPORT_FAILED", `${where}: field "${field}" is not a string`);
  return value;
}

/** A list-of-strings field (MBPP's test lists); a missing field reads as empty. */
export function textList(record: DatasetRecord, field: string): string[] {
  const value = record[field];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
