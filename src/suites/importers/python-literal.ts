import type { PyFloat, PyValue } from "../../core/py-value.js";

function floatLiteral(value: PyFloat): string {
  if (value === "nan") return 'float("nan")';
  if (value === "inf") return 'float("inf")';
  if (value === "-inf") return 'float("-inf")';
  if (Object.is(value, -0)) return "-0.0";
  const text = String(value); // shortest round-trip digits, as Python's repr
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

function items(values: readonly PyValue[]): string {
  return values.map(pythonLiteral).join(", ");
}

/**
 * Python source that evaluates to `value`: generated legacy tests embed their inputs this way.
 * A JSON string literal is also a valid Python string literal (same escapes, `\uXXXX` included).
 */
export function pythonLiteral(value: PyValue): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${items(value)}]`;
  if ("$int" in value) return value.$int;
  if ("$float" in value) return floatLiteral(value.$float);
  if ("$floats" in value) return `[${value.$floats.map(floatLiteral).join(", ")}]`;
  if ("$complex" in value)
    return `complex(${floatLiteral(value.$complex[0])}, ${floatLiteral(value.$complex[1])})`;
  if ("$bytes" in value) return `__import__("base64").b64decode(${JSON.stringify(value.$bytes)})`;
  if ("$tuple" in value)
    return value.$tuple.length === 1 ? `(${items(value.$tuple)},)` : `(${items(value.$tuple)})`;
  if ("$set" in value) return value.$set.length === 0 ? "set()" : `{${items(value.$set)}}`;
  if ("$frozenset" in value) return `frozenset([${items(value.$frozenset)}])`;
  if ("$dict" in value)
    return `{${value.$dict.map(([k, v]) => `${pythonLiteral(k)}: ${pythonLiteral(v)}`).join(", ")}}`;
  throw new TypeError(`no Python literal for an opaque value (${value.$opaque})`);
}
