import { PyarenaError } from "../core/pyarena-error.js";
import type { ModelSpec } from "./parse-model-spec.js";
import { PROVIDER_PRESETS, type ProviderPreset, type RemoteProviderName } from "./provider-presets.js";

/** Environment as a plain record: the cli passes `process.env`, tests pass exactly what they mean. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Where and how to call one remote model. */
export interface Endpoint {
  readonly preset: ProviderPreset;
  readonly baseUrl: string;
  readonly apiKey?: string;
  /** Models with the same key share rate limits. */
  readonly limitKey: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

/**
 * OLLAMA_HOST follows Ollama's own convention: `host`, `host:port` or a URL, never with `/api`.
 */
export function ollamaBaseUrl(host: string): string {
  const withScheme = /^https?:\/\//.test(host) ? host : `http://${host}`;
  const url = new URL(withScheme);
  if (url.port === "" && !/^https?:\/\/[^/]+:\d+/.test(withScheme)) url.port = "11434";
  if (url.hostname === "0.0.0.0") url.hostname = "127.0.0.1";
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}/api`;
}

/** ANTHROPIC_BASE_URL follows Anthropic's SDKs (no `/v1`); the AI SDK wants `/v1`. */
function anthropicBaseUrl(value: string): string {
  const trimmed = value.replace(/\/+$/, "");
  return /\/v1$/.test(trimmed) ? trimmed : `${trimmed}/v1`;
}

function baseUrlFromEnv(provider: RemoteProviderName, preset: ProviderPreset, env: Env): string | undefined {
  const variable = preset.baseUrlVariable;
  const value = variable === undefined ? undefined : nonEmpty(env[variable]);
  if (value === undefined) return undefined;
  if (provider === "ollama") return ollamaBaseUrl(value);
  if (provider === "anthropic") return anthropicBaseUrl(value);
  return value.replace(/\/+$/, "");
}

/**
 * Finds the endpoint and key of a remote spec. A missing key fails here, naming the variable to
 * set, rather than as an opaque 401 after the run has started.
 */
export function resolveEndpoint(spec: ModelSpec, env: Env, baseUrlOverride?: string): Endpoint {
  const provider = spec.provider as RemoteProviderName;
  const preset: ProviderPreset = PROVIDER_PRESETS[provider];
  const baseUrl =
    nonEmpty(baseUrlOverride)?.replace(/\/+$/, "") ??
    spec.baseUrl ??
    baseUrlFromEnv(provider, preset, env) ??
    preset.defaultBaseUrl;
  if (baseUrl === undefined) {
    throw new PyarenaError("MODEL_SPEC_INVALID", `${spec.spec}: no base URL for provider ${provider}`);
  }
  const keyVariable = preset.keyVariables.find((name) => nonEmpty(env[name]) !== undefined);
  const apiKey = keyVariable === undefined ? undefined : nonEmpty(env[keyVariable]);
  if (apiKey === undefined && preset.keyRequired) {
    const names = preset.keyVariables.join(" or ");
    throw new PyarenaError("MODEL_KEY_MISSING", `${spec.spec} needs an API key: set ${names}`, {
      details: [`the key is read from the environment variable ${names}`],
    });
  }
  const limitKey = provider === "openai-compatible" ? `${provider} ${baseUrl}` : provider;
  return { preset, baseUrl, ...(apiKey === undefined ? {} : { apiKey }), limitKey };
}
