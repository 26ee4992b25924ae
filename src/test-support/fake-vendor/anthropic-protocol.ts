import type { ScriptUsage, StreamWriter, VendorProtocol } from "./vendor-protocol.js";

function event(type: string, data: object): string {
  return `event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`;
}

/**
 * Anthropic Messages streaming: message_start, one content block per kind (thinking with
 * `thinking_delta` and a closing `signature_delta`, then text), message_delta with the output
 * usage, message_stop. Anthropic always reports usage: with usage omitted the required count is
 * sent as 0, as some proxies do.
 */
export const ANTHROPIC_PROTOCOL: VendorProtocol = {
  name: "anthropic",
  contentType: "text/event-stream",
  writer(model: string, usage: ScriptUsage | undefined): StreamWriter {
    let index = -1;
    let open: "thinking" | "text" | undefined;
    const switchTo = (kind: "thinking" | "text"): string => {
      if (open === kind) return "";
      const close = closeBlock();
      index++;
      open = kind;
      const block = kind === "thinking" ? { type: "thinking", thinking: "" } : { type: "text", text: "" };
      return close + event("content_block_start", { index, content_block: block });
    };
    const closeBlock = (): string => {
      if (open === undefined) return "";
      const signature =
        open === "thinking"
          ? event("content_block_delta", { index, delta: { type: "signature_delta", signature: "fake-sig" } })
          : "";
      open = undefined;
      return signature + event("content_block_stop", { index });
    };
    return {
      preamble: () =>
        event("message_start", {
          message: {
            id: "msg_fake",
            type: "message",
            role: "assistant",
            model,
            content: [],
            stop_reason: null,
            stop_sequence: null,
            usage: { input_tokens: usage?.input ?? 0, output_tokens: 1 },
          },
        }),
      thinking: (text) =>
        switchTo("thinking") +
        event("content_block_delta", { index, delta: { type: "thinking_delta", thinking: text } }),
      text: (text) =>
        switchTo("text") + event("content_block_delta", { index, delta: { type: "text_delta", text } }),
      end: () =>
        closeBlock() +
        event("message_delta", {
          delta: { stop_reason: "end_turn", stop_sequence: null },
          usage: { output_tokens: usage?.output ?? 0 },
        }) +
        event("message_stop", {}),
    };
  },
  errorBody: (status, message) =>
    JSON.stringify({
      type: "error",
      error: {
        type: status === 429 ? "rate_limit_error" : status >= 500 ? "api_error" : "invalid_request_error",
        message,
      },
    }),
};
