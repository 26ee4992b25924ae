import { expandFloats, type PyFloat, type PyValue, parsePyInt } from "./py-value.js";

/** Float tolerance as EvalPlus defines it: |a - b| <= atol + rtol * |b|. */
export interface Tolerance {
  readonly atol: number;
  readonly rtol: number;
}

type Num =
  | { kind: "int"; value: bigint }
  | { kind: "float"; value: number }
  | { kind: "complex"; re: number; im: number };

function toFloat(value: PyFloat): number {
  if (value === "nan") return Number.NaN;
  if (value === "inf") return Number.POSITIVE_INFINITY;
  if (value === "-inf") return Number.NEGATIVE_INFINITY;
  return value;
}

function asNumber(value: PyValue): Num | undefined {
  if (typeof value === "boolean") return { kind: "int", value: value ? 1n : 0n };
  if (typeof value === "number") return { kind: "int", value: BigInt(value) };
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  if ("$int" in value) return { kind: "int", value: parsePyInt(value.$int) };
  if ("$float" in value) {
    const f = toFloat(value.$float);
    return Number.isInteger(f) ? { kind: "int", value: BigInt(f) } : { kind: "float", value: f };
  }
  if ("$complex" in value) {
    const re = toFloat(value.$complex[0]);
    const im = toFloat(value.$complex[1]);
    if (im === 0)
      return asNumber({
        $float: Number.isNaN(re) ? "nan" : re === Infinity ? "inf" : re === -Infinity ? "-inf" : re,
      });
    return { kind: "complex", re, im };
  }
  return undefined;
}

/**
 * A canonical string such that two values have the same key exactly when Python's `==` holds
 * (1 == 1.0 == True, set order ignored), except that NaN equals NaN: observations come from
 * different processes, so identity-based NaN equality cannot apply.
 */
export function canonicalKey(value: PyValue): string {
  const num = asNumber(value);
  if (num !== undefined) {
    if (num.kind === "int") return `n${num.value}`;
    if (num.kind === "float") return Number.isNaN(num.value) ? "fnan" : `f${num.value}`;
    return `c${num.re},${num.im}`;
  }
  if (value === null) return "N";
  if (typeof value === "string") return `s${JSON.stringify(value)}`;
  if (Array.isArray(value)) return `[${value.map(canonicalKey).join(",")}]`;
  if (typeof value !== "object") return "?";
  if ("$bytes" in value) return `b${value.$bytes}`;
  if ("$tuple" in value) return `(${value.$tuple.map(canonicalKey).join(",")})`;
  if ("$floats" in value) return `[${value.$floats.map(floatKey).join(",")}]`;
  if ("$set" in value) return `{${value.$set.map(canonicalKey).sort().join(",")}}`;
  if ("$frozenset" in value) return `{${value.$frozenset.map(canonicalKey).sort().join(",")}}`;
  if ("$dict" in value) {
    const entries = value.$dict.map(([k, v]) => `${canonicalKey(k)}:${canonicalKey(v)}`);
    return `<${entries.sort().join(",")}>`;
  }
  return `o${Math.random()}`; // $opaque: never equal, not even to itself
}

/** The key of a finite float, as asNumber would classify it (integral floats are ints). */
function floatKey(f: number): string {
  return Number.isInteger(f) ? `n${BigInt(f)}` : `f${f}`;
}

function closeEnough(a: number, b: number, tol: Tolerance): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= tol.atol + tol.rtol * Math.abs(b);
}

function numbersEqual(a: Num, b: Num, tol: Tolerance): boolean {
  if (a.kind === "int" && b.kind === "int") return a.value === b.value;
  if (a.kind === "complex" || b.kind === "complex") {
    const ar = a.kind === "complex" ? a.re : Number(a.value);
    const ai = a.kind === "complex" ? a.im : 0;
    const br = b.kind === "complex" ? b.re : Number(b.value);
    const bi = b.kind === "complex" ? b.im : 0;
    return closeEnough(ar, br, tol) && closeEnough(ai, bi, tol);
  }
  const av = a.kind === "int" ? Number(a.value) : a.value;
  const bv = b.kind === "int" ? Number(b.value) : b.value;
  if (tol.atol === 0 && tol.rtol === 0) return av === bv || (Number.isNaN(av) && Number.isNaN(bv));
  return closeEnough(av, bv, tol);
}

function unorderedEqual(a: PyValue[], b: PyValue[], tol: Tolerance): boolean {
  if (a.length !== b.length) return false;
  const remaining = [...b];
  return a.every((item) => {
    const index = remaining.findIndex((other) => pyEqual(item, other, tol));
    if (index < 0) return false;
    remaining.splice(index, 1);
    return true;
  });
}

function sequence(value: PyValue, tag: "$tuple"): PyValue[] | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) && tag in value
    ? (value as { $tuple: PyValue[] }).$tuple
    : undefined;
}

function setItems(value: PyValue): PyValue[] | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  if ("$set" in value) return value.$set;
  if ("$frozenset" in value) return value.$frozenset;
  return undefined;
}

const EXACT: Tolerance = { atol: 0, rtol: 0 };

function floatOf(value: PyValue): number | undefined {
  return value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    "$float" in value &&
    typeof value.$float === "number"
    ? value.$float
    : undefined;
}

function floatsEqual(x: number, y: number, tol: Tolerance): boolean {
  return tol.atol === 0 && tol.rtol === 0 ? x === y : closeEnough(x, y, tol);
}

function sequencesEqual(a: readonly PyValue[], b: readonly PyValue[], tol: Tolerance): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!pyEqual(a[i] as PyValue, b[i] as PyValue, tol)) return false;
  return true;
}

function keyMultiset(items: readonly PyValue[]): string {
  return items.map(canonicalKey).sort().join("\u0000");
}

/**
 * Python `==` on observations, with an optional float tolerance applied at every float inside
 * containers (as EvalPlus does). Structural with early exit, allocating nothing on the common
 * paths: results can hold millions of items. Canonical keys are used only where Python hashes
 * (set items, dict keys).
 */
export function pyEqual(a: PyValue, b: PyValue, tol: Tolerance = EXACT): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  if (typeof a === "number" && typeof b === "number") return a === b;
  const fa = floatOf(a);
  const fb = floatOf(b);
  if (fa !== undefined && (fb !== undefined || typeof b === "number"))
    return floatsEqual(fa, fb ?? (b as number), tol);
  if (fb !== undefined && typeof a === "number") return floatsEqual(a, fb, tol);
  if (Array.isArray(a) && Array.isArray(b)) return sequencesEqual(a, b, tol);
  if (
    a !== null &&
    b !== null &&
    typeof a === "object" &&
    typeof b === "object" &&
    "$floats" in a &&
    "$floats" in b
  ) {
    const [xs, ys] = [a.$floats, b.$floats];
    if (xs.length !== ys.length) return false;
    for (let i = 0; i < xs.length; i++) if (!floatsEqual(xs[i] as number, ys[i] as number, tol)) return false;
    return true;
  }
  a = expandFloats(a);
  b = expandFloats(b);
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined || nb !== undefined)
    return na !== undefined && nb !== undefined && numbersEqual(na, nb, tol);
  if (Array.isArray(a) || Array.isArray(b))
    return Array.isArray(a) && Array.isArray(b) && sequencesEqual(a, b, tol);
  const ta = sequence(a, "$tuple");
  const tb = sequence(b, "$tuple");
  if (ta !== undefined || tb !== undefined)
    return ta !== undefined && tb !== undefined && sequencesEqual(ta, tb, tol);
  const sa = setItems(a);
  const sb = setItems(b);
  if (sa !== undefined || sb !== undefined) {
    if (sa === undefined || sb === undefined || sa.length !== sb.length) return false;
    return tol.atol === 0 && tol.rtol === 0
      ? keyMultiset(sa) === keyMultiset(sb)
      : unorderedEqual(sa, sb, tol);
  }
  if (
    a !== null &&
    b !== null &&
    typeof a === "object" &&
    typeof b === "object" &&
    "$dict" in a &&
    "$dict" in b
  ) {
    if (a.$dict.length !== b.$dict.length) return false;
    const byKey = new Map(b.$dict.map(([k, v]) => [canonicalKey(k), v] as const));
    return a.$dict.every(([k, v]) => {
      const other = byKey.get(canonicalKey(k));
      return other !== undefined && pyEqual(v, other, tol);
    });
  }
  return canonicalKey(a) === canonicalKey(b);
}
