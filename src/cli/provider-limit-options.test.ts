import { describe, expect, it } from "vitest";
import { providerLimits } from "./provider-limit-options.js";

describe("providerLimits", () => {
  it("merges --max-parallel and --rpm per provider", () => {
    expect(providerLimits(["openai=8", "ollama=1"], ["openai=500"])).toEqual({
      openai: { concurrency: 8, requestsPerMinute: 500 },
      ollama: { concurrency: 1 },
    });
    expect(providerLimits()).toEqual({});
  });

  it("refuses malformed rules with the flag's name", () => {
    expect(() => providerLimits(["openai"])).toThrow(/--max-parallel takes provider=number/);
    expect(() => providerLimits([], ["openai=0"])).toThrow(/--rpm/);
    expect(() => providerLimits([], ["openai=fast"])).toThrow(/--rpm/);
  });
});
