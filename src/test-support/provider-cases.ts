import type { LanguageModel } from "../core/language-model.js";
import { type CreateLanguageModelOptions, createLanguageModel } from "../providers/create-language-model.js";
import { ProviderLimiters } from "../providers/provider-limiters.js";
import type { RetryPolicy } from "../providers/retry-policy.js";
import type { FakeVendorServer } from "./fake-vendor-server.js";

/** One provider as the tests drive it against the fake vendor server. */
export interface ProviderCase {
  readonly spec: string;
  readonly protocol: "openai" | "anthropic" | "google" | "ollama" | "openai-compatible";
  readonly env: Readonly<Record<string, string>>;
  /** The header that must carry the key, and its value; undefined for keyless local servers. */
  readonly auth?: readonly [header: string, value: string];
  /** Whether the provider surfaces thinking text (OpenAI's Chat Completions never does). */
  readonly thinking: boolean;
}

export const PROVIDER_CASES: readonly ProviderCase[] = [
  {
    spec: "openai:gpt-4o",
    protocol: "openai",
    env: { OPENAI_API_KEY: "sk-openai-test" },
    auth: ["authorization", "Bearer sk-openai-test"],
    thinking: false,
  },
  {
    spec: "anthropic:claude-sonnet-4-5",
    protocol: "anthropic",
    env: { ANTHROPIC_API_KEY: "sk-ant-test" },
    auth: ["x-api-key", "sk-ant-test"],
    thinking: true,
  },
  {
    spec: "google:gemini-2.5-flash",
    protocol: "google",
    env: { GOOGLE_GENERATIVE_AI_API_KEY: "g-test" },
    auth: ["x-goog-api-key", "g-test"],
    thinking: true,
  },
  { spec: "ollama:qwen2.5-coder:7b", protocol: "ollama", env: {}, thinking: true },
  {
    spec: "deepseek:deepseek-reasoner",
    protocol: "openai-compatible",
    env: { DEEPSEEK_API_KEY: "sk-deepseek-test" },
    auth: ["authorization", "Bearer sk-deepseek-test"],
    thinking: true,
  },
];

/** Retries and timeouts in milliseconds, so failure paths run in a test's time. */
export const FAST_RETRY: Partial<RetryPolicy> = {
  maxAttempts: 3,
  baseDelayMs: 10,
  maxDelayMs: 40,
  firstChunkTimeoutMs: 2000,
  stallTimeoutMs: 300,
};

/** The case's model, pointed at `server`, with its own limiters (tests must not share slots). */
export function modelFor(
  server: FakeVendorServer,
  providerCase: ProviderCase,
  options: CreateLanguageModelOptions = {},
): LanguageModel {
  return createLanguageModel(providerCase.spec, {
    env: providerCase.env,
    baseUrl: server.baseUrlFor(providerCase.protocol),
    limiters: new ProviderLimiters(),
    retry: FAST_RETRY,
    ...options,
  });
}
