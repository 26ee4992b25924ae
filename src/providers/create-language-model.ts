import type { LanguageModel } from "../core/language-model.js";
import { createFakeModel } from "./fake/create-fake-model.js";
import { createLazyLocalModel, type LocalModelSettings } from "./load-local-model.js";
import { parseModelSpec } from "./parse-model-spec.js";
import {
  DEFAULT_HOSTED_LIMITS,
  DEFAULT_LOCAL_LIMITS,
  type ProviderLimiters,
  SHARED_LIMITERS,
} from "./provider-limiters.js";
import { type Env, resolveEndpoint } from "./resolve-endpoint.js";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "./retry-policy.js";
import { sdkModelRecipe } from "./sdk-model-recipe.js";
import { VendorModel } from "./vendor-model.js";

export interface CreateLanguageModelOptions {
  /**
   * Where keys and endpoint overrides are read (OPENAI_API_KEY, OLLAMA_HOST, ...). The cli passes
   * `process.env`; nothing here reads the process environment by itself. Default: empty.
   */
  readonly env?: Env;
  /** Replaces the provider's base URL (as its AI SDK package expects it); tests use it. */
  readonly baseUrl?: string;
  /** Retry and timeout settings; unset fields keep DEFAULT_RETRY_POLICY. */
  readonly retry?: Partial<RetryPolicy>;
  /** The rate limiters of this run; default: one registry shared by the whole process. */
  readonly limiters?: ProviderLimiters;
  /** Settings of `local:` models. */
  readonly local?: LocalModelSettings;
}

/**
 * Turns a spec (`openai:gpt-4o`, `ollama:qwen2.5-coder:7b`, `local:...`, `fake:instant`) into a
 * ready LanguageModel. Everything that can be checked without a request (the spec's form, the
 * key, a local model's file) fails here, before a run starts; nothing is sent yet. `local:`
 * models are AsyncDisposable; dispose them when the run ends.
 */
export function createLanguageModel(
  specText: string,
  options: CreateLanguageModelOptions = {},
): LanguageModel {
  const spec = parseModelSpec(specText);
  const env = options.env ?? {};
  if (spec.provider === "fake") return createFakeModel(spec);
  if (spec.provider === "local") return createLazyLocalModel(spec, env, options.local);
  const endpoint = resolveEndpoint(spec, env, options.baseUrl);
  const defaults = endpoint.preset.local ? DEFAULT_LOCAL_LIMITS : DEFAULT_HOSTED_LIMITS;
  const limiter = (options.limiters ?? SHARED_LIMITERS).for(endpoint.limitKey, spec.provider, defaults);
  return new VendorModel(
    spec.spec,
    spec.provider,
    spec.modelId,
    sdkModelRecipe(spec.provider, spec.modelId, endpoint),
    limiter,
    { ...DEFAULT_RETRY_POLICY, ...options.retry },
  );
}
