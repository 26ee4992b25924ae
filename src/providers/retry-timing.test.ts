import { describe, expect, it } from "vitest";
import { retryAfterMs } from "./retry-after.js";
import { DEFAULT_RETRY_POLICY, retryDelayMs } from "./retry-policy.js";

describe("retryAfterMs", () => {
  const now = Date.parse("2025-03-01T12:00:00Z");

  it("reads seconds, fractions, retry-after-ms and HTTP dates", () => {
    expect(retryAfterMs({ "retry-after": "3" }, now)).toBe(3000);
    expect(retryAfterMs({ "Retry-After": "0.5" }, now)).toBe(500);
    expect(retryAfterMs({ "retry-after-ms": "1234", "retry-after": "9" }, now)).toBe(1234);
    expect(retryAfterMs({ "retry-after": "Sat, 01 Mar 2025 12:00:07 GMT" }, now)).toBe(7000);
  });

  it("treats a past date as now and ignores what it cannot read", () => {
    expect(retryAfterMs({ "retry-after": "Sat, 01 Mar 2025 11:00:00 GMT" }, now)).toBe(0);
    expect(retryAfterMs({ "retry-after": "soon" }, now)).toBeUndefined();
    expect(retryAfterMs({ "retry-after-ms": "-5" }, now)).toBeUndefined();
    expect(retryAfterMs({}, now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe("retryDelayMs", () => {
  const at = (random: number) => ({
    ...DEFAULT_RETRY_POLICY,
    baseDelayMs: 1000,
    maxDelayMs: 8000,
    random: () => random,
  });

  it("doubles per attempt with equal jitter, up to the cap", () => {
    expect(retryDelayMs(at(0), 1)).toBe(500);
    expect(retryDelayMs(at(1), 1)).toBe(1000);
    expect(retryDelayMs(at(0), 3)).toBe(2000);
    expect(retryDelayMs(at(1), 3)).toBe(4000);
    expect(retryDelayMs(at(1), 10)).toBe(8000);
  });

  it("never waits less than Retry-After", () => {
    expect(retryDelayMs(at(0), 1, 2500)).toBe(2500);
    expect(retryDelayMs(at(1), 1, 2500)).toBe(2750);
    expect(retryDelayMs(at(1), 5, 30_000)).toBe(31_000);
  });
});
