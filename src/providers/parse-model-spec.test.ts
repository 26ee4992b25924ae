import { describe, expect, it } from "vitest";
import { isPyarenaError } from "../core/pyarena-error.js";
import { parseModelSpec } from "./parse-model-spec.js";

describe("parseModelSpec", () => {
  it.each([
    ["openai:gpt-4o", "openai", "gpt-4o"],
    ["anthropic:claude-sonnet-4-5", "anthropic", "claude-sonnet-4-5"],
    ["google:gemini-2.5-flash", "google", "gemini-2.5-flash"],
    ["ollama:qwen2.5-coder:7b", "ollama", "qwen2.5-coder:7b"],
    ["openrouter:qwen/qwen-2.5-coder-32b-instruct", "openrouter", "qwen/qwen-2.5-coder-32b-instruct"],
    ["deepseek:deepseek-chat", "deepseek", "deepseek-chat"],
    ["mistral:codestral-latest", "mistral", "codestral-latest"],
    ["vllm:Qwen/Qwen2.5-Coder-7B-Instruct", "vllm", "Qwen/Qwen2.5-Coder-7B-Instruct"],
    ["lmstudio:qwen2.5-coder-7b-instruct", "lmstudio", "qwen2.5-coder-7b-instruct"],
    ["llamacpp:default", "llamacpp", "default"],
    ["local:qwen2.5-coder-0.5b", "local", "qwen2.5-coder-0.5b"],
    ["local:./models/my model.gguf", "local", "./models/my model.gguf"],
    ["fake:instant", "fake", "instant"],
    ["  openai:gpt-4o  ", "openai", "gpt-4o"],
  ])("%s → %s / %s", (input, provider, modelId) => {
    const spec = parseModelSpec(input);
    expect(spec).toMatchObject({ provider, modelId, spec: input.trim() });
    expect(spec.baseUrl).toBeUndefined();
  });

  it("takes an OpenAI-compatible endpoint and model from the spec", () => {
    expect(parseModelSpec("openai-compatible:http://host:8000/v1/#org/model:q4")).toEqual({
      spec: "openai-compatible:http://host:8000/v1/#org/model:q4",
      provider: "openai-compatible",
      modelId: "org/model:q4",
      baseUrl: "http://host:8000/v1",
    });
  });

  it.each([
    ["gpt-4o", "expected <provider>:<model>"],
    [":gpt-4o", "expected <provider>:<model>"],
    ["openai:", "empty"],
    ["openai: gpt-4o", "spaces"],
    ["chatgpt:gpt-4o", 'unknown provider "chatgpt"'],
    ["openai-compatible:http://host:8000/v1", "<base-url>#<model>"],
    ["openai-compatible:not a url#m", "not a URL"],
    ["openai-compatible:ftp://host/v1#m", "http or https"],
    ["openai-compatible:http://host/v1#", "empty"],
  ])("rejects %j (%s) and names the accepted forms", (input, why) => {
    let error: unknown;
    try {
      parseModelSpec(input);
    } catch (e) {
      error = e;
    }
    expect(isPyarenaError(error, "MODEL_SPEC_INVALID")).toBe(true);
    if (!isPyarenaError(error)) return;
    expect(error.message).toContain(why);
    expect(error.details.join("\n")).toContain("ollama:qwen2.5-coder:7b");
    expect(error.details.join("\n")).toContain("openai-compatible:<base-url>#<model>");
  });
});
