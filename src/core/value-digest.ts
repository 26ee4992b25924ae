import { createHash } from "node:crypto";
import { canonicalKey } from "./py-equal.js";
import type { PyValue } from "./py-value.js";

/**
 * sha256 of a value's canonical key: equal digests exactly when Python's `==` holds (no float
 * tolerance). Lets a suite keep a case whose expected output is megabytes long.
 */
export function valueDigest(value: PyValue): string {
  return createHash("sha256").update(canonicalKey(value)).digest("hex");
}
