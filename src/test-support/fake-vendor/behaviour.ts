import type { ScriptUsage } from "./vendor-protocol.js";

/** A streamed answer: what to say, how to split it, how slowly, and what usage to report. */
export interface ReplyScript {
  /** Default "Hello from the fake vendor." */
  readonly text?: string;
  readonly thinking?: string;
  /** Pieces the thinking and the text are each split into; default 4. */
  readonly chunks?: number;
  /** Wait after the headers and preamble, before the first content chunk (the injected ttft). */
  readonly firstChunkDelayMs?: number;
  readonly chunkDelayMs?: number;
  /** Leave usage out of the stream (Anthropic then reports 0, see its protocol). */
  readonly omitUsage?: boolean;
  /** Usage to report; by default one token per chunk (17 input tokens). */
  readonly usage?: Partial<ScriptUsage>;
}

/**
 * What the fake server does with one request. Tests queue these in order; each request takes
 * the next one, or the server's default when the queue is empty.
 */
export type Behaviour =
  | ({ readonly kind: "reply" } & ReplyScript)
  | {
      readonly kind: "error";
      readonly status: number;
      /** Sent verbatim as `Retry-After` (seconds or an HTTP date). */
      readonly retryAfter?: string;
      readonly retryAfterMs?: number;
      readonly message?: string;
    }
  /** Streams `afterChunks` content chunks, then resets the TCP connection. */
  | ({ readonly kind: "reset"; readonly afterChunks?: number } & ReplyScript)
  /** Sends headers and `afterChunks` content chunks (default 1), then nothing, keeping the socket open. */
  | ({ readonly kind: "stall"; readonly afterChunks?: number } & ReplyScript);

export const DEFAULT_TEXT = "Hello from the fake vendor.";

/** Splits into at most `n` pieces of near-equal length that join back to `text`. */
export function splitEvenly(text: string, n: number): string[] {
  if (text === "") return [];
  const count = Math.max(1, Math.min(n, text.length));
  const size = Math.ceil(text.length / count);
  const pieces: string[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
  return pieces;
}

/** The usage a script reports, or undefined when it omits usage. */
export function scriptUsage(script: ReplyScript): ScriptUsage | undefined {
  if (script.omitUsage === true) return undefined;
  const chunks = script.chunks ?? 4;
  const reasoning = splitEvenly(script.thinking ?? "", chunks).length;
  const output = splitEvenly(script.text ?? DEFAULT_TEXT, chunks).length + reasoning;
  return { input: 17, output, reasoning, ...script.usage };
}
