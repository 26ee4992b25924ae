import { PyarenaError } from "../core/pyarena-error.js";
import type { ProviderLimits } from "../providers/rate-limiter.js";

/**
 * `--max-parallel openai=8 ollama=1` and `--rpm openai=500`: per-provider limits, merged into one
 * record. A provider is named as in its spec (`openai`, `anthropic`, `ollama`, ...); limits are
 * per account, so they hold across every model of that provider in the run.
 */
export function providerLimits(
  maxParallel: readonly string[] = [],
  rpm: readonly string[] = [],
): Record<string, ProviderLimits> {
  const limits: Record<string, { concurrency?: number; requestsPerMinute?: number }> = {};
  const read = (rules: readonly string[], flag: string, field: "concurrency" | "requestsPerMinute") => {
    for (const rule of rules) {
      const match = /^([a-z][a-z0-9-]*)=(\d+)$/.exec(rule);
      const value = Number(match?.[2]);
      if (match === null || !(value > 0))
        throw new PyarenaError("USAGE", `${flag} takes provider=number, such as openai=8; got "${rule}"`);
      const provider = match[1] as string;
      limits[provider] = { ...limits[provider], [field]: value };
    }
  };
  read(maxParallel, "--max-parallel", "concurrency");
  read(rpm, "--rpm", "requestsPerMinute");
  return limits;
}
