/**
 * Which wire protocol (and so which AI SDK package) a provider speaks. Presets such as DeepSeek
 * or vLLM are OpenAI-compatible services, so they share one protocol and differ only in
 * endpoint, key and defaults.
 */
export type ProviderProtocol = "openai" | "anthropic" | "google" | "ollama" | "openai-compatible";

/** Everything that tells one hosted or local service apart from another of the same protocol. */
export interface ProviderPreset {
  readonly protocol: ProviderProtocol;
  /** Base URL as the AI SDK package expects it (with `/v1`, `/v1beta` or `/api`). */
  readonly defaultBaseUrl?: string;
  /** Environment variables holding the key, in order of preference. */
  readonly keyVariables: readonly string[];
  /** Hosted services refuse anonymous calls, so a missing key is reported before any request. */
  readonly keyRequired: boolean;
  /** Environment variable that overrides the base URL. */
  readonly baseUrlVariable?: string;
  /**
   * Local servers run one model on the user's own hardware: parallel requests would slow each
   * other down and spoil the latency figures, so they default to one request at a time.
   */
  readonly local: boolean;
  /** Whether to send `stream_options.include_usage` (some services reject unknown fields). */
  readonly includeUsage?: boolean;
}

/**
 * The built-in providers. Adding an OpenAI-compatible service is one entry here plus its name in
 * parse-model-spec.ts (docs/providers.md).
 */
export const PROVIDER_PRESETS = {
  openai: {
    protocol: "openai",
    defaultBaseUrl: "https://api.openai.com/v1",
    keyVariables: ["OPENAI_API_KEY"],
    keyRequired: true,
    baseUrlVariable: "OPENAI_BASE_URL",
    local: false,
  },
  anthropic: {
    protocol: "anthropic",
    defaultBaseUrl: "https://api.anthropic.com/v1",
    keyVariables: ["ANTHROPIC_API_KEY"],
    keyRequired: true,
    baseUrlVariable: "ANTHROPIC_BASE_URL",
    local: false,
  },
  google: {
    protocol: "google",
    defaultBaseUrl: "https://generativelanguage.googleapis.com/v1beta",
    keyVariables: ["GOOGLE_GENERATIVE_AI_API_KEY", "GEMINI_API_KEY"],
    keyRequired: true,
    local: false,
  },
  ollama: {
    protocol: "ollama",
    defaultBaseUrl: "http://127.0.0.1:11434/api",
    keyVariables: [],
    keyRequired: false,
    baseUrlVariable: "OLLAMA_HOST",
    local: true,
  },
  "openai-compatible": {
    protocol: "openai-compatible",
    keyVariables: ["OPENAI_COMPATIBLE_API_KEY"],
    keyRequired: false,
    local: false,
    includeUsage: true,
  },
  openrouter: {
    protocol: "openai-compatible",
    defaultBaseUrl: "https://openrouter.ai/api/v1",
    keyVariables: ["OPENROUTER_API_KEY"],
    keyRequired: true,
    local: false,
    includeUsage: true,
  },
  deepseek: {
    protocol: "openai-compatible",
    defaultBaseUrl: "https://api.deepseek.com/v1",
    keyVariables: ["DEEPSEEK_API_KEY"],
    keyRequired: true,
    local: false,
    includeUsage: true,
  },
  mistral: {
    protocol: "openai-compatible",
    defaultBaseUrl: "https://api.mistral.ai/v1",
    keyVariables: ["MISTRAL_API_KEY"],
    keyRequired: true,
    local: false,
    // Mistral sends usage in its last chunk unasked and is strict about unknown fields.
    includeUsage: false,
  },
  vllm: {
    protocol: "openai-compatible",
    defaultBaseUrl: "http://127.0.0.1:8000/v1",
    keyVariables: ["VLLM_API_KEY"],
    keyRequired: false,
    baseUrlVariable: "VLLM_BASE_URL",
    local: true,
    includeUsage: true,
  },
  lmstudio: {
    protocol: "openai-compatible",
    defaultBaseUrl: "http://127.0.0.1:1234/v1",
    keyVariables: ["LMSTUDIO_API_KEY"],
    keyRequired: false,
    baseUrlVariable: "LMSTUDIO_BASE_URL",
    local: true,
    includeUsage: true,
  },
  llamacpp: {
    protocol: "openai-compatible",
    defaultBaseUrl: "http://127.0.0.1:8080/v1",
    keyVariables: ["LLAMACPP_API_KEY"],
    keyRequired: false,
    baseUrlVariable: "LLAMACPP_BASE_URL",
    local: true,
    includeUsage: true,
  },
} as const satisfies Record<string, ProviderPreset>;

/** A provider reached over HTTP through the AI SDK. */
export type RemoteProviderName = keyof typeof PROVIDER_PRESETS;

export function isRemoteProvider(name: string): name is RemoteProviderName {
  return Object.hasOwn(PROVIDER_PRESETS, name);
}
