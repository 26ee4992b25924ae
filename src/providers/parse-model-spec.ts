import { PyarenaError } from "../core/pyarena-error.js";
import { isRemoteProvider, type RemoteProviderName } from "./provider-presets.js";

/** Every provider a spec may name: the HTTP ones, in-process GGUF models, and the test fakes. */
export type ProviderName = RemoteProviderName | "local" | "fake";

/**
 * A model spec taken apart. The spec string itself stays the model's identity in the store and in
 * reports, so it is kept exactly as written (minus surrounding spaces).
 */
export interface ModelSpec {
  readonly spec: string;
  readonly provider: ProviderName;
  /** Model id as the service knows it; may itself contain ':' (`qwen2.5-coder:7b`). */
  readonly modelId: string;
  /** Only for `openai-compatible:<url>#<model>`: the endpoint named in the spec. */
  readonly baseUrl?: string;
}

/** The accepted forms, quoted in every MODEL_SPEC_INVALID so the user sees what would work. */
export const SPEC_FORMS: readonly string[] = [
  "openai:<model>                      e.g. openai:gpt-4o",
  "anthropic:<model>                   e.g. anthropic:claude-sonnet-4-5",
  "google:<model>                      e.g. google:gemini-2.5-flash",
  "ollama:<model>                      e.g. ollama:qwen2.5-coder:7b",
  "openai-compatible:<base-url>#<model> e.g. openai-compatible:http://host:8000/v1#my-model",
  "openrouter:<model>, deepseek:<model>, mistral:<model>",
  "vllm:<model>, lmstudio:<model>, llamacpp:<model> (local servers on their default ports)",
  "local:<name or path.gguf>           e.g. local:qwen2.5-coder-1.5b or local:./model.gguf",
  "fake:<name>                         e.g. fake:instant (for tests and benchmarks)",
];

function invalid(spec: string, why: string): PyarenaError {
  return new PyarenaError("MODEL_SPEC_INVALID", `invalid model spec "${spec}": ${why}`, {
    details: ["accepted forms:", ...SPEC_FORMS.map((form) => `  ${form}`)],
  });
}

function parseCompatible(spec: string, rest: string): ModelSpec {
  const hash = rest.lastIndexOf("#");
  if (hash < 0) throw invalid(spec, "openai-compatible needs <base-url>#<model>");
  const baseUrl = rest.slice(0, hash);
  const modelId = rest.slice(hash + 1);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch (cause) {
    throw invalid(spec, `"${baseUrl}" is not a URL (${String(cause)})`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw invalid(spec, `"${baseUrl}" must be an http or https URL`);
  }
  if (modelId.trim() === "") throw invalid(spec, "the model after '#' is empty");
  return { spec, provider: "openai-compatible", modelId, baseUrl: baseUrl.replace(/\/+$/, "") };
}

/**
 * Takes a spec apart without touching the network or the environment, so a bad spec fails before
 * a run starts rather than minutes into it.
 */
export function parseModelSpec(input: string): ModelSpec {
  const spec = input.trim();
  const colon = spec.indexOf(":");
  if (colon <= 0) throw invalid(spec, "expected <provider>:<model>");
  const provider = spec.slice(0, colon);
  const rest = spec.slice(colon + 1);
  if (provider === "openai-compatible") return parseCompatible(spec, rest);
  if (provider !== "local" && provider !== "fake" && !isRemoteProvider(provider)) {
    throw invalid(spec, `unknown provider "${provider}"`);
  }
  if (rest.trim() === "" || rest !== rest.trim()) {
    throw invalid(spec, "the model id is empty or has surrounding spaces");
  }
  return { spec, provider, modelId: rest };
}
