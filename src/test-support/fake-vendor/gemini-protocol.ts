import type { ScriptUsage, StreamWriter, VendorProtocol } from "./vendor-protocol.js";

const STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  404: "NOT_FOUND",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
};

/**
 * Gemini `streamGenerateContent?alt=sse`: each frame is a whole GenerateContentResponse with
 * candidate parts (`thought: true` for thinking); the last carries finishReason and
 * usageMetadata, where candidatesTokenCount excludes thoughtsTokenCount.
 */
export const GEMINI_PROTOCOL: VendorProtocol = {
  name: "gemini",
  contentType: "text/event-stream",
  writer(model: string, usage: ScriptUsage | undefined): StreamWriter {
    const frame = (part: object, extra: object = {}): string =>
      `data: ${JSON.stringify({
        candidates: [{ content: { parts: [part], role: "model" }, index: 0, ...extra }],
        modelVersion: model,
      })}\r\n\r\n`;
    return {
      preamble: () => "",
      thinking: (text) => frame({ text, thought: true }),
      text: (text) => frame({ text }),
      end: () => {
        const usageMetadata =
          usage === undefined
            ? undefined
            : {
                promptTokenCount: usage.input,
                candidatesTokenCount: usage.output - usage.reasoning,
                thoughtsTokenCount: usage.reasoning,
                totalTokenCount: usage.input + usage.output,
              };
        const body = {
          candidates: [{ content: { parts: [{ text: "" }], role: "model" }, finishReason: "STOP", index: 0 }],
          ...(usageMetadata === undefined ? {} : { usageMetadata }),
          modelVersion: model,
        };
        return `data: ${JSON.stringify(body)}\r\n\r\n`;
      },
    };
  },
  errorBody: (status, message) =>
    JSON.stringify({ error: { code: status, message, status: STATUS_NAMES[status] ?? "UNKNOWN" } }),
};
