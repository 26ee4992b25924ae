import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isPyarenaError } from "../core/pyarena-error.js";
import { FakeVendorServer } from "../test-support/fake-vendor-server.js";
import { FAST_RETRY } from "../test-support/provider-cases.js";
import { collectResponse } from "./collect-response.js";
import { type CreateLanguageModelOptions, createLanguageModel } from "./create-language-model.js";
import { INSTANT_ANSWER } from "./fake/create-fake-model.js";
import { ProviderLimiters } from "./provider-limiters.js";

const ask = { messages: [{ role: "user" as const, content: "hi" }] };

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe("createLanguageModel", () => {
  let server: FakeVendorServer;
  beforeAll(async () => {
    server = await FakeVendorServer.start();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  /** A model created from the environment alone: no base-URL override. */
  async function askWith(
    spec: string,
    env: Record<string, string>,
    options: CreateLanguageModelOptions = {},
  ) {
    const model = createLanguageModel(spec, {
      env,
      limiters: new ProviderLimiters(),
      retry: FAST_RETRY,
      ...options,
    });
    await collectResponse(model, ask);
    return { model, request: server.requests.at(-1) };
  }

  it.each([
    ["openai:gpt-4o", "OPENAI_API_KEY"],
    ["anthropic:claude-sonnet-4-5", "ANTHROPIC_API_KEY"],
    ["google:gemini-2.5-flash", "GOOGLE_GENERATIVE_AI_API_KEY or GEMINI_API_KEY"],
    ["openrouter:x/y", "OPENROUTER_API_KEY"],
    ["deepseek:deepseek-chat", "DEEPSEEK_API_KEY"],
    ["mistral:codestral-latest", "MISTRAL_API_KEY"],
  ])("%s without a key fails at once naming %s", (spec, variable) => {
    const error = thrown(() => createLanguageModel(spec, { env: { OTHER: "x", OPENAI_API_KEY: "" } }));
    expect(isPyarenaError(error, "MODEL_KEY_MISSING")).toBe(true);
    expect((error as Error).message).toContain(variable);
  });

  it("needs no key for local servers", () => {
    for (const spec of [
      "ollama:qwen2.5-coder:7b",
      "vllm:m",
      "lmstudio:m",
      "llamacpp:m",
      "openai-compatible:http://h/v1#m",
    ]) {
      expect(createLanguageModel(spec, { env: {} }).spec).toBe(spec);
    }
  });

  it("reads OPENAI_BASE_URL and sends the key as a bearer token", async () => {
    const { request } = await askWith("openai:gpt-4o", {
      OPENAI_API_KEY: "k1",
      OPENAI_BASE_URL: `${server.url}/v1`,
    });
    expect(request?.path).toBe("/v1/chat/completions");
    expect(request?.headers.authorization).toBe("Bearer k1");
    expect(request?.body.stream_options).toEqual({ include_usage: true });
  });

  it("reads ANTHROPIC_BASE_URL in Anthropic's form (without /v1)", async () => {
    const { request } = await askWith("anthropic:claude-sonnet-4-5", {
      ANTHROPIC_API_KEY: "k2",
      ANTHROPIC_BASE_URL: server.url,
    });
    expect(request?.path).toBe("/v1/messages");
    expect(request?.headers["x-api-key"]).toBe("k2");
  });

  it("falls back to GEMINI_API_KEY and asks Gemini 2.5 for its thoughts", async () => {
    const { request } = await askWith(
      "google:gemini-2.5-pro",
      { GEMINI_API_KEY: "k3" },
      { baseUrl: server.baseUrlFor("google") },
    );
    expect(request?.path).toBe("/v1beta/models/gemini-2.5-pro:streamGenerateContent");
    expect(request?.query.alt).toBe("sse");
    expect(request?.headers["x-goog-api-key"]).toBe("k3");
    expect(request?.body.generationConfig.thinkingConfig).toEqual({ includeThoughts: true });
  });

  it("reads OLLAMA_HOST as host:port", async () => {
    const host = server.url.replace("http://", "");
    const { request } = await askWith("ollama:qwen2.5-coder:7b", { OLLAMA_HOST: host });
    expect(request?.path).toBe("/api/chat");
    expect(request?.model).toBe("qwen2.5-coder:7b");
  });

  it("reads VLLM_BASE_URL, and takes the endpoint of openai-compatible specs from the spec", async () => {
    const vllm = await askWith("vllm:Qwen/Qwen2.5-Coder-7B", {
      VLLM_BASE_URL: `${server.url}/v1`,
      VLLM_API_KEY: "v",
    });
    expect(vllm.request?.model).toBe("Qwen/Qwen2.5-Coder-7B");
    expect(vllm.request?.headers.authorization).toBe("Bearer v");
    const generic = await askWith(`openai-compatible:${server.url}/v1#my-model`, {});
    expect(generic.request?.model).toBe("my-model");
    expect(generic.request?.headers.authorization).toBeUndefined();
    expect(generic.request?.body.stream_options).toEqual({ include_usage: true });
  });

  it("does not ask Mistral for stream usage (it sends it unasked)", async () => {
    const { request } = await askWith(
      "mistral:codestral-latest",
      { MISTRAL_API_KEY: "m" },
      { baseUrl: `${server.url}/v1` },
    );
    expect(request?.body.stream_options).toBeUndefined();
    expect(request?.headers.authorization).toBe("Bearer m");
  });

  it("answers fake:instant at once with a Python block", async () => {
    const model = createLanguageModel("fake:instant");
    expect(model.provider).toBe("fake");
    const response = await collectResponse(model, ask);
    expect(response.text).toBe(INSTANT_ANSWER);
    expect(response.text).toContain("```python\ndef solution(");
  });

  it("rejects unknown fakes and bad specs", () => {
    expect(
      isPyarenaError(
        thrown(() => createLanguageModel("fake:nope")),
        "MODEL_NOT_AVAILABLE",
      ),
    ).toBe(true);
    expect(
      isPyarenaError(
        thrown(() => createLanguageModel("gpt-4o")),
        "MODEL_SPEC_INVALID",
      ),
    ).toBe(true);
  });

  it("checks a local model's file before any run, without loading the backend", () => {
    const error = thrown(() => createLanguageModel("local:/nonexistent/model.gguf", { env: {} }));
    expect(isPyarenaError(error)).toBe(true);
  });
});
