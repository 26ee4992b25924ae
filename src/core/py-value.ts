import { z } from "zod";

/**
 * A Python builtin value as JSON. Plain JSON arrays are lists, plain numbers are ints, and
 * every JSON object is a tag, so no value can masquerade as another. The sandbox emits only
 * exact builtin types; anything else arrives as `$opaque` and never compares equal.
 */
export type PyValue =
  | null
  | boolean
  | number
  | string
  | PyValue[]
  | { $int: string }
  | { $float: PyFloat }
  | { $floats: number[] }
  | { $complex: [PyFloat, PyFloat] }
  | { $bytes: string }
  | { $tuple: PyValue[] }
  | { $set: PyValue[] }
  | { $frozenset: PyValue[] }
  | { $dict: [PyValue, PyValue][] }
  | { $opaque: string };

export type PyFloat = number | "nan" | "inf" | "-inf";

const MAX_DEPTH = 200;

function isPyFloat(value: unknown): value is PyFloat {
  return (
    (typeof value === "number" && Number.isFinite(value)) ||
    value === "nan" ||
    value === "inf" ||
    value === "-inf"
  );
}

function isPyValueAt(value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null || typeof value === "boolean" || typeof value === "string") return true;
  if (typeof value === "number") return Number.isSafeInteger(value);
  if (Array.isArray(value)) return value.every((item) => isPyValueAt(item, depth + 1));
  if (typeof value !== "object") return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const tag = keys[0];
  const inner = (value as Record<string, unknown>)[tag as string];
  switch (tag) {
    case "$int":
      return typeof inner === "string" && /^-?(\d+|0x[0-9a-f]+)$/.test(inner);
    case "$floats":
      return Array.isArray(inner) && inner.every((f) => typeof f === "number" && Number.isFinite(f));
    case "$float":
      return isPyFloat(inner);
    case "$complex":
      return Array.isArray(inner) && inner.length === 2 && inner.every(isPyFloat);
    case "$bytes":
      return typeof inner === "string" && /^[A-Za-z0-9+/]*={0,2}$/.test(inner);
    case "$opaque":
      return typeof inner === "string";
    case "$tuple":
    case "$set":
    case "$frozenset":
      return Array.isArray(inner) && inner.every((item) => isPyValueAt(item, depth + 1));
    case "$dict":
      return (
        Array.isArray(inner) &&
        inner.every(
          (pair) =>
            Array.isArray(pair) &&
            pair.length === 2 &&
            isPyValueAt(pair[0], depth + 1) &&
            isPyValueAt(pair[1], depth + 1),
        )
      );
    default:
      return false;
  }
}

/**
 * A list written compactly: `{"$floats": [...]}` is a list whose items are all finite floats (the
 * sandbox's form for numeric results: a million `{"$float": x}` objects cost seconds to write and
 * read). Anything that walks values treats it as that list.
 */
export function expandFloats(value: PyValue): PyValue {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "$floats" in value
    ? value.$floats.map((f) => ({ $float: f }))
    : value;
}

/**
 * The value of an `$int` tag: decimal, or hex for very large ints (CPython's decimal conversion
 * is quadratic, so the sandbox writes ints beyond ~3000 bits in hex).
 */
export function parsePyInt(text: string): bigint {
  return text.startsWith("-") ? -BigInt(text.slice(1)) : BigInt(text);
}

/** A hand-written check rather than a zod union: observation streams hold 100k+ values. */
export function isPyValue(value: unknown): value is PyValue {
  return isPyValueAt(value, 0);
}

export const pyValueSchema = z.custom<PyValue>(isPyValue, {
  message: "a Python value in pyarena's tagged JSON form (see docs/task-format.md)",
});
