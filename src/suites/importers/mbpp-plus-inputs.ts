import type { PyFloat, PyValue } from "../../core/py-value.js";
import { PyarenaError } from "../../core/pyarena-error.js";

type Args = PyValue[];

function fail(what: string): never {
  throw new PyarenaError("IMPORT_FAILED", `MBPP+ input: ${what}`);
}

function isList(value: PyValue | undefined): value is PyValue[] {
  return Array.isArray(value);
}

/** Python's `tuple(x)` for the iterables that JSON can hold. */
function tuple(value: PyValue | undefined): PyValue {
  if (isList(value)) return { $tuple: value };
  if (typeof value === "string") return { $tuple: [...value] };
  if (value !== null && typeof value === "object" && "$tuple" in value) return value;
  if (value !== null && typeof value === "object" && "$dict" in value)
    return { $tuple: value.$dict.map(([k]) => k) };
  return fail(`tuple() of ${JSON.stringify(value)}`);
}

function listItems(value: PyValue | undefined): PyValue[] {
  return isList(value) ? value : fail(`expected a list, got ${JSON.stringify(value)}`);
}

function allTuples(value: PyValue): PyValue {
  return isList(value) ? { $tuple: value.map(allTuples) } : value;
}

const FLOAT = String.raw`(?:(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?|inf(?:inity)?|nan)`;
const REAL = new RegExp(`^[+-]?${FLOAT}$`, "i");
const IMAG = new RegExp(`^([+-]?(?:${FLOAT})?)j$`, "i");
const BOTH = new RegExp(`^([+-]?${FLOAT})([+-](?:${FLOAT})?)j$`, "i");

function pyFloat(text: string): PyFloat {
  const t = text.replace(/_/g, "").toLowerCase();
  const sign = t.startsWith("-") ? -1 : 1;
  const body = t.replace(/^[+-]/, "");
  if (body === "nan") return "nan";
  if (body === "inf" || body === "infinity") return sign > 0 ? "inf" : "-inf";
  const f = sign * Number(body === "" ? "1" : body);
  return Number.isFinite(f) ? f : f > 0 ? "inf" : "-inf";
}

/** Python's `float(x)` for an int or a numeric string. */
function toFloat(value: PyValue | undefined): PyValue {
  if (typeof value === "number") return { $float: value };
  if (typeof value === "string" && REAL.test(value.trim())) return { $float: pyFloat(value.trim()) };
  if (value !== null && typeof value === "object" && "$float" in value) return value;
  return fail(`float() of ${JSON.stringify(value)}`);
}

/** Python's `complex(x)` for a number or a string such as `1j`, `(-0-1j)` or `1e-100`. */
function toComplex(value: PyValue | undefined): PyValue {
  if (typeof value === "number") return { $complex: [value, 0] };
  if (value !== null && typeof value === "object" && "$float" in value)
    return { $complex: [value.$float, 0] };
  if (typeof value !== "string") return fail(`complex() of ${JSON.stringify(value)}`);
  let text = value.trim();
  if (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1).trim();
  if (REAL.test(text)) return { $complex: [pyFloat(text), 0] };
  const imag = IMAG.exec(text);
  if (imag) return { $complex: [0, pyFloat(imag[1] ?? "")] };
  const both = BOTH.exec(text);
  if (both) return { $complex: [pyFloat(both[1] ?? ""), pyFloat(both[2] ?? "")] };
  return fail(`complex() of ${JSON.stringify(value)}`);
}

const RULES: ReadonlyArray<readonly [readonly number[], (inp: Args) => Args]> = [
  [
    [
      2, 116, 132, 143, 222, 261, 273, 394, 399, 421, 424, 429, 470, 560, 579, 596, 616, 630, 726, 740, 744,
      809,
    ],
    (inp) => inp.map(tuple),
  ],
  [
    [63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780],
    (inp) => inp.map((arg) => listItems(arg).map(tuple)),
  ],
  [[75, 413, 444, 753], (inp) => [listItems(inp[0]).map(tuple), inp[1] ?? fail("missing argument")]],
  [[106, 750], (inp) => [inp[0] ?? fail("missing argument"), tuple(inp[1])]],
  [
    [115],
    (inp) => [
      listItems(inp[0]).map(
        (item): PyValue => (isList(item) && item.length > 0 ? { $set: item } : { $dict: [] }),
      ),
    ],
  ],
  [[124], (inp) => [toFloat(inp[0]), toComplex(inp[1])]],
  [[250, 405, 446, 617, 720, 763, 808], (inp) => [tuple(inp[0]), inp[1] ?? fail("missing argument")]],
  [[259, 401, 445], (inp) => inp.map((arg) => tuple(listItems(arg).map(tuple)))],
  [[278], (inp) => [tuple(listItems(inp[0]).map((item) => (isList(item) ? tuple(item) : item)))]],
  [[307], (inp) => [tuple(inp[0]), inp[1] ?? fail("missing argument"), inp[2] ?? fail("missing argument")]],
  [
    [722],
    (inp) => {
      const [first, ...rest] = inp;
      if (first === null || typeof first !== "object" || !("$dict" in first))
        return fail("task 722 expects a dict");
      return [{ $dict: first.$dict.map(([k, v]): [PyValue, PyValue] => [k, tuple(v)]) }, ...rest];
    },
  ],
  [[252], (inp) => [toComplex(inp[0])]],
  [[580, 615, 791], (inp) => inp.map(allTuples)],
];

/**
 * EvalPlus stores MBPP+ inputs as JSON, which has no tuples, sets or complex numbers, and
 * rebuilds them per task before calling the function (`mbpp_deserialize_inputs` in
 * evalplus/data/mbpp.py, v0.2.0). This is the same table, on pyarena values, quirks included:
 * some rules keep only the first arguments, and task 115 turns an empty list into `{}`.
 */
export function deserializeMbppPlusInputs(taskNumber: number, inputs: readonly Args[]): Args[] {
  const rule = RULES.find(([tasks]) => tasks.includes(taskNumber));
  return rule === undefined ? inputs.map((inp) => [...inp]) : inputs.map((inp) => rule[1](inp));
}
