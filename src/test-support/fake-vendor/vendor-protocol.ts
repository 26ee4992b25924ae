/** Token counts a scripted reply reports; `output` includes `reasoning`, as most APIs count it. */
export interface ScriptUsage {
  readonly input: number;
  readonly output: number;
  readonly reasoning: number;
}

/**
 * Writes one streamed response in a vendor's wire format. Stateful: Anthropic needs to open and
 * close content blocks as the stream switches between thinking and text.
 */
export interface StreamWriter {
  /** Frames sent with the headers, before any content (OpenAI's role chunk, message_start). */
  preamble(): string;
  thinking(text: string): string;
  text(text: string): string;
  /** Closing frames, with the usage given to `writer` (none when it was undefined). */
  end(): string;
}

/** One vendor's streaming protocol, as far as the fake server speaks it. */
export interface VendorProtocol {
  readonly name: "openai" | "anthropic" | "gemini" | "ollama";
  readonly contentType: string;
  /** `usage` undefined: the service omits usage (where its protocol allows that). */
  writer(model: string, usage: ScriptUsage | undefined): StreamWriter;
  /** An error body in the vendor's shape, so the SDK extracts the message as in production. */
  errorBody(status: number, message: string): string;
}
