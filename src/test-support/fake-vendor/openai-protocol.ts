import type { ScriptUsage, StreamWriter, VendorProtocol } from "./vendor-protocol.js";

function sse(data: unknown): string {
  return `data: ${JSON.stringify(data)}\n\n`;
}

/**
 * OpenAI Chat Completions streaming: `data: {chunk}` frames, a usage chunk with empty choices
 * when `stream_options.include_usage` is set, then `data: [DONE]`. Thinking goes out as
 * `reasoning_content`, as DeepSeek (and vLLM, LM Studio) send it.
 */
export const OPENAI_PROTOCOL: VendorProtocol = {
  name: "openai",
  contentType: "text/event-stream",
  writer(model: string, usage: ScriptUsage | undefined): StreamWriter {
    const base = { id: "chatcmpl-fake", object: "chat.completion.chunk", created: 1_700_000_000, model };
    const chunk = (delta: object, finish: string | null = null): string =>
      sse({ ...base, choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] });
    return {
      preamble: () => chunk({ role: "assistant", content: "" }),
      thinking: (text) => chunk({ reasoning_content: text }),
      text: (text) => chunk({ content: text }),
      end: () =>
        chunk({}, "stop") +
        (usage === undefined
          ? ""
          : sse({
              ...base,
              choices: [],
              usage: {
                prompt_tokens: usage.input,
                completion_tokens: usage.output,
                total_tokens: usage.input + usage.output,
                completion_tokens_details: { reasoning_tokens: usage.reasoning },
              },
            })) +
        "data: [DONE]\n\n",
    };
  },
  errorBody: (status, message) =>
    JSON.stringify({
      error: {
        message,
        type: status === 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error",
        param: null,
        code: null,
      },
    }),
};
