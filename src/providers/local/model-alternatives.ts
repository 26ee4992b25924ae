/**
 * What else a user can run when a local model is missing or cannot be downloaded. Both errors
 * end with it, because the person reading them usually just wants *some* model to benchmark.
 */
export const MODEL_ALTERNATIVES: readonly string[] = [
  "an API model: set OPENAI_API_KEY, ANTHROPIC_API_KEY or GOOGLE_GENERATIVE_AI_API_KEY and use e.g. openai:gpt-4o-mini",
  "a model served by Ollama: ollama:<model> (e.g. ollama:qwen2.5-coder:1.5b)",
  "any OpenAI-compatible server (llama.cpp server, vLLM, LM Studio): openai-compatible:<url>#<model>",
  "a GGUF file you already have: local:/path/to/model.gguf",
];

/** The same, in one sentence, for error messages that are stored or logged without their details. */
export const MODEL_ALTERNATIVES_SHORT =
  "Alternatives: an API model (set OPENAI_API_KEY, ANTHROPIC_API_KEY or GOOGLE_GENERATIVE_AI_API_KEY), " +
  "ollama:<model>, or openai-compatible:<url>#<model>.";
