import type { PyValue } from "../../core/py-value.js";

/** EvalPlus's relative tolerance: it calls np.allclose with rtol=1e-07 (np.testing's default). */
export const EVALPLUS_RTOL = 1e-7;
/** The atol EvalPlus enforces when a task has none and the expected value is a float. */
export const EVALPLUS_FLOAT_ATOL = 1e-6;

function isFloat(value: PyValue): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value) && "$float" in value;
}

/** EvalPlus's `is_floats`: a float, or a non-empty list or tuple of floats only. */
export function isFloats(value: PyValue): boolean {
  if (isFloat(value)) return true;
  if (value !== null && typeof value === "object" && "$floats" in value) return value.$floats.length > 0;
  const items = Array.isArray(value)
    ? value
    : value !== null && typeof value === "object" && "$tuple" in value
      ? value.$tuple
      : undefined;
  return items !== undefined && items.length > 0 && items.every(isFloat);
}

/**
 * The tolerance of one case, as EvalPlus's check_output decides it: the task's atol when it
 * has one; otherwise atol 1e-6 when the expected value is a float (or a list or tuple of floats)
 * and exact comparison for everything else; rtol is always 1e-7 beside an atol. pyarena's
 * `|a - b| <= atol + rtol * |b|` is np.allclose's formula, applied at every float.
 */
export function evalPlusTolerance(
  expected: PyValue,
  taskAtol: number,
): { atol: number; rtol: number } | undefined {
  if (taskAtol > 0) return { atol: taskAtol, rtol: EVALPLUS_RTOL };
  return isFloats(expected) ? { atol: EVALPLUS_FLOAT_ATOL, rtol: EVALPLUS_RTOL } : undefined;
}
