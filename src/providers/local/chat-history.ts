import type { ChatHistoryItem } from "node-llama-cpp";
import type { ChatMessage } from "../../core/language-model.js";

/**
 * Our messages in node-llama-cpp's history shape, ending with the model turn to generate. When
 * the last message is the assistant's, its text is kept as the start of the answer (a prefill),
 * the same meaning the chat APIs give it.
 */
export function toChatHistory(messages: readonly ChatMessage[]): ChatHistoryItem[] {
  const history = messages.map((message): ChatHistoryItem => {
    if (message.role === "system") return { type: "system", text: message.content };
    if (message.role === "user") return { type: "user", text: message.content };
    return { type: "model", response: [message.content] };
  });
  if (history.at(-1)?.type !== "model") history.push({ type: "model", response: [] });
  return history;
}
