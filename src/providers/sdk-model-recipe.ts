import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { createOllama } from "ollama-ai-provider-v2";
import type { GenerationRequest } from "../core/language-model.js";
import type { Endpoint } from "./resolve-endpoint.js";
import type { SdkModelRecipe, SdkProviderOptions } from "./sdk-attempt.js";

/** Gemini 2.5 and later think by default but hide the thoughts unless asked. */
function googleOptions(modelId: string): SdkProviderOptions | undefined {
  if (!/gemini-(2\.5|[3-9])/.test(modelId)) return undefined;
  return { google: { thinkingConfig: { includeThoughts: true } } };
}

/**
 * Ollama reads sampling parameters from `options`, and ollama-ai-provider-v2 puts them at the
 * top level where Ollama ignores them; so they are passed again where they take effect.
 */
function ollamaOptions(request: GenerationRequest): SdkProviderOptions {
  const options: Record<string, number> = {};
  if (request.temperature !== undefined) options.temperature = request.temperature;
  if (request.topP !== undefined) options.top_p = request.topP;
  if (request.maxOutputTokens !== undefined) options.num_predict = request.maxOutputTokens;
  if (request.seed !== undefined) options.seed = request.seed;
  return { ollama: { options } };
}

/**
 * How each protocol's AI SDK package is set up. Key and base URL are always passed explicitly,
 * so the packages never read process.env behind our back. OpenAI goes through Chat Completions
 * (`.chat`), the one protocol every model and every compatible service share.
 */
export function sdkModelRecipe(provider: string, modelId: string, endpoint: Endpoint): SdkModelRecipe {
  const { baseUrl, apiKey } = endpoint;
  switch (endpoint.preset.protocol) {
    case "openai":
      return {
        build: (fetch) => createOpenAI({ baseURL: baseUrl, apiKey: apiKey ?? "", fetch }).chat(modelId),
      };
    case "anthropic":
      return {
        build: (fetch) => createAnthropic({ baseURL: baseUrl, apiKey: apiKey ?? "", fetch })(modelId),
      };
    case "google":
      return {
        build: (fetch) =>
          createGoogleGenerativeAI({ baseURL: baseUrl, apiKey: apiKey ?? "", fetch })(modelId),
        providerOptions: () => googleOptions(modelId),
        outputExcludesReasoning: true,
      };
    case "ollama":
      return {
        build: (fetch) => createOllama({ baseURL: baseUrl, fetch })(modelId),
        providerOptions: ollamaOptions,
      };
    case "openai-compatible":
      return {
        build: (fetch) =>
          createOpenAICompatible({
            name: provider,
            baseURL: baseUrl,
            ...(apiKey === undefined ? {} : { apiKey }),
            includeUsage: endpoint.preset.includeUsage === true,
            fetch,
          }).chatModel(modelId),
      };
  }
}
