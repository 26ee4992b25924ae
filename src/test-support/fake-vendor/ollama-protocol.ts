import type { ScriptUsage, StreamWriter, VendorProtocol } from "./vendor-protocol.js";

/**
 * Ollama `/api/chat` streaming: newline-delimited JSON objects, `message.thinking` for thinking,
 * and a last object with `done: true`, `done_reason` and the eval counts.
 */
export const OLLAMA_PROTOCOL: VendorProtocol = {
  name: "ollama",
  contentType: "application/x-ndjson",
  writer(model: string, usage: ScriptUsage | undefined): StreamWriter {
    const line = (message: object, extra: object = {}): string =>
      `${JSON.stringify({
        model,
        created_at: "2025-01-01T00:00:00.000Z",
        message: { role: "assistant", content: "", ...message },
        done: false,
        ...extra,
      })}\n`;
    return {
      preamble: () => "",
      thinking: (text) => line({ thinking: text }),
      text: (text) => line({ content: text }),
      end: () =>
        line(
          {},
          {
            done: true,
            done_reason: "stop",
            total_duration: 1_000_000,
            load_duration: 1000,
            ...(usage === undefined
              ? {}
              : { prompt_eval_count: usage.input, eval_count: usage.output, eval_duration: 900_000 }),
          },
        ),
    };
  },
  errorBody: (_status, message) => JSON.stringify({ error: message }),
};
